# Lambdas with defaults capturing; defaults evaluated once.
base = 5
add = lambda x, y=base: x + y
base = 50
print(add(1), add(1, 2))

def mk(n):
    return [lambda x, k=k: x * k + n for k in range(n)]
print([f(2) for f in mk(3)])

calls = []
def dflt(v):
    calls.append(v)
    return v
f = lambda a=dflt(1), *rest, b=dflt(2), **kw: (a, rest, b, sorted(kw.items()))
print(calls)
print(f(), f(9), f(9, 8, 7, b=0, z=1, y=2))
print(calls)

def acc(item, into=[]):
    into.append(item)
    return len(into)
print(acc(1), acc(2), acc(3, []), acc(4))

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda: None)(), (lambda *a: a)(1, 2), (lambda **k: k)(a=1))
nested = lambda x: (lambda y: (lambda z: x + y + z))
print(nested(1)(2)(3))
print(sorted([3, -1, 2, -5], key=lambda v, s=-1: s * abs(v)))
def outer(m):
    return lambda n=m * 2: n + m
print(outer(3)(), outer(3)(10))
kwonly = lambda *, a, b=2: a - b
print(kwonly(a=10), kwonly(b=1, a=3))
try:
    kwonly(1)
except TypeError as e:
    print("TypeError", e)
