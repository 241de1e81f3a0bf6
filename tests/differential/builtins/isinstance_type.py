# isinstance (incl. tuples and bool vs int) and printing type().
vals = [0, True, 1.5, "s", b"b", [1], (1,), {"a": 1}, {1}, frozenset(), None, range(2), 2 ** 80, slice(1)]
for v in vals:
    print(repr(v), type(v), type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, (str, bytes, float)))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool), type(True) == int, type(True) is bool)
print(isinstance(1, (float, (str, int))), isinstance([], object), isinstance(None, type(None)), issubclass(bool, int))
print(type(1) is int, type(1.0) is float, type("") is str, type(type(1)), type(len), type(print).__name__)
print(type(lambda: 0).__name__, type(map(str, [])).__name__, type(zip()).__name__, type(iter([])).__name__)
print(type(enumerate([])), type(reversed([])), type({}.keys()), type({}.items()), type(range(1)))
print(int, str, float, list, dict, tuple, set, bool, type(None), object, type, Exception, ValueError)
print(type(ValueError("x")), type(KeyError).__name__, isinstance(KeyError("k"), LookupError), issubclass(ZeroDivisionError, ArithmeticError))
def f():
    return 1
print(type(f), type(f).__name__, callable(f), callable(1), callable(len), callable(int), f.__name__, len.__name__)
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError", e)
