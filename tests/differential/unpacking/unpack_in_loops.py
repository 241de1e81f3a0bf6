# Unpacking in for targets and comprehensions, including starred and nested forms.
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
for i, (num, word) in enumerate(pairs):
    print(i, num * 10, word.upper())
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
rows = [("alice", 90, 85, 77), ("bob", 60, 75, 80)]
for name, *scores in rows:
    print(name, scores, sum(scores) / len(scores))
print([x * y for x, y in zip([1, 2, 3], [4, 5, 6])], {k: v for k, v in pairs}, [w for _, w in pairs])
print([f"{a}-{b}" for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
points = {"a": (0, 0), "b": (3, 4)}
for name, (x, y) in points.items():
    print(name, x, y, (x ** 2 + y ** 2) ** 0.5)
head, *middle, tail = range(6)
print(head, middle, tail)
a, b = b, a = 1, 2
print(a, b)
x, (y, *z) = 1, (2, 3, 4)
print(x, y, z)
