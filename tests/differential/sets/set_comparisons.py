# Set comparison operators, equality across set/frozenset, and methods taking arbitrary iterables.
a = {1, 2, 3}
b = frozenset({1, 2, 3, 4})
c = {5, 6}
print(a < b, a <= b, b > a, b >= a, a == frozenset(a), a != b, a < a, a <= a)
print(a.issubset([1, 2, 3, 9]), b.issuperset(range(1, 3)), a.isdisjoint(c), a.isdisjoint("123"))
print(a | set(c), a.union("ab", [7]) == {1, 2, 3, "a", "b", 7}, sorted(a.intersection(range(2, 10))))
print(a.difference([1], (2,)), b.symmetric_difference([4, 5]), type(b.union(a)).__name__, type(a.union(b)).__name__)
print({1, 2} == {2, 1}, set() == frozenset(), {0} == {False}, {1, 2} < {1, 2, 3} < {1, 2, 3, 4})
print(sorted({x * y for x in a for y in c}), max(b), min(b), len(b | c), bool(set()), bool({0}))
try:
    print(a < [1, 2, 3, 4])
except TypeError as e:
    print("TypeError", e)
try:
    print(a | [4])
except TypeError as e:
    print("TypeError", e)
