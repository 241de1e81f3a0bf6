# sorted stability and multi-key sorting via successive sorts.
records = [("d", 2, 1.5), ("a", 1, 2.0), ("c", 2, 0.5), ("b", 1, 2.0), ("e", 3, 1.0), ("f", 1, 0.5), ("g", 2, 1.5)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[2]))
print(sorted(records, key=lambda r: r[2], reverse=True))
step1 = sorted(records, key=lambda r: r[0], reverse=True)
step2 = sorted(step1, key=lambda r: r[1])
print(step2)
print(sorted(records, key=lambda r: (r[1], -r[2], r[0])))
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(list(reversed(sorted(words, key=len))))
marks = {"ann": 90, "bob": 85, "cy": 90, "di": 70, "ed": 85}
print(sorted(marks, key=marks.get), sorted(marks, key=marks.get, reverse=True))
print(sorted(marks.items(), key=lambda kv: kv[1]))
print(sorted([True, False, 0, 1, 0.0, 1.0]), sorted([3, 1, 2], key=lambda x: 0))
