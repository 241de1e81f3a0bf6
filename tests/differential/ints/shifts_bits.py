# Shifts and bitwise operations, including negatives and big values.
for v in [0, 1, 5, -1, -5, 255, -256, 2 ** 40, -(2 ** 40)]:
    print(v, v << 1, v << 20, v << 70, v >> 1, v >> 3, v >> 100)
for a in [12, -12, 0, -1, 2 ** 64 + 5, -(2 ** 64) - 5]:
    for b in [10, -10, 7, -(2 ** 65)]:
        print(a, b, a & b, a | b, a ^ b)
print(~(2 ** 64), ~-(2 ** 64), ~2 ** 3)
print(1 << 63, (1 << 63) - 1, 1 << 64, -1 << 63)
print((1 << 100) >> 99, (-(1 << 100)) >> 99, -1 >> 1000)
print(0xFF & -0x10, -0x10 | 0xF, -1 ^ 0xFFFF)
print((5).bit_length(), (-5).bit_length(), (0).bit_length(), (2 ** 64).bit_length())
print((255).bit_count(), (-255).bit_count(), (2 ** 100 - 1).bit_count())
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)
try:
    print(1 >> -3)
except ValueError as e:
    print("ValueError", e)
print(True << 3, True | 4, False ^ True, True & True, type(True & True))
