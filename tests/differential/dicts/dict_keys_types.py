# Keys of various hashable types; equality of keys across int/float/bool; dict equality.
d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "bool true"
d[0] = "zero"
d[False] = "false"
d["1"] = "str one"
d[(1, 2)] = "tuple"
d[None] = "none"
d[frozenset({1})] = "frozen"
d[2 ** 70] = "big"
d[-0.0] = "negzero"
d[b"1"] = "bytes"
print(d)
print(len(d), d[1], d[0.0], d[True], d[frozenset([1])], d[2 ** 70], d.get(2.0 ** 70, "missing"))
print(list(d.keys()))
print({1: "a"} == {1.0: "a"}, {1: "a"} == {1: "b"}, {} == dict(), dict(a=1) == {"a": 1})
ordered1 = {"x": 1, "y": 2}
ordered2 = {"y": 2, "x": 1}
print(ordered1 == ordered2, list(ordered1) == list(ordered2), str(ordered1), str(ordered2))
counts = dict.fromkeys("abcabc", 0)
for ch in "abcabca":
    counts[ch] += 1
print(counts)
