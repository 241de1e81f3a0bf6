# dict basics: insertion order, get, setdefault, pop, popitem, update, del.
d = {"b": 2, "a": 1, "c": 3}
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), d.get("b", 99), "a" in d, "z" not in d)
d["d"] = 4
d["a"] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("e", 5), d.setdefault("a", 0), d.setdefault("f"), d)
print(d.pop("b"), d.pop("zz", "dflt"), d)
print(d.popitem(), d.popitem(), d)
del d["a"]
print(d)
d.update({"x": 1, "c": 33})
d.update([("y", 2), ("z", 3)])
d.update(w=0, x=11)
print(d)
d2 = dict(d)
d2["new"] = True
print(len(d), len(d2), d == d2, {1: 2} == {1: 2.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
print(dict(a=1, b=2), dict([(1, "one"), (2, "two")]), dict(zip("abc", range(3))), dict.fromkeys("xyz", 0), dict.fromkeys([1, 2]))
print({**{"a": 1}, **{"b": 2, "a": 3}}, {"a": 1} | {"a": 2, "c": 3})
m = {"k": 1}
m |= {"j": 2}
print(m)
for op in ["getitem", "pop", "popitem", "del"]:
    try:
        if op == "getitem":
            print({}["missing"])
        elif op == "pop":
            {}.pop("missing")
        elif op == "popitem":
            {}.popitem()
        else:
            del m["nope"]
    except KeyError as e:
        print(op, "KeyError", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
keys = {1: "int", 1.0: "float", True: "bool"}
print(keys, {0: "a", False: "b", 0.0: "c"})
print(d.copy() is d, sorted(d), sorted(d.items(), key=lambda kv: kv[1]), max(d, key=d.get))
d.clear()
print(d, bool(d), bool({0: 0}))
