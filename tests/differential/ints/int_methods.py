# Misc int behaviour: divmod, min/max over ints, hashing, conversions.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 9))
print(divmod(2 ** 80, 3 ** 20), divmod(-(2 ** 80), 3 ** 20))
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64))
print(hash(10 ** 30), hash(-(10 ** 30)), hash(True), hash(12345))
print((10).to_bytes(2, "big"), (1024).to_bytes(4, "little"), int.from_bytes(b"\x01\x00", "big"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print((6).as_integer_ratio(), (7).conjugate(), (9).real, (9).imag, (9).numerator, (9).denominator)
print(int.bit_length(1023), int(12))
total = 0
for i in range(1, 200):
    total += i * i * i - (i << 3) + (i ^ 0x55)
print(total)
n = 600851475143
f = 2
factors = []
while f * f <= n:
    while n % f == 0:
        factors.append(f)
        n //= f
    f += 1
if n > 1:
    factors.append(n)
print(factors)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(2 ** 64, 6 ** 30), gcd(1071, 462), gcd(0, 5), gcd(-12, 18))
print(sum([2 ** i for i in range(100)]) == 2 ** 100 - 1)
