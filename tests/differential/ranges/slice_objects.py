# slice objects: attributes, indices(), use with sequences, repr.
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None, 3), slice(-1, None, -1))
data = list(range(20))
text = "abcdefghijklmnopqrst"
for sl in [slice(2, 8), slice(None, None, 3), slice(-5, None), slice(None, None, -1), slice(15, 3, -4),
           slice(100, 200), slice(-100, 3), slice(3, -3, 5), slice(None, -15, -2)]:
    print(sl, data[sl], text[sl], tuple(data)[sl], sl.indices(20), range(20)[sl])
print(slice(None).indices(5), slice(-2, 100, 3).indices(7), slice(10, -10, -1).indices(6))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
d = list(range(10))
d[slice(0, 3)] = ["a"]
print(d)
del d[slice(None, None, 2)]
print(d)
try:
    slice(0, 5, 0).indices(10)
except ValueError as e:
    print("ValueError", e)
idx = slice(1, None)
rows = ["header", "r1", "r2", "r3"]
print(rows[idx], [r.upper() for r in rows[idx]])
