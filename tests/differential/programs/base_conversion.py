# Converting numbers between bases by hand and checking against builtins.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
def from_base(s, b):
    sign = -1 if s.startswith("-") else 1
    s = s.lstrip("-")
    total = 0
    for ch in s:
        total = total * b + DIGITS.index(ch)
    return sign * total
nums = [0, 1, 7, 10, 255, -255, 1000, 2 ** 31 - 1, 2 ** 64, -(3 ** 45), 10 ** 30]
for n in nums:
    row = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    print(n, row)
    assert all(from_base(r, b) == n for r, b in zip(row, (2, 3, 8, 16, 36)))
    assert int(row[4], 36) == n and row[3] == format(n, "x")
print([to_base(n, 7) for n in range(-10, 11)])
print(from_base("zz", 36), from_base("-1010", 2), from_base("777", 8), to_base(from_base("deadbeef", 16), 10))
