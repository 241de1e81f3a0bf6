# printf-style % formatting.
print("%s %s %s" % ("a", 1, 2.5))
print("%r %r %r" % ("a", 1, [1, "x"]))
print("%d %i %d %d" % (42, -7, 3.99, True))
print("[%5d] [%-5d] [%05d] [%+d] [% d] [%+05d]" % (42, 42, 42, 42, 42, -42))
print("[%5.2f] [%-8.3f] [%08.2f] [%.0f] [%f] [%+.1f]" % (3.14159, 2.71828, -1.5, 2.5, 1 / 3, 0.05))
print("[%-10s] [%10s] [%.3s] [%-6.2s]" % ("left", "right", "truncate", "xy z"))
print("%x %X %#x %#X %o %#o %08x" % (255, 255, 255, 255, 8, 8, 48879))
print("%e %E %.2e %g %G %g %g %.3g" % (12345.678, 0.000123, 1e100, 1e-5, 1e-5, 123456789.0, 100.0, 2.0 / 3))
print("100%% done, %d%% left" % 0)
print("%(name)s is %(age)d, %(name)r again" % {"name": "Eve", "age": 25})
print("%(x)5.1f|%(y)-4s|" % {"x": 2.345, "y": "ab"})
print("%s" % ((1, 2),), "%s" % [1, 2], "%s" % "single")
print("%c%c%c" % (72, "i", 33), "%5s|%-5s|" % ("é", "日本"))
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s %s" % (None, True), "%d" % 2 ** 70, "%x" % -255, "%o" % -8)
print("%.3s|%5.1s|" % ("abcdef", "xyz"), "%a" % "é")
for fmt, args in [("%d", "str"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", (1,)), ("%(k)s", (1,))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
rows = [("north", 1234, 0.123), ("south", 98, 0.5), ("east-by-northeast", 1, 1.0)]
for r in rows:
    print("%-12.12s|%8d|%7.1f%%" % (r[0], r[1], r[2] * 100))
