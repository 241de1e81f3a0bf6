# Conway's Game of Life on a small torus grid.
W, H = 12, 10
cells = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (7, 5), (8, 5), (9, 5), (5, 8), (6, 8)}
def step(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % W, (y + dy) % H)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}
def render(live):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(W)) for y in range(H))
for gen in range(6):
    print(f"generation {gen}: {len(cells)} alive")
    print(render(cells))
    cells = step(cells)
history = []
for _ in range(30):
    history.append(sorted(cells))
    cells = step(cells)
print(len(cells), sorted(cells)[:5], min(cells), max(cells))
