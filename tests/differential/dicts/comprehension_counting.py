# dict comprehensions and counting/grouping patterns.
sq = {n: n * n for n in range(8)}
print(sq)
odd = {n: v for n, v in sq.items() if n % 2}
print(odd)
print({v: k for k, v in sq.items()})
print({c: ord(c) for c in "hello"})
print({(x, y): x * y for x in range(3) for y in range(3) if x <= y})
text = "it was the best of times it was the worst of times"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
print(letters)
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
print({k: sorted(set(v)) for k, v in sorted(groups.items())})
matrix = {r: {c: r * c for c in range(3)} for r in range(3)}
print(matrix)
merged = {}
for src in [{"a": 1, "b": 2}, {"b": 20, "c": 30}, {"a": 100, "d": 4}]:
    for k, v in src.items():
        merged[k] = merged.get(k, 0) + v
print(merged)
