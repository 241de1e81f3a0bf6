# f-strings: conversions, nested format specs, = specifier, expressions.
name = "Ada"
emoji = "café😀"
n = 42
pi = 3.14159265
items = [1, "two", 3.0]
print(f"{name}|{name!r}|{name!s}|{name!a}|{emoji!a}|{emoji!r}")
print(f"{n}|{n!r}|{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:x}|{n:#b}|{n:+}")
print(f"{items}|{items!r}|{items[1]}|{items[-1]:.2f}|{len(items)}")
print(f"{name=}|{n=}|{pi=:.2f}|{n * 2 = }")
print(f"{name = }", f"{items[0]=}", f"{n=:>6}", f"{n=!r}", f"{pi = :10.3f}|")
width, prec, fill = 12, 3, "*"
print(f"[{pi:{width}.{prec}f}] [{pi:{fill}^{width}.{prec}}] [{name:{fill}>{width}}] [{n:{'0'}{width}d}]")
print(f"[{name:>{width // 2}}] [{'nested ' + name:^{width + 8}}]")
print(f"{{literal braces}} {{{n}}} {'{'}{n}{'}'}")
print(f"{'quoted'} {'x' if n > 40 else 'y'}")
d = {"key": "value", "num": 7}
print(f"{d['key']} {d['num'] + 1} {d!r}")
print(f"{3 + 4} {n // 5} {n % 5} {-n} {n ** 2} {n > 40} {not n}")
print(f"{'a' * 3}{'b':>3}{'':<2}|{None}|{True}|{None!r}|{True:>6}")
print(f"{n:,} {10 ** 9:,} {10 ** 9:_} {1234.5:,.1f} {0.25:.0%} {255:X} {255:#o}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
for i in range(3):
    print(f"row {i:>2}: {'#' * i:<3}| {i / 3:.3f} {i!r}")
print(f"""multi
line {n}""")
print(f"{'€':>4}{'日本':^6}|", f"{emoji:.3}", f"{emoji:>8}|")
