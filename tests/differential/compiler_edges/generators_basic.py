# Generators: yield in loops, try/finally around yield, partial consumption.
log = []
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(xs):
    for x in xs:
        if x % 2:
            continue
        yield x * x

def guarded(n):
    try:
        for i in range(n):
            log.append(("yield", i))
            yield i
    finally:
        log.append("finally")

def nested(n):
    for i in range(n):
        for j in range(i):
            if j == 2:
                break
            yield (i, j)

print(list(count(5)), sum(count(101)), list(count(0)))
print(list(evens(range(10))), list(evens([])))
g = guarded(5)
print(next(g), next(g))
print(log)
print(list(g), log)
print(list(nested(5)))
g2 = count(3)
for v in g2:
    print("got", v)
print(next(g2, "done"))
try:
    next(g2)
except StopIteration:
    print("StopIteration")
def empty():
    return
    yield
print(list(empty()))
def with_except(xs):
    for x in xs:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "zero"
print(list(with_except([1, 0, 5])))
def chain(*its):
    for it in its:
        for v in it:
            yield v
print(list(chain(count(2), "ab", evens(range(5)))))
zz = zip(count(10), "xyz")
print(list(zz))
