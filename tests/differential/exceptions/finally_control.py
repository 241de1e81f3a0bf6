# finally interacting with return, break, continue and exceptions in loops/functions.
def f(x):
    try:
        if x == 0:
            return "zero"
        if x == 1:
            raise ValueError("one")
        return "other"
    except ValueError:
        return "caught"
    finally:
        print("  cleanup for", x)
for x in range(3):
    print(f(x))
def g():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("  finally i =", i)
print(g())
def h():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(h())
def swallow_in_loop():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i == 1:
                break
    return "broke out at 1"
print("swallow defined")
def err_in_finally():
    try:
        raise ValueError("original")
    finally:
        pass
try:
    err_in_finally()
except ValueError as e:
    print("propagated", e)
def finally_raises():
    try:
        return "never"
    finally:
        raise IndexError("from finally")
try:
    finally_raises()
except IndexError as e:
    print("IndexError", e)
def count_cleanups(n):
    cleanups = 0
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise ZeroDivisionError
            finally:
                cleanups += 1
        except ZeroDivisionError:
            cleanups += 10
    return cleanups
print(count_cleanups(7))
