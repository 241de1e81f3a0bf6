# bytes literals, len, indexing, slicing, concatenation, repr.
b = b"hello world"
print(b, len(b), b[0], b[-1], b[0:5], b[::-1], b[::2], b[6:], type(b[0]).__name__, type(b[0:1]).__name__)
print(b + b"!", b * 2, b"ab" * 0, b"" + b"", b"x" in b"xyz", 104 in b, b"lo w" in b)
print(b"\x00\x01\xff", b"tab\t", b"'quote'", b'"dq"', b"both'\"", b"\\", b"\x7f\x80", rb"raw\n")
print(repr(b"\r\n"), str(b"abc"), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"))
print(list(b"abc"), [x for x in b"AZ"], sum(b"\x01\x02\x03"), max(b"hello"), sorted(b"dcba"))
print(b == b"hello world", b"a" < b"b", b"abc" < b"abd", b"" < b"\x00", b"Z" < b"a")
print(b.upper(), b.title(), b.split(), b.split(b"o"), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.startswith(b"he"), b.endswith((b"x", b"ld")), b.strip(b"hd"), b"  pad ".strip(), b"-".join([b"a", b"b"]))
print(b.hex(), bytes.fromhex("de ad be ef"), b"\xde\xad".hex(":"), b.isalpha(), b"123".isdigit())
ba = bytearray(b"mutable")
ba[0] = 77
ba.append(33)
ba.extend(b"??")
print(ba, len(ba), bytes(ba), ba[1:3], ba.pop(), ba)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    print(b[100])
except IndexError as e:
    print("IndexError", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    print(b"a" + "b")
except TypeError as e:
    print("TypeError", e)
print(b"%s=%d" % (b"k", 5), b"%05.1f|%x" % (2.25, 255))
