# Nested loops producing tables and patterns.
for i in range(1, 10):
    print(" ".join(f"{i * j:2d}" for j in range(1, 10)))
for h in range(1, 6):
    print(" " * (5 - h) + "*" * (2 * h - 1))
for h in range(4, 0, -1):
    print("#" * h + "." * (4 - h))
triples = []
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                triples.append((a, b, c))
print(triples)
count = 0
for i in range(10):
    for j in range(10):
        if (i + j) % 7 == 0:
            continue
        for k in range(3):
            count += 1
print(count)
pascal = [[1]]
for r in range(1, 10):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in pascal:
    print(" ".join(map(str, row)).center(40).rstrip())
