# Generators as closures, with nonlocal, defaults, *args, comprehensions inside.
def make(prefix):
    count = 0
    def gen(*items, sep="-", **kw):
        nonlocal count
        for it in items:
            count += 1
            yield prefix + sep + str(it) + "".join(sorted(kw))
    def get():
        return count
    return gen, get
gen, get = make("p")
print(list(gen(1, 2, sep=":", z=1, a=2)), get())
print(list(gen()), get(), list(gen("x")), get())
def squares(n):
    data = [i * i for i in range(n)]
    for d in data:
        fs = [lambda: d]
        yield fs[0]() + sum(x for x in data if x < d)
print(list(squares(5)))
def gen_in_loop():
    for k in range(3):
        def inner(m=k):
            for j in range(m):
                yield (m, j)
        yield list(inner())
print(list(gen_in_loop()))
def walrus_gen(xs):
    for x in xs:
        if (y := x * 2) > 4:
            yield y
    yield ("last", y)
print(list(walrus_gen([1, 2, 3, 4])))
def receives():
    got = []
    for i in range(3):
        v = yield i
        got.append(v)
    yield got
print(list(receives()))
def deep_gen(n):
    if n == 0:
        yield "leaf"
        return
    for v in deep_gen(n - 1):
        yield (n, v)
print(list(deep_gen(3)))
def gen_raises(n):
    for i in range(n):
        if i == 2:
            raise ValueError("at 2")
        yield i
g = gen_raises(5)
out = []
try:
    for v in g:
        out.append(v)
except ValueError as e:
    out.append(str(e))
print(out, next(g, "exhausted"))
def stop_inside():
    yield 1
    raise StopIteration
try:
    print(list(stop_inside()))
except RuntimeError as e:
    print("RuntimeError", e)
