# Sets of strings: display order depends on string hashing (PYTHONHASHSEED=0).
# Note: hash(None) is a constant since 3.12, so the mixed set order below is deterministic (it was address-based in 3.11).
fruits = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
print(fruits)
print(len(fruits), "fig" in fruits, "kiwi" in fruits)
citrus = {"lemon", "lime", "orange", "grape"}
print(fruits & citrus, fruits | citrus)
print(fruits - citrus, citrus - fruits, fruits ^ citrus)
print(set("hello world"), set("abracadabra"), frozenset("xyz"))
words = "the cat sat on the mat with the hat".split()
uniq = set(words)
print(uniq, sorted(uniq), len(uniq))
seen = set()
order = []
for w in words:
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order, seen)
print({w.upper() for w in words}, {w[0] for w in words})
print({"a", "b"} | {"c"}, {"", "x"}, {"é", "日本", "😀"})
mixed = {1, "1", 1.5, (1, 2), None, True, "None"}
print(mixed, len(mixed))
print(list(fruits)[:3], [w for w in fruits if len(w) > 5])
