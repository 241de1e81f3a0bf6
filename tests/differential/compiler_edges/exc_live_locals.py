# Exceptions crossing loops with many live locals and temporaries.
def parse_all(items):
    good, bad = [], []
    total = 0
    for idx, s in enumerate(items):
        tmp = s * 2 if isinstance(s, str) else s
        try:
            n = int(s)
            total += n
            good.append((idx, n, tmp))
        except (ValueError, TypeError) as e:
            bad.append((idx, type(e).__name__, tmp))
            continue
        finally:
            total += 1000
    return good, bad, total
print(parse_all(["1", "x", None, "42", 3.9, [1]]))

def deep(n):
    a = [n]
    b = {"n": n}
    c = str(n)
    if n == 0:
        raise KeyError("bottom")
    try:
        return deep(n - 1)
    finally:
        a.append(c)
        b["c"] = c
try:
    deep(5)
except KeyError as e:
    print("deep", e)

def loop_raise(n):
    out = []
    i = 0
    while True:
        try:
            for j in range(n):
                x = [i, j]
                if j == i:
                    raise IndexError(x)
                out.append(x)
        except IndexError as e:
            out.append(("ix", e.args[0]))
            i += 1
            if i >= n:
                break
    return out
print(loop_raise(3))

def exc_in_call_args(xs):
    res = []
    for x in xs:
        try:
            res.append((x, [1, 2, 3][x], 10 // x))
        except IndexError:
            res.append("idx")
        except ZeroDivisionError:
            res.append("zero")
    return res
print(exc_in_call_args([0, 1, 5, -1, 2]))
def reraise():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            x = [1, 2]
            raise
    except ValueError as e:
        return "re", e, sys_ok
sys_ok = True
print(reraise())
