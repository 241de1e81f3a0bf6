# range in loops with various steps, reversed(range), range arithmetic identities.
for r in [range(0, 10, 3), range(10, -1, -5), range(-3, 3), range(5, -5, -2)]:
    print(r, list(r), list(reversed(r)), len(r), sum(r))
total = 0
for i in range(100, 0, -7):
    total += i
print(total, sum(range(100, 0, -7)))
print([i for i in range(2, 20, 2) if i % 3], list(range(0)), list(range(-1)), list(range(3, 3)))
for start, stop, step in [(0, 10, 1), (0, 10, 4), (10, 0, -4), (-10, 10, 7), (0, 1, 100)]:
    r = range(start, stop, step)
    print(start, stop, step, len(r), r[0] if r else "-", r[-1] if r else "-", list(r[1:3]), 5 in r)
big = range(0, 10 ** 12, 7)
print(len(big), big[10 ** 9], 7 * 10 ** 9 in big, 7 * 10 ** 9 + 1 in big, big[-1], big.index(700))
print(list(zip(range(3), range(10, 0, -3))), list(enumerate(range(5, 8))), dict(zip(range(3), "abc")))
