# Trivial/empty bodies in every statement position.
def f0():
    pass

def f1(x):
    if x:
        pass
    elif x is None:
        pass
    else:
        pass

def f2(n):
    for i in range(n):
        pass
    else:
        pass
    while n > 0:
        n -= 1
    else:
        pass
    return n

def f3(x):
    try:
        pass
    except ValueError:
        pass
    finally:
        pass
    try:
        int(x)
    except ValueError:
        pass
    else:
        pass
    try:
        pass
    finally:
        pass

def f4(xs):
    for x in xs:
        if x:
            continue
        else:
            pass
    while False:
        pass
    return

print(f0(), f1(0), f1(1), f1(None), f2(3), f3("1"), f3("x"), f4([0, 1]))
for i in range(2):
    if i:
        pass
while 0:
    pass
try:
    pass
except:
    pass
if not f0():
    pass
else:
    pass
x = 1 if f0() else 2
print(x, i)
for a in []:
    pass
print("loop over empty list leaves no binding")
