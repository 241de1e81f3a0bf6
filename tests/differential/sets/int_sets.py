# Sets of small ints: display order (hash order), operations, methods.
a = {5, 3, 1, 9, 7, 3, 5}
b = {1, 2, 3, 4, 5}
print(a, b, len(a), 3 in a, 4 in a)
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, {100}), a.intersection(b, {1, 3}), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1} > set(), a.isdisjoint({2, 4}), a.issubset(range(10)))
s = set()
for n in [10, 3, 33, 17, 8, 64, 1, 0, -1, -5, 100, 1000, 2 ** 40]:
    s.add(n)
print(s)
s.discard(3)
s.discard(999)
s.remove(33)
print(s, len(s))
try:
    s.remove(999)
except KeyError as e:
    print("KeyError", e)
c = set(range(20))
c -= {0, 5, 10, 15}
c &= set(range(12))
c |= {50, 40}
c ^= {1, 50}
print(c)
c.update([7, 70], (8,))
c.intersection_update(range(60))
print(c, sorted(c))
print(set([3, 3, 2, 1]), set("mississippi") == set("imps"), set(), {0}, {-1, -2, -3})
print({x % 7 for x in range(30)}, {x * x for x in range(-4, 5)})
print(list({8, 16, 24, 32}), sorted({8, 16, 24, 32}, reverse=True), min(a), max(a), sum(a))
d = {2, 4, 6}
print(d.pop(), d, d.copy() == d)
print({1, 2} == {2, 1}, {1} == {1.0}, {True, 1, 1.0}, {0, False})
e = set()
try:
    e.pop()
except KeyError as err:
    print("KeyError", err)
