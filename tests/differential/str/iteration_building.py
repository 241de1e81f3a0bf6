# Iterating over strings, building strings, character arithmetic.
s = "Hello, Wörld! 123"
print([c for c in s], len(s))
print("".join(reversed(s)), "".join(sorted(s)), "".join(c for c in s if c.isalnum()))
counts = {}
for ch in s.lower():
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
vowels = sum(1 for c in s.lower() if c in "aeiouö")
print("vowels", vowels)
acc = ""
for i, ch in enumerate(s):
    acc += ch.upper() if i % 2 else ch.lower()
print(acc)
print(" ".join(w[::-1] for w in s.split()), s.split(",")[0][::-1])
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) - ord("a") for c in "python"])
def is_pal(t):
    t = "".join(c.lower() for c in t if c.isalnum())
    return t == t[::-1]
for t in ["A man, a plan, a canal: Panama", "racecar", "hello", "", "Was it a car or a cat I saw?"]:
    print(repr(t), is_pal(t))
words = ["alpha", "beta", "gamma"]
print("-".join(words).upper().replace("-", " / "), ", ".join(w.capitalize() for w in words))
print(str(123)[::-1], int(str(2 ** 20)[::-1]), "%s" % list("ab"), "abc"[1:] + "abc"[:1])
