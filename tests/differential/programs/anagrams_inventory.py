# Grouping anagrams and a simple inventory with nested dicts and sorting.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key, members in groups.items():
    print(key, members, len(members))
print(sorted(groups.values(), key=lambda g: (-len(g), g)))
inventory = {
    "fruit": {"apple": (10, 0.5), "banana": (24, 0.25), "cherry": (200, 0.1)},
    "dairy": {"milk": (5, 1.2), "cheese": (2, 7.5)},
    "bakery": {},
}
for cat, items in inventory.items():
    value = sum(q * p for q, p in items.values())
    print(f"{cat:<7} items={len(items)} value={value:8.2f}")
    for name, (q, p) in sorted(items.items(), key=lambda kv: kv[1][0] * kv[1][1], reverse=True):
        print(f"    {name:<8}{q:>5} @ {p:<5} = {q * p:7.2f}")
all_items = [(name, cat) for cat, items in inventory.items() for name in items]
print(all_items)
print({cat: max(items, key=lambda n: items[n][0]) for cat, items in inventory.items() if items})
