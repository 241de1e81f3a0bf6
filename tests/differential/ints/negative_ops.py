# Operations on negative numbers: floor division, modulo, bit ops, shifts, rounding.
for a in range(-9, 10, 3):
    row = []
    for b in (-4, -3, 3, 4):
        row.append((a // b, a % b, -a // b, a % -b))
    print(a, row)
for v in (-1, -2, -7, -8, -255, -(2 ** 64), -(2 ** 64) + 1):
    print(v, v & 0xFF, v | 0x0F, v ^ -1, ~v, v >> 1, v >> 4, v << 3, hex(v), bin(v & 0xFFFF))
print(-7 // 2, -7 / 2, int(-7 / 2), round(-7 / 2), -(7 // 2), divmod(-7, 2), divmod(7, -2))
print(-3 ** 2, (-3) ** 2, -3 ** -1, (-2) ** 63, (-2) ** 64, -(2 ** 64) // -(2 ** 32))
print(abs(-2 ** 63), -2 ** 63 // 3, -2 ** 63 % 3, int("-9223372036854775809") + 1)
