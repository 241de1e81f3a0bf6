# Lambdas, higher-order functions, functions as values.
square = lambda x: x * x
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(square(7), compose(square, inc)(3), compose(inc, square)(3), (lambda: "no args")(), (lambda *a: a)(1, 2))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(inc, 10, 0), apply_n(square, 3, 2), apply_n(lambda s: s + "!", 3, "hi"))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for sym in "+-*/":
    print(sym, ops[sym](12, 4))
def reduce_(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc
print(reduce_(lambda a, b: a * b, range(1, 11), 1), reduce_(max, [3, 9, 2], 0), reduce_(lambda a, s: a + s[0], ["xa", "yb"], ""))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
val = "  Hello World  "
for step in pipeline:
    val = step(val)
print(val)
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))), sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
def make_ops():
    return [abs, len, str.upper, round, lambda x: x]
print([op.__name__ for op in make_ops()])
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10), curry(lambda a, b: a + b)("x")("y"))
handlers = []
def register(f):
    handlers.append(f)
    return f
register(len)
register(lambda s: s[::-1])
print([h("abc") for h in handlers])
f = print
f("print via alias", sep="")
g = max
print(g is max, g(3, 4), callable(g))
