# Closures, nonlocal counters, late binding in loops.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(-50))
def make_multipliers_late():
    return [lambda x: x * i for i in range(4)]
def make_multipliers_bound():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers_late()], [m(10) for m in make_multipliers_bound()])
funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
i = 99
print([f() for f in funcs])
def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(1), adder(-1)(1), list(map(adder(10), [1, 2, 3])))
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
            return x
        r = inner()
        return r, x
    return middle(), x
print(outer())
def accumulator():
    items = []
    def add(v):
        items.append(v)
        return list(items)
    return add
acc = accumulator()
acc(1)
acc("two")
print(acc(3.0))
def make_account(balance):
    def deposit(amt):
        nonlocal balance
        balance += amt
        return balance
    def withdraw(amt):
        nonlocal balance
        if amt > balance:
            return "insufficient"
        balance -= amt
        return balance
    return deposit, withdraw
dep, wd = make_account(100)
print(dep(50), wd(30), wd(500), dep(0))
print(c1.__closure__ is not None, add5(0))
