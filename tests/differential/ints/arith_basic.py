# Basic integer arithmetic with small and medium values.
vals = [0, 1, -1, 2, -2, 7, -7, 13, -13, 100, -100, 12345, -98765]
for a in vals[:8]:
    for b in vals[:8]:
        print(a, b, a + b, a - b, a * b)
print(7 + 3 * 2 - 4, (7 + 3) * (2 - 4))
print(2 ** 10, 2 ** 0, 0 ** 0, (-3) ** 3, (-3) ** 4)
print(10 / 4, 9 / 3, -7 / 2, 1 / 8)
x = 5
x += 3
print(x)
x -= 10
print(x)
x *= -4
print(x)
x //= 3
print(x)
x %= 5
print(x)
x **= 3
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
x |= 0b1010
print(x)
x &= 0xFF
print(x)
x ^= 0b1111
print(x)
print(-(-5), +(-5), -0, ~0, ~5, ~-6)
print(sum(range(1, 101)), 1_000_000 + 1)
print(int(True) + 1, True + True, False * 10, True * -3)
