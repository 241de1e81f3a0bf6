# range objects: negative steps, len, membership, repr, indexing and slicing.
rs = [range(5), range(2, 10), range(0, 20, 3), range(10, 0, -1), range(10, 0, -3), range(-5, 5, 2),
      range(0), range(5, 5), range(5, 0), range(0, -10, -4), range(-1, -20, -7), range(1, 2 ** 70, 2 ** 66)]
for r in rs:
    print(repr(r), len(r), list(r)[:6], 3 in r, -5 in r, r[0] if r else None, r[-1] if r else None)
r = range(3, 30, 4)
print(r[2:5], r[::-1], r[::2], r[-3:], r[1:-1:3], list(r[::-2]), r.index(15), r.count(7), r.count(8))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
print(sum(range(101)), sum(range(10, 0, -2)), max(range(7)), min(range(-3, 3)), list(reversed(range(4))))
print(range(10)[5], range(10)[-2], str(range(2, 8)), range(1, 10, 2).start, range(1, 10, 2).stop, range(1, 10, 2).step)
print(2 ** 65 in range(0, 2 ** 70, 2), len(range(0, 2 ** 64, 3)), 10 ** 20 in range(10 ** 21))
print(5.0 in range(10), 5.5 in range(10), "a" in range(3))
for x in range(3, -4, -2):
    print(x, end=" ")
print()
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError", e)
try:
    range(1, 5).index(9)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
