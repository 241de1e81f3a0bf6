# Nested try blocks, exceptions in handlers, exceptions escaping nested functions.
def level3(x):
    return 10 // x
def level2(x):
    try:
        return level3(x)
    except TypeError:
        return "level2 handled TypeError"
def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        return "level1 handled " + str(e)
for v in [5, 0, "a"]:
    try:
        print(repr(v), level1(v))
    except Exception as e:
        print(repr(v), "escaped", type(e).__name__, e)
try:
    try:
        raise ValueError("first")
    except ValueError as e:
        print("handling", e)
        raise KeyError("second")
except KeyError as e:
    print("outer got", repr(e), "context", repr(e.__context__))
results = []
for item in ["1", "2", "x", "4", "", "6"]:
    try:
        try:
            n = int(item)
        except ValueError:
            if item == "":
                raise
            n = -1
        results.append(n)
    except ValueError as e:
        results.append(str(e))
print(results)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
print([safe_div(a, b) for a, b in [(1, 2), (1, 0), (-1, 0), (0, 0)]])
