# encode/decode between str and bytes, errors handling.
texts = ["plain", "café", "日本語", "😀", "", "a\x00b", "Ünïcödé €"]
for t in texts:
    u8 = t.encode()
    print(repr(t), u8, len(u8), u8.decode("utf-8") == t, t.encode("utf-8") == u8)
    print("  latin1:", end=" ")
    try:
        print(t.encode("latin-1"))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e.reason, e.start, e.end)
    print("  ascii:", t.encode("ascii", "replace"), t.encode("ascii", "ignore"), t.encode("ascii", "backslashreplace"), t.encode("ascii", "xmlcharrefreplace"))
raw = b"caf\xc3\xa9 \xff\xfe bad"
for errs in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    print(errs, repr(raw.decode("utf-8", errs)))
try:
    raw.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print(b"\xe9".decode("latin-1"), "é".encode("utf-16"), "é".encode("utf-16-be"), b"\x00A".decode("utf-16-be"))
print(str(b"abc", "ascii"), bytes("xyz", "utf-8"), "€".encode("cp1252"), len("€".encode("utf-32")))
print(ord(b"A"), chr(b"A"[0]), b"A"[0] + 1, bytes([b"A"[0] + 1]))
