# Counted range loops: loop var reassigned, deleted, used after; odd bounds.
def a(n):
    out = []
    for i in range(n):
        out.append(i)
        i = i * 100
        out.append(i)
    return out, i
print(a(3))
def b(n):
    for i in range(n):
        pass
    try:
        return i
    except UnboundLocalError:
        return "unbound"
print(b(0), b(4))
def c(lo, hi, st):
    return [i for i in range(lo, hi, st)], sum(range(lo, hi, st))
print(c(10, -10, -3), c(0, 10, 4), c(5, 5, 1), c(-2**47, -2**47 + 3, 1))
print(c(2**47 - 2, 2**47 + 2, 1), c(2**63 - 2, 2**63 + 1, 1))
def d(n):
    total = 0
    for i in range(n):
        n = n - 1
        total += i
    return total, n
print(d(10))
def e():
    out = []
    for i in range(3):
        for i in range(i, 5, 2):
            out.append(i)
        out.append(("after", i))
    return out
print(e())
def f(n):
    for i in range(n):
        del i
    return "ok"
print(f(3))
def g(x):
    r = []
    for i in range(x, x + 3):
        r.append(i + 0.5 if i % 2 else i)
    return r
print(g(1), g(True), g(2**62))
try:
    for i in range(1.5):
        pass
except TypeError as ex:
    print("TE", ex)
for i in range(3):
    if i == 1:
        break
else:
    print("no")
print("module i", i)
def h(n):
    k = 0
    for j in range(n):
        for k in range(j):
            if k == 3:
                break
        else:
            continue
        return j, k
    return None, k
print(h(3), h(10))
print(list(range(0, 10, 3)), range(1, 2**48, 2**46)[2])
def steps(s):
    return [v for v in range(10, 0, s)] if s else "zero"
print(steps(-4), steps(3), steps(0))
try:
    range(1, 2, 0)
except ValueError as ex:
    print("VE", ex)
for i in range(True, 3):
    print(i, type(i).__name__)
print([j for j in range(False, True)], [k for k in range(3, False, -1)], g(False))
