# Floor division and modulo with every sign combination (Python floors toward -inf).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 1), (-1, 1),
         (9, 3), (-9, 3), (9, -3), (10, 7), (-10, 7), (10, -7), (-10, -7),
         (123456789, 1000), (-123456789, 1000), (123456789, -1000)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, divmod(a, b), q * b + r == a)
big = 2 ** 100 + 12345
for d in [7, -7, 2 ** 64, -(2 ** 64), 10 ** 20 + 1, -(10 ** 20 + 1)]:
    print(d, big // d, big % d, (-big) // d, (-big) % d)
    print(divmod(big, d), divmod(-big, d))
print(-1 // 2 ** 70, -1 % 2 ** 70)
print(5 // True, 5 % True, -5 // True)
