# Exception matching by base class, tuples, order of handlers, e.args and str(e).
def trigger(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "index":
        return [][1]
    if kind == "key":
        return {"a": 1}["b"]
    if kind == "value":
        return int("x")
    if kind == "type":
        return 1 + "a"
    if kind == "attr":
        return (5).nope
    if kind == "name":
        return undefined_thing
    if kind == "overflow":
        return 2.0 ** 5000
    if kind == "custom":
        raise ValueError("custom", 42, [1])
    if kind == "empty":
        raise RuntimeError
    return "fine"
kinds = ["zero", "index", "key", "value", "type", "attr", "name", "overflow", "custom", "empty", "none"]
for k in kinds:
    try:
        r = trigger(k)
        print(k, "no error", r)
    except (IndexError, KeyError) as e:
        print(k, "lookup:", type(e).__name__, e, e.args)
    except ArithmeticError as e:
        print(k, "arith:", type(e).__name__, e, e.args)
    except Exception as e:
        print(k, "other:", type(e).__name__, str(e), repr(e), e.args, len(e.args))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(UnboundLocalError, NameError), issubclass(Exception, BaseException), issubclass(SystemExit, Exception))
try:
    raise KeyError("quoted key")
except KeyError as e:
    print(str(e), repr(e), e.args[0])
try:
    raise ValueError()
except ValueError as e:
    print(repr(str(e)), repr(e), e.args)
try:
    raise IndexError
except (ValueError, IndexError) as e:
    print("tuple match", type(e).__name__, repr(e))
excs = (TypeError, ValueError)
try:
    int([])
except excs as e:
    print("dynamic tuple", e)
try:
    try:
        raise ValueError("x")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("propagated to outer", e)
e = "before"
try:
    raise ValueError("bound")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError", ne)
