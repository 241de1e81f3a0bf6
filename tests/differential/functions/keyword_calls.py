# Keyword arguments, defaults interplay and argument-binding errors.
def box(width, height=1, *, fill="#", border=False):
    rows = [fill * width for _ in range(height)]
    if border:
        rows = ["+" + "-" * width + "+"] + ["|" + r + "|" for r in rows] + ["+" + "-" * width + "+"]
    return "\n".join(rows)
print(box(3))
print(box(4, 2, fill="*"))
print(box(height=2, width=5, border=True, fill="."))
opts = {"fill": "=", "border": True}
print(box(2, **opts))
def describe(name, *tags, sep=", ", **attrs):
    text = name
    if tags:
        text += " [" + sep.join(tags) + "]"
    if attrs:
        text += " {" + sep.join(f"{k}={v!r}" for k, v in attrs.items()) + "}"
    return text
print(describe("plain"))
print(describe("tagged", "a", "b"))
print(describe("attrs", color="red", size=3))
print(describe("all", "x", sep="; ", z=None, a=[1]))
def f(a, b, c=3):
    return a * 100 + b * 10 + c
print(f(1, 2), f(1, b=5), f(c=0, b=1, a=9), f(*(1, 2, 3)), f(1, *[2]), f(**{"a": 0, "b": 0}))
for bad in [lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, a=1, b=2), lambda: f(1, 2, d=4), lambda: box(1, 2, "x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
