# Comprehensions nested three deep, conditions using outer variables, walrus.
def grid(n, lim):
    return [[[i * j * k for k in range(n) if k + i < lim] for j in range(n) if j != i] for i in range(n)]
print(grid(3, 3))

def keyed(words, minlen):
    return {w[0]: {c: [i for i, d in enumerate(w) if d == c and i >= minlen - 3] for c in set(w) if c in "aeiou"} for w in words if len(w) >= minlen}
r = keyed(["banana", "apple", "kiwi", "avocado"], 5)
for k in sorted(r):
    print(k, sorted(r[k].items()))

vals = [3, 8, 1, 9, 4]
print([y for x in vals if (y := x * x) > 10])
print(y)
total = 0
print([total := total + v for v in vals], total)
print([(a, b) for a in range(4) for b in range(a) if (a + b) % 2 if b])
print({s for s in (x % 4 for x in range(20)) if s})
m = 2
print(sum(x * m for x in range(10) if x % m))
print([[x for x in row if x > m] for row in [[1, 2, 3], [4], []]])
print([(lambda q: q + i)(i) for i in range(3)])
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
print([[c for c in s] for s in ["ab", ""]])
def inside(lst):
    limit = len(lst)
    return [v for v in lst if (n := v * 2) < limit], n
print(inside([1, 2, 3, 4]))
print(dict((k, [j for j in range(k)]) for k in range(3)))
print([x for x in [x for x in [x for x in range(6)] if x % 2] if x > 1])
