# iter/next with and without default; StopIteration.
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
s = iter("hé😀")
print(next(s), next(s), next(s), next(s, "end"))
d = iter({"b": 1, "a": 2})
print(next(d), list(d))
rg = iter(range(3))
print(list(rg), list(rg))
t = iter((1, 2, 3, 4, 5))
first = next(t)
rest = list(t)
print(first, rest)
lines = iter(["header", "a,1", "b,2", ""])
head = next(lines)
rows = []
for line in lines:
    if not line:
        break
    rows.append(line.split(","))
print(head, rows)
it2 = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it2, it2)))
nums = iter(range(10))
total = 0
while True:
    n = next(nums, None)
    if n is None:
        break
    total += n
print(total)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
gen = (x * x for x in range(4))
print(next(gen), next(gen), list(gen), next(gen, "gen done"))
