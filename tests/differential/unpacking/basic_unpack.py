# Tuple/list unpacking, swaps, nested unpacking.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
[p, q] = [10, 20]
(r, s), t = (1, 2), 3
print(p, q, r, s, t)
(a1, (b1, c1)), d1 = [(1, (2, 3)), 4]
print(a1, b1, c1, d1)
i = j = k = 0
i += 1
print(i, j, k)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
m, n = divmod(47, 5)
print(m, n)
for key, (v1, v2) in {"a": (1, 2), "b": (3, 4)}.items():
    print(key, v1 + v2)
for idx, (ch, num) in enumerate(zip("ab", [7, 8])):
    print(idx, ch, num)
a, b, c = range(3)
print(a, b, c)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
fib = [0, 1]
for _ in range(8):
    prev, cur = fib[-2], fib[-1]
    fib.append(prev + cur)
print(fib)
u, v = v, u = 5, 6
print(u, v)
errors = [lambda: exec_unpack(1), lambda: exec_unpack(3)]
def exec_unpack(n):
    a, b = range(n)
    return a, b
for n in [1, 2, 3]:
    try:
        print(exec_unpack(n))
    except ValueError as e:
        print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
