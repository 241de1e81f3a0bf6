# Default arguments, including the mutable-default gotcha.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))
def append_bad(x, lst=[]):
    lst.append(x)
    return lst
print(append_bad(1), append_bad(2), append_bad(3, []), append_bad(4))
def append_good(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(append_good(1), append_good(2), append_good(3, [0]))
counter_default = 10
def uses_default(v=counter_default):
    return v
counter_default = 20
print(uses_default(), uses_default(5))
def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]
print(memo_fib(50), memo_fib(90), len(memo_fib.__defaults__[0]))
def dict_default(k, v, d={}):
    d[k] = v
    return d
print(dict_default("a", 1), dict_default("b", 2))
def f(a, b=2, *args, c=3, d, **kw):
    return (a, b, args, c, d, kw)
print(f(1, d=4), f(1, 5, 6, 7, d=8, e=9), f(a=0, d=0, c=1, z=2))
print(greet.__defaults__, f.__kwdefaults__, f.__name__)
