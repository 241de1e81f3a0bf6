# Printing sets whose iteration order depends on hash-table layout (must match CPython).
print({100, 1, 50, 7, 1000, 33, 64, 2 ** 20, -1, -100})
print(set(range(20, 0, -1)), set(range(0, 200, 17)))
print({"zeta", "alpha", "mu", "beta", "omega", "pi"})
s = set()
for i in [9, 18, 27, 36, 45, 54, 63, 72, 81, 90]:
    s.add(i)
print(s)
for i in [18, 54, 90]:
    s.discard(i)
print(s)
s.update([200, 8, 16])
print(s, list(s))
grow = set()
for i in range(40):
    grow.add(i * 37 % 101)
print(grow)
print({c for c in "hello world"}, {w for w in "to be or not to be".split()})
print(frozenset({"x", "y", "z", "w"}), {(1, 2), (2, 1), (0, 0)}, {1.5, 2.5, 0.5, -1.5})
print([x for x in {3, 1, 2}], sum({1, 2, 3}), {True, 2, 3.0, "4"})
