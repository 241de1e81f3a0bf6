# Deeply nested comprehensions and comprehensions over dict/set/string sources.
cube = [[[x + y * 3 + z * 9 for x in range(3)] for y in range(3)] for z in range(2)]
print(cube)
print([v for plane in cube for row in plane for v in row if v % 4 == 0])
print({(x, y): x * y for x in range(1, 4) for y in range(1, 4) if x != y})
text = "one two three four five six"
print({w: {c for c in w if c in "aeiou"} == set() for w in text.split()})
print([(w, len(w)) for w in text.split() if len(w) % 2 == 1])
print(sorted({len(w) for w in text.split()}), {w[0]: w for w in text.split()})
table = [[f"{r}{c}" for c in "abc"] for r in range(1, 4)]
print(table, [row[::-1] for row in table[::-1]])
print(["".join(sorted(w)) for w in text.split()], [sum(ord(c) for c in w) for w in text.split()])
pairs = [(a, b) for a in range(1, 6) for b in range(a, 6) if (a * b) % 6 == 0]
print(pairs, len(pairs))
print([[i * j for j in range(1, i + 1)] for i in range(1, 6)])
flat = [x for sub in [[1, 2], [], [3], [4, 5, 6]] for x in sub]
print(flat, [x for x in flat if x > 2 if x < 6])
