# upper/lower/title/capitalize/swapcase/casefold.
for s in ["hello world", "HELLO WORLD", "hELLO wORLD", "they're bill's friends", "123abc def",
          "o'neil mcdonald-smith", "  spaced   out  ", "ALL_CAPS_snake", "x", "", "3rd place", "élan vital"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("abc".upper().lower().title(), "MiXeD".swapcase().swapcase())
print("hello"[0].upper() + "hello"[1:], " ".join(w.capitalize() for w in "the quick brown fox".split()))
