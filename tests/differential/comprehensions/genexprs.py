# Generator expressions consumed by sum/any/all/sorted/list/min/max/join/tuple/dict.
nums = [5, 3, 8, 1, 9, 2]
print(sum(x * 2 for x in nums), sum(x for x in nums if x > 3), sum((x for x in range(10)), 100))
print(any(x > 8 for x in nums), all(x > 0 for x in nums), any(x > 100 for x in nums), all(x % 2 for x in nums))
print(sorted(x % 4 for x in nums), sorted((-x for x in nums), reverse=True), list(x for x in "abc"))
print(min(x * x - 4 * x for x in range(-5, 5)), max(len(w) for w in "a quick brown fox".split()))
print(",".join(str(x) for x in nums), "".join(c for c in "h-e-l-l-o" if c != "-"), tuple(i for i in range(3)))
print(dict((k, len(k)) for k in ["x", "yy"]), set(c for c in "aab") == {"a", "b"}, max((x for x in []), default=-1))
g = (x * x for x in range(5))
print(list(g), list(g), sum(g))
g2 = (c.upper() for c in "abc")
print(next(g2), next(g2), list(g2))
lines = ["  a  ", "", "b", "   ", "c "]
print(list(s.strip() for s in lines if s.strip()))
print(sum(1 for _ in range(1000) if _ % 7 == 0), min((abs(x - 50), x) for x in [10, 47, 53, 90]))
print(sum(sum(row) for row in [[1, 2], [3, 4]]), list(x + y for x in "ab" for y in "12"))
total = 0
for sq in (i * i for i in range(5)):
    total += sq
print(total, any(ch.isdigit() for ch in "abc1"), all(ch.isalpha() for ch in ""))
