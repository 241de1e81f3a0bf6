# String literal forms: escapes, raw strings, triple quotes, implicit concatenation.
print("tab:\t|", "nl:\\n", "quote:\"", 'apos:\'', "bs:\\", "oct:\101\102", "hex:\x41", "u:\u00e9", "U:\U0001F600")
print(r"raw \n \t \\ stays", r'C:\path\to', len(r"\n"), len("\n"))
print("""triple "double" with 'single'
second line""")
print('''another
  indented''')
print("implicit " 'concat ' """of""" ' parts')
print("line continuation \
joined")
s = "a\0b"
print(len(s), repr(s), s[1] == "\x00")
print("\N{BULLET} \N{EM DASH} \N{SNOWMAN}", len("\N{SNOWMAN}"))
print(r"raw\text", "\a\b\f\v".encode(), repr("\a\b\f\v"))
multi = ("first "
         "second "
         "third")
print(multi, len(multi))
print(str(), repr(str()), str(123), str(-4.5), str(True), str(None), str([1, "a"]), str((1,)), str({}))
print(chr(65) + chr(0x263A) + chr(0x10FFFF).encode("utf-8").hex())
