# return/break in finally overriding exceptions and returns.
def f1():
    try:
        raise ValueError("lost")
    finally:
        return "f1"

def f2():
    try:
        return "try"
    finally:
        return "finally"

def f3():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i == 1:
                break
            continue
    return i

def f4(x):
    try:
        try:
            1 / x
        finally:
            if x == 0:
                return "swallowed"
    except ZeroDivisionError:
        return "caught"
    return "ok"

def f5():
    n = 0
    while n < 5:
        n += 1
        try:
            try:
                raise TypeError(n)
            finally:
                continue
        except TypeError:
            return "never"
    return n

def f6():
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise KeyError(2)
        finally:
            return "six"
    except KeyError:
        return "bad"

print(f1(), f2(), f3(), f4(0), f4(1), f5(), f6())
try:
    print(f4("s"))
except TypeError as e:
    print("TE", e)
