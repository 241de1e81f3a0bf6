# abs and round for ints, including negative ndigits and banker's rounding.
for v in [0, 5, -5, 2 ** 63, -(2 ** 63), -(2 ** 100)]:
    print(v, abs(v))
print(abs(True), abs(False), abs(-0), type(abs(-3)))
for v in [1234567, -1234567, 15, 25, 35, -25, 150, 250, 2 ** 70, 5, 0]:
    print(v, round(v), round(v, -1), round(v, -2), round(v, -3), round(v, 2))
print(round(5, -1), round(15, -1), round(25, -1), round(-15, -1), round(45, -1))
print(round(500, -3), round(1500, -3), round(2500, -3), round(-2500, -3))
print(type(round(7)), type(round(7, -1)), type(round(7.5)), type(round(7.5, 1)))
print(round(12345, -10), round(-12345, -5), round(50000, -5), round(150000, -5))
