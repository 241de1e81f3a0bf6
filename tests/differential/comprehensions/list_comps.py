# List comprehensions: nested, conditional, with function calls.
print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 if x % 2 == 0])
print([x if x % 2 else -x for x in range(10)])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(4)] for x in range(4)])
print([c.upper() for c in "hello" if c not in "aeiou"])
print([w[::-1] for w in "the quick brown fox".split() if len(w) > 3])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [x for row in matrix for x in row if x % 2])
print([[row[i] for row in matrix] for i in range(3)])
print([len(s) for s in ["", "a", "ab"]], [str(i) * i for i in range(4)], [i for i in []])
x = "outer"
print([x for x in "ab"], x)
print([(i, j, k) for i in range(2) for j in range(2) for k in range(2) if i ^ j ^ k])
print([n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
print([[c for c in w] for w in ["hi", "yo"]], [a + b for a, b in zip("abc", "xyz")])
print([i * j for i in range(1, 4) for j in range(i, 4)], [f(3) for f in (abs, str, float)])
