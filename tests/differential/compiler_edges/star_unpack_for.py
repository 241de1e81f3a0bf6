# Star-unpacking and nested tuples in for targets.
pairs = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in pairs:
    print(a, b, c)
for first, *rest in ["abc", [1], (2, 3, 4)]:
    print(first, rest)
for *init, last in [(1, 2, 3), "xy"]:
    print(init, last)
for a, *mid, (x, y) in [(0, 1, 2, (3, 4)), (9, "ab")]:
    print(a, mid, x, y)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
for [p, q], r in [([1, 2], 3)]:
    print(p, q, r)
d = {}
for d["k"], d["v"] in [(1, 2), (3, 4)]:
    print(sorted(d.items()))
lst = [0, 0]
for lst[0], *lst[1:] in [(5, 6, 7)]:
    print(lst)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print("VE", e)
try:
    for a, *b, c in [(1,)]:
        pass
except ValueError as e:
    print("VE", e)
print([(x, ys) for x, *ys in [(1, 2, 3), (4,)]])
print({k: v for (k, v), _ in [((1, 2), 0), ((3, 4), 0)]})
a, (b, *c), *d = 1, "xyz", 5, 6
print(a, b, c, d)
*e, = range(3)
print(e)
for ((m,),) in [[(1,)], [[2]]]:
    print(m)
def gen():
    for x, (y, *z) in [(1, (2,)), (3, (4, 5, 6))]:
        yield x + y + sum(z)
print(list(gen()))
