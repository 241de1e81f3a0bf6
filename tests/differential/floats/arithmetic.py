# float arithmetic: //, %, **, mixing with int, special values.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.5), (1e10, 3.3), (0.3, 0.1), (5.0, 0.5),
         (-0.0, 1.0), (1.0, 3.0), (2 ** 60, 0.5), (1e300, 1e-10)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(2.0 ** 10, 2 ** -1.0, (-8.0) ** 3, 9 ** 0.5, 2.0 ** 0.5, 10.0 ** -2, 0.0 ** 0)
print(1.5 ** 100, 1.0000001 ** 1000000)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf / inf, inf % 5 == inf % 5)
print(5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(nan + 1, nan * 0, max(1.0, 2.0), min(-0.0, 0.0), max(0.0, -0.0))
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 5, 0.0 * -5, abs(-0.0), -(0.0))
print(3 * 0.1, 0.1 * 3 == 0.3, 1 - 0.9, 100 * 1.1)
print(10 / 3 * 3, 7 // 0.1, 7 % 0.1, 1 % 0.3)
print(-7.0 % 3, 7.0 % -3, -7 // 3.0, 7 // -3.0, 2.5 // 1, -2.5 // 1)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(5.0 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(5.0 // 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(type((-8) ** 0.5), type(8 ** 0.5), type(2 ** -1))
