# hash of ints/strings/tuples (deterministic with PYTHONHASHSEED=0), ord, chr, divmod, pow, round.
for v in [0, 1, -1, -2, 42, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 100, -(2 ** 100), 1.0, 1.5, -0.5, 1e100, True, False]:
    print(repr(v), hash(v))
for s in ["", "a", "b", "abc", "hello world", "é", "日本", "😀", "a" * 100]:
    print(repr(s), hash(s))
for t in [(), (1,), (1, 2), (2, 1), ("a", 1), ((1, 2), 3), (1, (2, 3)), (0, 0)]:
    print(repr(t), hash(t))
print(hash(b"abc") == hash("abc"), hash(b"abc"), hash(frozenset([1, 2])), hash(frozenset()))
print([ord(c) for c in "Az09 ~é€😀\n\x00"], [chr(i) for i in [65, 97, 48, 32, 126, 233, 8364, 128512]])
print(chr(0), repr(chr(0)), repr(chr(127)), repr(chr(0x10FFFF)), ord(chr(0x10FFFF)))
for bad in [lambda: ord("ab"), lambda: ord(""), lambda: chr(-1), lambda: chr(0x110000), lambda: hash([1]), lambda: hash({})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(divmod(17, 3), divmod(-17, 3), divmod(17.5, 3), pow(2, 8), pow(2, 8, 5), pow(2.0, 3), round(2.567, 2), round(-0.5), round(7))
