# float() parsing of strings including edge cases.
good = ["1", "1.5", "-2.25", "+3", "  4.5  ", "1e3", "1E-3", "-1.5e+10", ".5", "5.", "1_000.5",
        "inf", "-inf", "+inf", "Infinity", "-INFINITY", "nan", "NaN", "-nan", "iNf",
        "0.1", "1e500", "-1e500", "1e-400", "0x10" if False else "10", "\n 7e0\t",
        "123456789012345678901234567890", "0.000000000000000000001", "1_2.3_4e1_0", "-0", "00.5"]
for s in good:
    print(repr(s), float(s))
bad = ["", " ", "abc", "1.2.3", "1e", "e5", "--1", "1_", "_1", "1__0", "0x10", "in f", "nanx", "1,5"]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError", e)
print(float(3), float(-0), float(True), float(2 ** 60))
try:
    float(2 ** 1100)
except OverflowError as e:
    print("OverflowError", e)
print(float("1.7976931348623157e308"), float("1.7976931348623159e308"))
print(float("2.2250738585072014e-308"), float("4.9e-324"), float("2e-324"))
