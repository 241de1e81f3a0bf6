# len, repr, str, int, float, bool, abs on assorted values.
vals = [0, 1, -7, 2 ** 64, 0.0, -2.5, "", "0", "abc", [], [0], (), {}, {"a": 1}, set(), None, True, False]
for v in vals:
    print(repr(v), str(v), bool(v), type(v).__name__)
for c in ["abc", [1, 2, 3], (1,), {"a": 1, "b": 2}, {1, 2, 3, 4}, range(10), b"xy", "日本"]:
    print(len(c), end=" ")
print()
print(int("12"), int(12.9), int(-12.9), int(True), float("1.5"), float(3), float(True), bool("False"), bool(0.0), bool(-0.0))
print(str(1.0), str(10 ** 20), str(1e20), str(-0.0), str([1, "2"]), repr("2"), repr(2))
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(int(), float(), str(), bool(), list(), tuple(), dict(), set())
for bad in [lambda: int("1.5"), lambda: float("x"), lambda: int(None), lambda: len(5), lambda: abs("s"), lambda: int([1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
