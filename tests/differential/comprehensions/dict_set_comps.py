# Dict and set comprehensions.
print({x: x ** 3 for x in range(6)})
print({k: v for k, v in zip("abcde", range(5)) if v % 2 == 0})
print({w: len(w) for w in "a bb ccc bb a".split()})
print({len(w) for w in "a bb ccc bb a dddd".split()})
print({x % 5 for x in range(100)}, {c for c in "mississippi"} == set("misp"))
print({(a, b) for a in range(3) for b in range(3) if a < b} == {(0, 1), (0, 2), (1, 2)})
names = ["alice", "bob", "carol", "dave"]
print({n[0].upper(): n for n in names}, {i: n for i, n in enumerate(names, 1)})
print({n: {c: n.count(c) for c in sorted(set(n))} for n in names[:2]})
inv = {v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()}
print(inv)
print(sorted({abs(x) for x in range(-5, 6)}), {s.lower() for s in ["A", "a", "B"]} == {"a", "b"})
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid[(2, 1)], len(grid), [k for k, v in grid.items() if v % 4 == 0])
print({True: "yes" if n else "no" for n in range(3)}, {n: None for n in []})
