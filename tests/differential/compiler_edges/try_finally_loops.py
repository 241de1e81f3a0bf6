# break/continue/return inside try/finally nested in loops.
log = []

def a(n):
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(("body", i))
        finally:
            log.append(("fin", i))
    return i

def b(n):
    i = 0
    while True:
        try:
            try:
                i += 1
                if i > n:
                    return i * 10
                if i % 2:
                    raise ValueError(i)
            except ValueError as e:
                log.append(("ve", e.args[0]))
                continue
            finally:
                log.append(("inner", i))
        finally:
            log.append(("outer", i))

def c():
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    break
            finally:
                log.append((i, j))
                if i == 1:
                    continue
    return log[-1]

def d():
    try:
        for i in range(5):
            try:
                return i
            finally:
                if i < 2:
                    continue
    finally:
        log.append("d-out")

print(a(5), b(4), c(), d())
for item in log:
    print(item)
