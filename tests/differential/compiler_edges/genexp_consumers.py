# Generator expressions passed to consuming builtins: laziness when the consumer fails midway.
log = []
def e(x):
    log.append(x)
    return x
def k(x):
    log.append(("key", x))
    return -x
try:
    print(sum(e(x) for x in [1, 2, "a", 3, 4]))
except TypeError as ex:
    print("TE", ex)
print(log); log.clear()
print(sum(e(x) for x in [0.1] * 10), sum((e(x) for x in [1, 2]), 10), log); log.clear()
try:
    print(max(e(x) for x in [1, 2, "b", 5]))
except TypeError as ex:
    print("TE", ex)
print(log); log.clear()
print(min((e(x) for x in [3, 1, 2]), key=k), log); log.clear()
print(max((e(x) for x in [3, 1, 2]), key=k), log); log.clear()
try:
    set(e(x) for x in [1, [2], 3])
except TypeError as ex:
    print("TE", ex)
print(log); log.clear()
try:
    frozenset(e(x) for x in [(1,), {}, 3])
except TypeError as ex:
    print("TE", ex)
print(log); log.clear()
try:
    dict(e(x) for x in [(1, 2), 3, (4, 5)])
except TypeError as ex:
    print("TE", ex)
print(log); log.clear()
print(dict(e((x, x * x)) for x in range(3)), log); log.clear()
try:
    print("".join(e(x) for x in ["a", 1, "b"]))
except TypeError as ex:
    print("TE", ex)
print(log); log.clear()
try:
    sorted((e(x) for x in [3, "a", 1]), key=k)
except TypeError as ex:
    print("TE", ex)
print(log); log.clear()
print(any(e(x) for x in [0, 1, 2]), all(e(x) for x in [1, 0, 2]), log); log.clear()
print(list(e(x) for x in range(3)), tuple(e(x) for x in "ab"), log); log.clear()
print(sum(x * y for x in range(4) for y in range(x) if (x + y) % 2))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(sorted(set(c for c in "mississippi")), min(c for c in "zebra" if c > "b"))
