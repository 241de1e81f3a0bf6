# *args, **kwargs, keyword-only, positional-only, call-site unpacking.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show())
print(show(1, 2, x=3))
print(show(*[1, 2], *(3,), **{"a": 1}, b=2))
def pos_only(a, b, /, c, *, d=4):
    return a + b + c + d
print(pos_only(1, 2, 3), pos_only(1, 2, c=3, d=10))
def kw_only(*, key, flag=False):
    return key, flag
print(kw_only(key="k"), kw_only(flag=True, key=1))
def mixed(a, /, b, *rest, c, **opts):
    return a, b, rest, c, sorted(opts.items())
print(mixed(1, 2, 3, 4, c=5, z=6, y=7), mixed(1, b=2, c=3))
def total(first, *nums):
    return first + sum(nums)
print(total(1), total(1, 2, 3), total(*range(5)))
def passthrough(*a, **k):
    return show(*a, **k)
print(passthrough(9, 8, q="r"))
def kw_name(**kw):
    return list(kw)
print(kw_name(z=1, a=2, m=3), kw_name(**{"a b": 1}))
tests = [
    lambda: pos_only(1, b=2, c=3),
    lambda: kw_only("x"),
    lambda: kw_only(),
    lambda: total(),
    lambda: mixed(1, 2),
    lambda: show(**{"x": 1}, x=2),
    lambda: greet_missing(),
    lambda: pos_only(1, 2, 3, 4),
    lambda: kw_only(key=1, other=2),
]
for t in tests:
    try:
        print(t())
    except (TypeError, NameError) as e:
        print(type(e).__name__, e)
