# any, all, sorted, reversed, enumerate, zip, map, filter.
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]), any("abc"), all(""))
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)), any(x for x in [0.0, -0.0]))
print(sorted([3, 1, 2]), sorted("cab", reverse=True), sorted([-3, 1, -2], key=abs), list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate(["x", "y"], start=-5)), list(enumerate([])))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), list(zip("abc", range(10), [True] * 2)))
print(dict(zip("abc", [1, 2, 3])), list(zip(*[(1, "a"), (2, "b")])))
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ["", "ab", "abc"])), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 3 == 0, range(15))), list(filter(str.isdigit, "a1b2c3")))
m = map(abs, [-1, -2, -3])
print(next(m), list(m), list(m))
z = zip("ab", "cd")
print(next(z), next(z), next(z, "exhausted"))
e = enumerate("xy")
print(next(e), list(e))
r = reversed([1, 2, 3])
print(next(r), list(r))
for i, (a, b) in enumerate(zip("abc", "xyz"), 1):
    print(i, a + b)
pairs = sorted(zip([3, 1, 2], ["c", "a", "b"]))
print(pairs, [p[1] for p in pairs])
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
print(list(zip([1, 2, 3], [4, 5], strict=False)))
try:
    list(zip([1, 2, 3], [4, 5], strict=True))
except ValueError as e:
    print("ValueError", e)
