# Exceptions inside loops and comprehensions; partial results; continue after errors.
raw = ["10", "x", "30", "", "5.5", "-7", None, "1e3"]
parsed, errors = [], []
for item in raw:
    try:
        parsed.append(int(item))
    except ValueError as e:
        errors.append(("ValueError", str(e)))
    except TypeError as e:
        errors.append(("TypeError", str(e)))
print(parsed)
for err in errors:
    print(err)
def safe(fn, *args):
    try:
        return fn(*args)
    except Exception as e:
        return f"<{type(e).__name__}>"
print([safe(lambda a, b: a / b, 10, d) for d in [2, 0, 5, "x"]])
print([safe(int, s) for s in ["1", "two", "3"]], [safe(lambda k: {"a": 1}[k], k) for k in "ab"])
total = 0
for i in range(10):
    try:
        if i == 3:
            raise ValueError("skip three")
        if i == 7:
            break
        total += 100 // (i - 5)
    except ValueError:
        continue
    except ZeroDivisionError:
        total += 1000
    finally:
        total += 1
print(total)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 4:
            raise RuntimeError("attempt %d failed" % attempts)
        print("succeeded after", attempts)
        break
    except RuntimeError as e:
        print(e)
