# nonlocal chains three levels deep.
def outer():
    a = 1
    log = []
    def mid():
        nonlocal a
        b = 10
        def inner():
            nonlocal a, b
            c = 100
            def innermost():
                nonlocal a, b, c
                a += 1
                b += 2
                c += 3
                return a + b + c
            r = innermost()
            log.append(("inner", a, b, c))
            return r
        x = inner()
        y = inner()
        log.append(("mid", a, b))
        a *= 10
        return x, y
    res = mid()
    log.append(("outer", a))
    return res, log

res, log = outer()
print(res)
for l in log:
    print(l)

def gen_counter():
    n = 0
    def step():
        def bump():
            nonlocal n
            n += 1
            return n
        return bump() + bump()
    return step, lambda: n
s, peek = gen_counter()
print(s(), s(), peek())

def shadow():
    x = "outer"
    def a():
        x = "a-local"
        def b():
            nonlocal x
            x = "b-set"
        b()
        return x
    r = a()
    return r, x
print(shadow())
