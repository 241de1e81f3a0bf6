# split / rsplit with separators and maxsplit; join.
tests = ["a b  c", "  leading and trailing  ", "a,b,,c,", ",a,", "", "   ", "one", "x\ty\nz\r\nw", "a::b::c::d"]
for t in tests:
    print(repr(t), t.split(), t.split(" "), t.split(","), t.rsplit(None, 1), t.split(None, 1))
s = "a::b::c::d"
for n in [-1, 0, 1, 2, 3, 10]:
    print(n, s.split("::", n), s.rsplit("::", n), s.split(":", n), s.rsplit(":", maxsplit=n))
print("1,2,3".split(",", maxsplit=1), "k=v=w".partition("="), "a b c".rsplit(maxsplit=1))
print("aaa".split("a"), "aaa".split("aa"), "abab".rsplit("ab"), "mississippi".split("ss"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
print(" ".join(["a", "b", "c"]), "".join([]), ", ".join(("x",)), "-".join("abc"), "\n".join(["l1", "l2"]))
print("|".join(sorted({"b": 1, "a": 2})), "+".join(map(str, [1, 2, 3])))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
line = "name=Alice; age=30; city=Paris"
d = {}
for part in line.split(";"):
    k, v = part.strip().split("=")
    d[k] = v
print(d)
print("a\u2003b\u00a0c".split(), "x\x1cy\x1dz".split())
