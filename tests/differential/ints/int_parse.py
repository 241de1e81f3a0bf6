# int() from strings with bases, underscores, whitespace and signs.
print(int("42"), int("-42"), int("+7"), int("  19  "), int("\t-3\n"))
print(int("0"), int("-0"), int("000123"), int("1_000_000"))
print(int("ff", 16), int("FF", 16), int("-ff", 16), int("777", 8), int("1010", 2))
print(int("z", 36), int("Zz", 36), int("10", 3), int("12", 5))
print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("123", 0), int("-0x10", 0))
print(int("0x1f", 16), int("0b11", 2), int("0o7", 8), int("0X_FF", 0))
print(int("1_2_3", 0), int("0", 0), int("00", 0), int("0_0", 0))
print(int("123456789012345678901234567890"), int("-" + "9" * 40))
print(int("f" * 20, 16), int("1" * 70, 2))
print(int(3.9), int(-3.9), int(1e20), int(True), int(-0.5))
bad = ["", "abc", "1.5", "1__0", "_1", "1_", "0x", "08", "12a", " ", "+-1", "٣"]
for s in bad:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for s, b in [("12", 2), ("9", 8), ("g", 16), ("0b12", 0), ("10", 37)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError", e)
print(int("٣"), int("１２"))
