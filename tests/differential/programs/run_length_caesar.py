# Run-length encoding and a Caesar/Vigenere cipher over strings.
def rle_encode(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)
def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["aaabccddddd", "abc", "", "zzzzzzzzzzzz", "aabbaa", "ééé日日"]:
    e = rle_encode(s)
    print(repr(s), repr(e), rle_decode(e) == s)
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
msg = "The Quick Brown Fox Jumps Over The Lazy Dog!"
for shift in [1, 3, 13, 25, -3, 52]:
    enc = caesar(msg, shift)
    print(shift, enc, caesar(enc, -shift) == msg)
def vigenere(text, key, sign=1):
    out, k = [], 0
    for ch in text.upper():
        if ch.isalpha():
            out.append(chr((ord(ch) - 65 + sign * (ord(key[k % len(key)]) - 65)) % 26 + 65))
            k += 1
        else:
            out.append(ch)
    return "".join(out)
v = vigenere("attack at dawn", "LEMON")
print(v, vigenere(v, "LEMON", -1))
