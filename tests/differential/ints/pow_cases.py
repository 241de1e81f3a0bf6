# pow with 2 and 3 arguments, negative exponents, and ** precedence.
print(pow(2, 10), pow(-2, 3), pow(2, -1), pow(4, -2), pow(-2, -3))
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(7, 0, 13), pow(10, 20, 1))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(3, -1, 11), pow(2, -1, 7), pow(5, -2, 13))
print(pow(123456789, 987654321, 10 ** 9 + 7))
print(pow(2 ** 70, 3, 2 ** 61 - 1))
print(-2 ** 2, (-2) ** 2, 2 ** -2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(10 ** -3, 2 ** 0.5, 4 ** 0.5, (-8) ** 2)
print(2 ** 62, 2 ** 63, 2 ** 64, 3 ** 40, 3 ** 41)
for b in range(-3, 4):
    print(b, [b ** e for e in range(6)])
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
