# Rebinding module-level functions mid-run (direct-call rule).
def f(x):
    return x + 1
def g(x):
    return f(x) * 2
print(g(1))
def f(x):
    return x - 1
print(g(1))
def h(x):
    return x * 100
def use_h(v):
    return h(v)
print(use_h(2))
def swap():
    global h
    h = lambda x: -x
swap()
print(use_h(2))
def k(a, b):
    return a + b
print(k(1, 2))
old_k = k
k = lambda a, b: a * b
print(k(3, 4), old_k(3, 4))
def rec(n):
    if n <= 0:
        return 0
    return 1 + rec(n - 1)
print(rec(5))
saved = rec
def rec(n):
    return 1000
print(saved(5), rec(5))
def counter(n):
    return n
for i in range(3):
    print(counter(i))
    if i == 1:
        def counter(n):
            return n * 10
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact(25))
fact_orig = fact
fact = lambda n: 7
print(fact_orig(5))
def p(*a):
    return ("p", a)
print = p
res = print(1, 2)
del print
print(res)
len = lambda x: 42
print(len([1, 2]))
del len
print(len([1, 2]))
