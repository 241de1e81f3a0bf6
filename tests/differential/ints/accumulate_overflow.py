# Loops that cross machine-word boundaries through accumulation (tests promotion inside loops).
x = 1
for i in range(130):
    x *= 2
    if i in (30, 31, 46, 47, 48, 62, 63, 64, 127, 128, 129):
        print(i, x, -x, x - 1, x // 3, x % 97)
y = 2 ** 64
for i in range(70):
    y //= 2
    if i in (0, 1, 16, 17, 18, 60, 63, 64, 69):
        print("down", i, y)
z = -(2 ** 63)
print(z, z - 1, z * -1, abs(z), z // -1, -z - 1, z + z)
s = 0
for i in range(1, 60):
    s += 3 ** i
print(s, s.bit_length(), s % (2 ** 64), s >> 64)
a, b = 0, 1
for i in range(1, 101):
    a, b = b, a + b
    if i in (46, 47, 78, 92, 93, 94, 100):
        print("fib", i, a)
m = 6364136223846793005
state = 1
for _ in range(5):
    state = (state * m + 1442695040888963407) % 2 ** 64
    print("lcg", state, state >> 33)
print(sum(range(2 ** 40, 2 ** 40 + 1000)), max(2 ** 63, 2 ** 63 - 1) - min(-(2 ** 63), 0))
