# Functions as first-class values: dispatch tables, attribute __name__, decorator-like wrappers.
def double(x):
    return x * 2
def negate(x):
    return -x
def square(x):
    return x * x
table = {"double": double, "negate": negate, "square": square}
for name in ["double", "square", "negate"]:
    fn = table[name]
    print(name, fn.__name__, fn(7), fn is table[name])
def logged(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"call {fn.__name__}{args} -> {result!r}")
        return result
    return wrapper
ldouble = logged(double)
ldouble(21)
lsum = logged(sum)
lsum([1, 2, 3])
def counted(fn):
    calls = [0]
    def wrapper(*a):
        calls[0] += 1
        return fn(*a)
    wrapper.calls = calls
    return wrapper
csq = counted(square)
print([csq(i) for i in range(5)], csq.calls[0])
chain = [double, square, negate, double]
value = 3
for fn in chain:
    value = fn(value)
print(value)
print(sorted(table.values(), key=lambda f: f(3)) == [negate, double, square], [f.__name__ for f in chain])
print((lambda: 0).__name__, double.__doc__, callable(table), callable(double))
