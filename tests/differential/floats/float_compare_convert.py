# float comparisons, int(), conversion helpers and special cases.
inf, nan = float("inf"), float("nan")
vals = [-inf, -1e308, -1.5, -0.0, 0.0, 5e-324, 0.1, 1.0, 1.5, 2.0 ** 53, 1e308, inf]
for a in vals[::2]:
    print(a, [(a < b, a == b) for b in vals[1::3]])
print(sorted([3.5, -inf, 0.0, -0.0, 2, inf, -7]), min(0.0, -0.0), max(-0.0, 0.0))
print(nan in [nan], nan == nan, [nan] == [nan], sorted([2.0, 1.0]) == [1.0, 2.0])
for v in [0.9, 1.0, 1.1, -0.9, -1.1, 1e15 + 0.3, 123.999999999, 2.5, -2.5]:
    print(v, int(v), round(v), float(int(v)), v // 1, v % 1)
print(float(7) / 2, 7 / float(2), 1e3 == 1000, 0.1 * 10 == 1.0, 0.1 + 0.1 + 0.1 == 0.3)
print(1.0 == 1, hash(1.0) == hash(1), {1.0: "a", 1: "b"}, {0.0, -0.0}, str(float(10 ** 15)), str(float(10 ** 16)))
print(1e-323 / 2, 5e-324 / 2, 2.0 ** -1074, 2.0 ** -1075, 1.0 + 2 ** -52, 1.0 + 2 ** -53)
print(float.__name__, (1.5).real, (1.5).imag, (1.5).conjugate(), float("-0") is not None)
