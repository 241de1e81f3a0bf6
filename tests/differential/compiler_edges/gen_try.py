# yield inside try/except/finally/else, loops with break/continue around yields.
log = []
def g1(xs):
    for x in xs:
        try:
            yield 100 // x
        except ZeroDivisionError:
            log.append("zde")
            continue
        else:
            log.append(("else", x))
        finally:
            log.append(("fin", x))
    log.append("end")
print(list(g1([1, 0, 4])), log)
log.clear()
def g2():
    try:
        yield 1
        try:
            yield 2
        finally:
            yield 3
        yield 4
    finally:
        log.append("outer")
        yield 5
print(list(g2()), log)
log.clear()
def g3(n):
    i = 0
    while True:
        try:
            if i >= n:
                break
            yield i
        finally:
            i += 1
            log.append(i)
    yield "done"
print(list(g3(3)), log)
def g4():
    for i in range(4):
        try:
            if i % 2:
                raise KeyError(i)
            yield ("even", i)
        except KeyError as e:
            yield ("odd", e.args[0])
print(list(g4()))
def g5():
    try:
        yield "a"
        raise ValueError("x")
    except ValueError:
        pass
    yield "b"
    try:
        return
    finally:
        log.append("g5-fin")
print(list(g5()), log)
def g6(xs):
    for x in xs:
        try:
            try:
                yield int(x)
            except ValueError:
                yield -1
        finally:
            yield ("f", x)
print(list(g6(["1", "z"])))
