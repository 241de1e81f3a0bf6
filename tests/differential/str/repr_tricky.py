# repr of strings with quotes, escapes and non-printable characters.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "new\nline",
           "cr\rreturn", "nul\x00byte", "bell\x07", "\x1b[0m", "del\x7f", "\x80\x9f", "nbsp\xa0x",
           "é", "\u200b", "\u2028", "😀", "\U000e0001",
           "\x00\x01\x02", "'", '"', "'\"", "", " ", "\\n", "\u0085", "\uffff", "\ufeff"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(["a'b", 'c"d', "e\nf"]), repr(("\t",)), repr({"k\x01": "v\u00e9"}))
print(str(["x", "y"]), str({"a": "b"}), f"{'q'!r}", "%r" % "it's")
