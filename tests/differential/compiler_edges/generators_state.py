# Generator locals surviving suspension; closures and defaults in generators.
def fibs(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b

def windows(xs, k=2):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) > k:
            del buf[0]
        if len(buf) == k:
            yield tuple(buf)

def big_steps(n):
    x = 2**40
    for _ in range(n):
        yield x
        x *= 64

def uses_cell(n):
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(n):
        add(i)
        yield total

def returns_early(xs):
    for x in xs:
        if x is None:
            return
        yield x

print(list(fibs(2**70))[-3:], len(list(fibs(1000))))
print(list(windows(range(5))), list(windows("abcd", 3)))
print(list(big_steps(5)))
print(list(uses_cell(6)))
print(list(returns_early([1, 2, None, 3])))
gens = [fibs(10), windows([1, 2, 3]), big_steps(1)]
for g in gens:
    print(next(g))
for g in gens:
    print(list(g))
def counter_gen():
    n = 0
    while True:
        n += 1
        yield n
c = counter_gen()
print([next(c) for _ in range(5)], next(c))
def interleave(a, b):
    ia, ib = iter(a), iter(b)
    while True:
        x = next(ia, None)
        y = next(ib, None)
        if x is None and y is None:
            break
        if x is not None:
            yield x
        if y is not None:
            yield y
print(list(interleave([1, 2, 3], "ab")))
print(sorted(windows([3, 1, 2, 5]), reverse=True))
print(max(fibs(100)), min(big_steps(3)), any(x > 5 for x in fibs(10)))
