# Closures capturing loop variables and cells modified after capture.
fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])
fs2 = [lambda i=i: i * 10 for i in range(4)]
print([f() for f in fs2])

def make():
    out = []
    for j in range(3):
        def g():
            return j
        out.append(g)
    j = 100
    return out
print([g() for g in make()])

def counter():
    c = 0
    def inc(k=1):
        nonlocal c
        c += k
        return c
    def get():
        return c
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc(), get())

def late():
    x = "before"
    def r():
        return x
    a = r()
    x = "after"
    return a, r()
print(late())

def cellparam(p):
    def r():
        return p
    p = p * 2
    return r()
print(cellparam(21), cellparam("ab"))

def loopcell(n):
    acc = []
    total = 0
    for k in range(n):
        total += k
        acc.append(lambda: total + k)
    return [f() for f in acc]
print(loopcell(4))
def delcell():
    v = 1
    def r():
        return v
    del v
    try:
        return r()
    except NameError as e:
        return str(e)
print(delcell())
