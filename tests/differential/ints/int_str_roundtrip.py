# str(int) <-> int(str) round-trips and digit manipulation over big values.
vals = [0, 9, 10, 99, 100, 2 ** 31 - 1, 2 ** 32, 2 ** 47, 2 ** 63 - 1, 2 ** 63, 2 ** 64, 10 ** 18, 10 ** 19, 3 ** 100, -(7 ** 60)]
for v in vals:
    s = str(v)
    print(s, len(s), int(s) == v, int(s[::-1].rstrip("-") or "0"), sum(int(c) for c in s if c.isdigit()))
def digit_sum_power(base, exp):
    return sum(int(c) for c in str(base ** exp))
print([digit_sum_power(2, e) for e in (10, 50, 100, 500, 1000)])
n = 1
for i in range(1, 40):
    n = n * 10 + i % 10
print(n, n % 9, n // 10 ** 20, str(n).count("9"))
print(int("9" * 30) + 1, int("-" + "1" * 25) * 3, str(10 ** 25 - 1)[::5])
print(repr(2 ** 64), f"{2 ** 64}", "%d" % 2 ** 64, "{}".format(-(2 ** 64)), format(2 ** 64, "d"))
