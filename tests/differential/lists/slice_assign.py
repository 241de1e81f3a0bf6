# Slice assignment and deletion, extended slices.
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[-2:] = []
print(a)
a[:] = [0, 1, 2, 3, 4, 5, 6, 7]
print(a)
a[::2] = ["e0", "e2", "e4", "e6"]
print(a)
a[::-3] = [None, None, None]
print(a)
del a[::2]
print(a)
del a[1:3]
print(a)
del a[0]
print(a)
b = list(range(20))
del b[-5:]
del b[::3]
print(b)
b[5:2] = ["x"]
print(b)
b[len(b):] = [42, 43]
print(b)
b[:0] = "ab"
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
c = [1, 2, 3, 4, 5]
c[1:4] = range(3)
print(c)
c[1:-1] = (i * i for i in range(6))
print(c)
d = [1, 2, 3]
d[0], d[2] = d[2], d[0]
print(d)
d[0] += 10
d[-1] *= 3
d[1] **= 2
print(d)
m = [[1, 2], [3, 4]]
m[1][0] -= 5
m[0] += [9]
print(m)
