# Nested dict manipulation: deep get, merge, flatten keys, counting with tuples.
config = {"db": {"host": "localhost", "port": 5432, "opts": {"ssl": False}}, "debug": True}
override = {"db": {"port": 6543, "opts": {"ssl": True, "timeout": 30}}, "name": "svc"}
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
merged = deep_merge(config, override)
print(merged)
print(config)
def flatten(d, prefix=""):
    items = {}
    for k, v in d.items():
        key = prefix + "." + k if prefix else k
        if isinstance(v, dict):
            items.update(flatten(v, key))
        else:
            items[key] = v
    return items
flat = flatten(merged)
for k, v in flat.items():
    print(f"{k:<16} = {v!r}")
def deep_get(d, path, default=None):
    for part in path.split("."):
        if not isinstance(d, dict) or part not in d:
            return default
        d = d[part]
    return d
print(deep_get(merged, "db.opts.timeout"), deep_get(merged, "db.nope", "n/a"), deep_get(merged, "debug.x"))
pairs = [("a", 1), ("b", 2), ("a", 3), ("c", 1), ("b", 2)]
pair_counts = {}
for p in pairs:
    pair_counts[p] = pair_counts.get(p, 0) + 1
print(pair_counts, max(pair_counts, key=pair_counts.get))
