# try/except/else/finally execution order.
def run(case):
    log = []
    try:
        log.append("try")
        if case == "raise":
            raise ValueError("boom")
        if case == "key":
            {}["k"]
        log.append("try-end")
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except LookupError as e:
        log.append("except LookupError " + repr(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for c in ["ok", "raise", "key"]:
    print(c, run(c))
def finally_return():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(finally_return())
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
        return "handled"
    finally:
        print("outer finally")
print(nested())
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("loop finally", count)
