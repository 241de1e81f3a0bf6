# Recursion with keyword args and defaults; *args/**kwargs forwarding.
def walk(n, acc=0, *, step=1, trace=None):
    if trace is not None:
        trace.append(n)
    if n <= 0:
        return acc
    return walk(n - step, acc=acc + n, step=step, trace=trace)

t = []
print(walk(10), walk(10, step=3), walk(n=5, acc=100), walk(7, trace=t), t)

def fwd(*args, **kwargs):
    return target(*args, **kwargs)
def target(a, b=2, *rest, c=3, **extra):
    return (a, b, rest, c, sorted(extra.items()))
print(fwd(1))
print(fwd(1, 5, 6, 7, c=8, d=9))
print(fwd(*[1, 2], **{"c": 0, "z": 1}))
print(fwd(b=4, a=3))
try:
    fwd()
except TypeError as e:
    print("TE", e)
try:
    fwd(1, a=2)
except TypeError as e:
    print("TE", e)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3))

def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), fib(100))

def wrap(f, *pre, **kpre):
    def w(*a, **k):
        return f(*pre, *a, **kpre, **k)
    return w
print(wrap(target, 1, c=7)(2, 3, q=4))
def count_down(n, *, out):
    if n:
        out.append(n)
        count_down(n - 1, out=out)
    return out
print(count_down(5, out=[]))
print(walk(3, 0, step=1), walk(*(4,), **{"step": 2}))
