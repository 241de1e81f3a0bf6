# int/float mixing, conversions and float methods.
# Note: sum() of floats uses compensated summation since 3.12 (3.11 prints 0.9999999999999999).
print(1 + 1.0, 2 * 0.5, 3 - 3.0, 7 / 2, 7 // 2.0, 2 ** 0.0, True + 0.5, False - 1.5)
print(type(1 + 1.0).__name__, type(4 / 2).__name__, type(4 // 2).__name__, type(True + 1.0).__name__)
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum([0.1] * 10) == 1.0)
print(10 ** 16 + 1.0, 2 ** 63 + 0.0, float(2 ** 63 - 1), int(float(2 ** 63 - 1)))
print(3 == 3.0, hash(3) == hash(3.0), hash(0.5), hash(-0.0), hash(1.5), hash(float("inf")), hash(2.0 ** 70))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0), max([3, 3.5, 2]), sorted([3, 1.5, 2, 0.5, True]))
print(float("1e3") == 1000, int(1e3) == 1000, 1000 == 1e3)
print(abs(-2.5), abs(2.5), abs(-1e308), abs(float("-inf")))
print(divmod(7, 2.5), divmod(-7, 2.5), divmod(7.5, -2))
print((0.1).hex(), (1.0).hex(), (-2.5).hex(), float.fromhex("0x1p-2"))
print(1e308 + 1e308, -1e308 * 2, 1e-320 / 1e10)
x = 0.0
for i in range(10):
    x += 0.1
    print(i, x, round(x, 12))
n = 10
avg = sum(range(n)) / n
print(avg, type(avg).__name__, int(avg), round(avg), f"{avg:.3f}")
print(7 / 2 == 3.5, 2 ** 53 == 2 ** 53 + 0.0, (2 ** 53 + 1) + 0.0)
