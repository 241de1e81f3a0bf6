# try/else semantics: else runs only when no exception; exceptions in else are not caught by the same try.
def process(value):
    steps = []
    try:
        steps.append("try")
        n = int(value)
    except ValueError:
        steps.append("except")
        n = None
    else:
        steps.append("else")
        if n < 0:
            steps.append("else-raises")
            try:
                raise ArithmeticError("negative")
            except ArithmeticError as e:
                steps.append("inner caught " + str(e))
    finally:
        steps.append("finally")
    return n, steps
for v in ["5", "x", "-3", "0"]:
    print(repr(v), process(v))
def else_error():
    try:
        pass
    except ZeroDivisionError:
        return "caught in same try"
    else:
        return 1 / 0
try:
    else_error()
except ZeroDivisionError as e:
    print("escaped from else:", e)
for i in range(3):
    try:
        x = 10 // (i - 1)
    except ZeroDivisionError:
        print(i, "error")
        continue
    else:
        print(i, "ok", x)
    finally:
        print(i, "finally")
