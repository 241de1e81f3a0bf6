# zfill, center, ljust, rjust, expandtabs.
for s in ["42", "-42", "+7", "abc", "", "12345678", "-", "3.14"]:
    print(repr(s.zfill(6)), repr(s.zfill(1)), repr(s.center(9)), repr(s.center(10, "*")),
          repr(s.ljust(7, ".")), repr(s.rjust(7, "_")), repr(s.ljust(2)))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("abc".center(4, "-")), repr("a".center(4, "x")))
for t in ["a\tb\tc", "12345\t1\t", "\t", "x\ty\n\tz", "ab\r\tcd", "0123456789\tX"]:
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(1)), repr(t.expandtabs(0)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
rows = [("apple", 3, 1.25), ("banana", 12, 0.5), ("kiwi", 100, 12.0)]
for name, qty, price in rows:
    print(name.ljust(10) + str(qty).rjust(5) + str(price).rjust(8) + "|" + name.center(12, "~") + "|")
