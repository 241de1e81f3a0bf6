# dict views: keys/values/items, dynamic updates, set operations on views.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
d["d"] = 4
del d["a"]
print(k, v, it)
print("b" in k, 2 in v, ("c", 3) in it, ("c", 4) in it, list(reversed(k)), list(reversed(it)))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("b", 2), ("c", 0)}), k == {"b", "c", "d"}, k.isdisjoint({"x"}))
for key, val in d.items():
    print(key, "->", val)
for i, key in enumerate(d):
    print(i, key, d[key])
print(list(zip(d.keys(), d.values())), dict(zip(d.values(), d.keys())))
print(sum(d.values()), max(d.values()), min(d.items(), key=lambda kv: kv[1]), sorted(d.values(), reverse=True))
nested = {"x": {"y": {"z": 1}}, "list": [1, {"k": "v"}]}
print(nested, nested["x"]["y"]["z"], nested["list"][1]["k"])
nested["x"]["y"]["w"] = 2
print(nested)
inv = {}
for key, val in {"a": 1, "b": 2, "c": 1, "d": 3, "e": 2}.items():
    inv.setdefault(val, []).append(key)
print(inv)
print(repr({}), repr({1: {}}), str({"q": "it's"}), repr({(1, 2): [3], None: None, 1.5: True}))
