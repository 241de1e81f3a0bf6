# strip family, replace with count, find/rfind/index/count.
s = "  \t xxhello worldxx \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" \txn")), repr(s.strip().strip("x")))
print(repr("www.example.com".strip("cmowz.")), repr("abcba".strip("ab")), repr("aaa".strip("a")), repr("".strip()))
print(repr("--==text==--".lstrip("-=")), repr("--==text==--".rstrip("=-")), repr("xyx".strip("")))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "abc".removeprefix("x"))
t = "one two one two one"
print(t.replace("one", "1"), t.replace("one", "1", 1), t.replace("one", "1", 2), t.replace("one", "1", 0), t.replace("one", "1", -1))
print("aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "abc".replace("x", "y"))
print(t.find("two"), t.find("two", 5), t.find("two", 5, 8), t.find("zzz"), t.rfind("one"), t.rfind("one", 0, 10), t.find(""), t.rfind(""))
print(t.index("two"), t.rindex("two"), t.count("one"), t.count("o"), t.count(""), t.count("one", 1), t.count("one", 0, 3))
print("aaaa".count("aa"), "abc".find("c", -1), "abc".find("a", -1), "hello".find("l", 1, -1), "hello".rfind("l", -3, -1))
for needle in ["zz", "one"]:
    try:
        print(t.index(needle, 1))
    except ValueError as e:
        print("ValueError", e)
try:
    t.rindex("nope")
except ValueError as e:
    print("ValueError", e)
print("Hello".startswith("He"), "Hello".startswith("he"), "Hello".startswith(("x", "H")), "Hello".endswith(("lo", "z")))
print("Hello".startswith("ll", 2), "Hello".endswith("ll", 0, 4), "Hello".startswith(""), "".endswith(""), "Hi".startswith(()))
try:
    "Hello".startswith(["H"])
except TypeError as e:
    print("TypeError", e)
