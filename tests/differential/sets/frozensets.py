# frozenset: immutable, hashable, usable as dict keys and set members.
f = frozenset([3, 1, 2, 3])
g = frozenset({2, 3, 4})
print(f, g, len(f), f | g, f & g, f - g, f ^ g, type(f | g).__name__, type({1} | f).__name__)
print(f == {1, 2, 3}, f == frozenset([1, 2, 3]), hash(f) == hash(frozenset([3, 2, 1])), f <= {1, 2, 3, 4})
print(frozenset(), frozenset("aab"), frozenset(range(5)), repr(frozenset([None])))
groups = {frozenset({"a", "b"}): "ab", frozenset({"c"}): "c"}
print(groups[frozenset(["b", "a"])], frozenset("c") in groups)
ss = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(ss), frozenset({3}) in ss)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
try:
    {{1, 2}}
except TypeError as e:
    print("TypeError", e)
print(f.union([10]), f.intersection("abc"), f.issuperset({1}), f.copy() == f, sorted(f, reverse=True))
print(set(f) == f, frozenset(set(f)) is not None)
