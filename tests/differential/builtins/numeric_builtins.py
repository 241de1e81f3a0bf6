# abs, divmod, pow, round, min, max, sum over mixed numeric inputs.
# Note: sum([0.1, 0.2, 0.3]) is 0.6 on 3.12 (compensated float sum) but 0.6000000000000001 on 3.11.
print([abs(x) for x in [-3, 3, -2.5, 0, -0.0, True, -(10 ** 30)]])
print([divmod(a, b) for a, b in [(7, 3), (-7, 3), (7.5, 2), (-7.5, 2), (10 ** 20, 7)]])
print([pow(b, e) for b, e in [(2, 5), (2, -2), (-2, 3), (2.5, 2), (9, 0.5)]], pow(3, 200, 10 ** 9))
print([round(x) for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e16]], [round(x, 1) for x in [0.05, 0.15, 0.25, 0.35]])
print(min(3, 2.5, True), max(3, 2.5, True), min([[3], [2, 9]]), max("b", "ab"), sum([0.1, 0.2, 0.3]))
print(sum(range(10), start=5), sum([1.5, 2.5], 1), bool(sum([])), int(sum([True] * 5)))
print(hex(255), oct(8), bin(5), int("0b101", 2), int("101", 2), float.fromhex("0x10"))
print(max(range(10), key=lambda x: (x % 3, x)), min(range(10), key=lambda x: (x % 3, -x)))
