# Values around the 2**47, 2**63 and 2**64 boundaries, where tagged/boxed ints change.
bounds = [2 ** 31, 2 ** 32, 2 ** 46, 2 ** 47, 2 ** 48, 2 ** 52, 2 ** 53,
          2 ** 62, 2 ** 63, 2 ** 64, 2 ** 65, 2 ** 127, 2 ** 128]
for b in bounds:
    for v in (b - 1, b, b + 1, -b - 1, -b, -b + 1):
        print(v, v + 1, v - 1, v * 2, v * -3, v // 3, v % 1000)
m = 2 ** 47 - 1
print(m + m, m * m, m * m * m, -m * m)
n = 2 ** 63 - 1
print(n + 1, n * 2, n * n, -n - 2, (n + 1) // 2, n - (-n))
u = 2 ** 64 - 1
print(u + 1, u * u, u & (u >> 1), u ^ (u + 1), u // 2 ** 32)
acc = 1
for i in range(70):
    acc = acc * 3 + i
    if i % 7 == 0:
        print(i, acc, acc > 2 ** 63, acc.bit_length())
print((2 ** 64) == 18446744073709551616, 2 ** 63 < 2 ** 63 + 1, -2 ** 63 > -2 ** 63 - 1)
x = 140737488355327  # 2**47 - 1
print(x + 1 == 2 ** 47, x * 2 + 2 == 2 ** 48, type(x + 1))
print(int(2 ** 53) + 1, float(2 ** 53 + 1) == 2 ** 53)
