# Tuples: creation, indexing, immutability, methods, comparison, hashing.
t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[1], t[-1], t[-1][0], t[1:3], t[::-1], t[::2])
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
e = 1, 2, 3
print(e, type(e).__name__, e + (4,), e * 2, (0,) * 3, 2 in e, 9 not in e)
print(e.count(2), (1, 1, 2, 1).count(1), e.index(3), ("a", "b", "a").index("a", 1))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 100), (1, "a") == (1, "a"), (1, 2) == [1, 2])
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), hash((1, 2, 3)), hash(("a", 1)))
print(min([(2, "b"), (1, "z"), (1, "a")]), max((3, 1), (3, 2)))
try:
    t[0] = 5
except TypeError as e2:
    print("TypeError", e2)
try:
    print(t[10])
except IndexError as e2:
    print("IndexError", e2)
try:
    e.index(42)
except ValueError as e2:
    print("ValueError", e2)
inner = ([1], [2])
inner[0].append(99)
print(inner)
try:
    hash(inner)
except TypeError as e2:
    print("TypeError", e2)
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(1, 2)], d[0, 0], (1, 2) in d)
print(repr((1,)), str(("a",)), repr(((),)), repr(("x", ("y", ("z",)))))
a, b = (10, 20)
print(a, b, tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))))
