# More bytes operations: iteration, searching, splitting, conversion.
data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\n\r\n"
lines = data.split(b"\r\n")
print(lines, len(lines))
method, path, version = lines[0].split(b" ")
print(method, path, version, method.decode(), path.decode().upper())
headers = {}
for line in lines[1:]:
    if line:
        k, _, v = line.partition(b": ")
        headers[k.decode().lower()] = v.decode()
print(headers)
print(data.count(b"\r\n"), data.find(b"Host"), data.rfind(b"\r\n"), data.index(b"HTTP"), data.startswith(b"GET"))
print(bytes(range(65, 75)), bytes(range(250, 256)), b"abc".upper(), b"ABC".lower(), b" x ".strip())
checksum = 0
for byte in data:
    checksum = (checksum * 31 + byte) % 65521
print("checksum", checksum)
print(b",".join([b"a", b"b"]), b"abc"[::-1], b"abc" * 2, b"x" < b"y", b"\x00" * 3, bytes(2) == b"\x00\x00")
print(list(b"\x00\x7f\x80\xff"), b"hello".replace(b"l", b"L", 1), b"a b  c".split(), b"aXbXc".split(b"X", 1))
print("naïve".encode(), "naïve".encode()[2:4].decode(), len("😀".encode()), "😀".encode()[::-1].hex())
