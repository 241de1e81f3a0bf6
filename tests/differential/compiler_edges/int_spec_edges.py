# Small-int clones: called with ints, then floats/bools/big ints; overflow in loops.
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
def lt(a, b):
    if a < b:
        return "lt"
    return "ge"
def grow(x, n):
    for i in range(n):
        x = x + x
    return x
def param_reassign(a, b):
    a = a * 2
    b = b - a
    if b < a:
        a = "s"
    return a, b

print(add(1, 2), add(2**46, 2**46), add(2**47 - 1, 1), add(-2**47, -1))
print(add(1.5, 2), add(True, True), add(2**63, 1), add("a", "b"))
print(sub(-2**47, 1), sub(0, -2**47), sub(2**64, 2**64), sub(False, 1))
print(lt(1, 2), lt(2**47, 2**47 + 1), lt(1.0, 1), lt(True, 2), lt(-2**70, 0))
print(grow(1, 46), grow(1, 47), grow(1, 48), grow(3, 62), grow(1, 64), grow(-1, 70))
print(grow(1.5, 3), grow(True, 3), grow("ab", 2))
print(param_reassign(3, 100), param_reassign(3, 1), param_reassign(2**46, 2**47))
def tri(n):
    t = 0
    i = 0
    while i < n:
        t = t + i * i * i
        i = i + 1
    return t
print(tri(10), tri(2000), tri(100000))
def mix(n):
    x = 1
    for i in range(n):
        x = x * 3 - i
        if x > 2**62:
            x = x // 7
    return x
print(mix(10), mix(100), mix(200))
def neg(a):
    return -a, a - a, 0 - a
print(neg(-2**47), neg(2**47 - 1), neg(-2**63), neg(0))
def cmpall(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b
print(cmpall(2**47, 2**47), cmpall(-2**47, 2**47 - 1), cmpall(1, 1.0), cmpall(0, False))
for v in (2**47 - 2, 2**47 - 1, 2**47, 2**63 - 1, 2**63):
    print(add(v, 1), sub(v, -1), lt(v, v + 1))
