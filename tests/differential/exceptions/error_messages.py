# Exact messages of common exceptions (compared byte-for-byte with CPython).
# Note: the empty max() message differs between 3.12 and 3.11 ("iterable argument is empty" vs "arg is an empty sequence").
pair, one_f, abc, one_s = [1, 2], 1.0, "abc", "1"
cases = [
    lambda: [1, 2, 3].index(9),
    lambda: (1, 2).index(9),
    lambda: "abc".index("z"),
    lambda: {}.pop("k"),
    lambda: set().pop(),
    lambda: [].pop(),
    lambda: int("  ", 10),
    lambda: int("3.0"),
    lambda: float("one"),
    lambda: "a" * "b",
    lambda: [] + (),
    lambda: 3 - "a",
    lambda: -"a",
    lambda: ~1.5,
    lambda: 1 < None,
    lambda: None + 1,
    lambda: "x" in 5,
    lambda: len(None),
    lambda: sorted([3, "a"]),
    lambda: max([]),
    lambda: divmod(3, 0.0),
    lambda: 2 ** 1024 * 1.0,
    lambda: "{}{}".format(1),
    lambda: "%d" % "x",
    lambda: pair[one_f],
    lambda: abc[one_s],
    lambda: {}["k"],
    lambda: {1: 2}[[1]],
    lambda: chr("a"),
    lambda: ord(5),
    lambda: "".join([1]),
    lambda: dict([1, 2]),
    lambda: dict([(1, 2, 3)]),
    lambda: bytes("abc"),
    lambda: range(1, 2, 3, 4),
    lambda: iter(None),
]
for i, case in enumerate(cases):
    try:
        result = case()
        print(i, "no error:", result)
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
