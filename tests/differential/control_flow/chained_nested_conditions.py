# Chained comparisons and complex boolean conditions.
def describe(x):
    parts = []
    if 0 <= x < 10:
        parts.append("single digit")
    if 10 <= x <= 99 and x % 11 == 0:
        parts.append("repdigit")
    if not (x < 0 or x > 100):
        parts.append("in range")
    if x < 0 < -x:
        parts.append("negative")
    if x == x * 1 == abs(x):
        parts.append("non-negative")
    return parts or ["nothing"]
for x in [-5, 0, 7, 33, 100, 150]:
    print(x, describe(x))
a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 != b, c > b >= 2 > a, a < b == 2 < c, 1 < 2 < 3 < 2)
print((a < b) < c, (a < b) == True, not a < b, a in [1, 2] in [[1, 2]], a is not None is not False)
score = 77
level = "high" if score >= 80 else ("mid" if score >= 60 else "low")
print(level, [("high" if s >= 80 else "mid" if s >= 60 else "low") for s in (95, 60, 59)])
x = None
print(x is None and "none" or "some", (x or 0) + 1, [] or {} or "fallback")
