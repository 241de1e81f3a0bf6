# Chained comparisons with side effects: evaluation count and short-circuit.
count = {}
def v(name, x):
    count[name] = count.get(name, 0) + 1
    print("eval", name)
    return x

print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 1) < v("b", 0) < v("c", 3))
print(v("a", 1) == v("b", 1) != v("c", 2) <= v("d", 2))
print(1 < v("m", 5) > 2)
x = 5
print(0 <= x < 10, 0 <= x < 3, 10 > x > 4 > 3 > 2)
print("a" < "b" < "c" in "abc", 3 in [3] not in [[3]])
print(count)

def short(a, b):
    return a and b, a or b, not a or b, (a and b) or a
for pair in [(0, "x"), ("", 2), ([1], None), (0.0, []), (3, 4.5), (None, 0)]:
    print(pair, short(*pair))
print(v("q", 0) and v("r", 1))
print(v("q", 1) or v("r", 1))
print(v("q", []) or v("r", {}) or v("s", 0))
r = v("t", 2) if v("u", 0) else v("w", 3)
print(r, count)
i = 0
def bump():
    global i
    i += 1
    return i
print(bump() < bump() < bump(), i)
print(bump() > bump() < bump(), i)
