# partition / rpartition and splitlines.
for s in ["key=value", "key=val=ue", "novalue", "=start", "end=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a.b.c".partition("."), "a.b.c".rpartition("."), "abc".partition("abc"), "aXbXc".partition("X"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
texts = ["line1\nline2\r\nline3\rline4", "trailing\n", "\n\nblank\n\n", "", "no newline",
         "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "x\r\n\r\ny"]
for t in texts:
    print(repr(t), t.splitlines(), t.splitlines(True), t.split("\n"))
print("one\ntwo".splitlines(keepends=True))
