# del of locals, then UnboundLocalError/NameError.
def f(flag):
    x = 1
    del x
    if flag:
        x = 2
    try:
        return x
    except UnboundLocalError as e:
        return "unbound: " + str(e)

def g(n):
    for i in range(n):
        y = i
    try:
        return y
    except UnboundLocalError as e:
        return str(e)

def h():
    a, b = 1, 2
    del a, b
    try:
        del a
    except UnboundLocalError as e:
        print("del-again", e)
    a = 5
    return a

def k(seq):
    for v in seq:
        if v > 2:
            found = v
            break
    else:
        return "none"
    return found

print(f(True), f(False))
print(g(3), g(0))
print(h())
print(k([1, 5]), k([1]))
z = 3
del z
try:
    print(z)
except NameError as e:
    print("NE", e)
def m():
    try:
        return q
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(m())
q = 7
print(m())
def cond(c):
    if c:
        v = "set"
    return v
print(cond(1))
print(cond(0))
