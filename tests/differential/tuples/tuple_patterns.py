# Tuples as records, returning multiple values, sorting records, tuple of tuples.
def min_max_avg(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = min_max_avg([4, 8, 15, 16, 23, 42])
print(lo, hi, avg, min_max_avg((1,)))
records = [("bob", 25, "NYC"), ("alice", 30, "LA"), ("carol", 25, "SF"), ("dan", 35, "NYC")]
for name, age, city in sorted(records, key=lambda r: (r[1], r[0])):
    print(f"{name:<6}{age:>3} {city}")
by_city = {}
for name, age, city in records:
    by_city[city] = by_city.get(city, ()) + (name,)
print(by_city)
points = ((0, 0), (3, 4), (-1, 2), (5, -5))
print([(x * x + y * y) ** 0.5 for x, y in points], max(points, key=lambda p: p[0] + p[1]))
print(tuple(x for x, _ in points), tuple(zip(*points)), len(points), points[1:3], points[::-1][0])
t = (1, 2, 3)
print(t + (4,), t * 2, t[:2] + t[2:], sum(t), (0,) + t[1:], tuple(reversed(t)), t.index(2))
nested = ((1, (2, 3)), (4, (5, 6)))
print([a + b + c for a, (b, c) in nested])
print((1, 2) == (1, 2), (1, 2) != (2, 1), (1,) * 0, tuple([]), tuple("") == ())
