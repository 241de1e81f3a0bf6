# Non-ASCII and emoji: lengths, indexing, slicing, case, ord/chr.
words = ["café", "naïve", "Straße", "日本語", "Ελληνικά", "русский", "😀😃😄", "a😀b", "🇫🇷", "e\u0301", "ﬁ", ""]
for w in words:
    print(repr(w), len(w), w[::-1], w[:2], w[-1:] if w else "", w.upper(), w.lower(), [ord(c) for c in w][:5])
s = "héllo wörld ✓ 🐍 snake"
print(len(s), s[6:11], s[12], s[14], s.index("🐍"), s.find("✓"), s.split())
print(s.encode("utf-8"), len(s.encode("utf-8")), len(s.encode("utf-16-le")))
print("ß".upper(), "ǅ".lower(), "ǅ".upper(), "ǆ".title(), "İ".lower(), len("İ".lower()))
print(chr(233), chr(0x1F600), chr(0x4E2D), ord("€"), ord("😀"), hex(ord("中")))
print("日本" + "語" * 3, "é" * 5, sorted("ébcaü"), max("日本語"), min("日本語"))
print("café" == "cafe\u0301", "café" < "cafz", "é" > "z", "Z" < "a")
print("\u00e9", "\N{GREEK SMALL LETTER ALPHA}", "\U0001F40D", "\x41\x42")
print("Ünïcödé".casefold(), "STRASSE".casefold() == "straße".casefold())
print("١٢٣".isdigit(), "١٢٣".isdecimal(), "½".isnumeric(), "½".isdigit(), "日本".isalpha(), "😀".isalpha())
print(ascii("café 😀"), repr("café 😀"), str("日本"))
