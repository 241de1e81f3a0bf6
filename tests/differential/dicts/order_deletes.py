# Iteration order after deletions and re-insertions (insertion order semantics).
d = {}
for i in range(10):
    d[i] = i * i
for k in [3, 0, 7]:
    del d[k]
print(list(d.items()))
d[3] = "back"
d[0] = "zero"
d[5] = "updated"
print(list(d.items()))
for k in list(d):
    if k % 2 == 0:
        del d[k]
print(d)
for i in range(100):
    d["k%d" % i] = i
for i in range(0, 100, 3):
    del d["k%d" % i]
print(len(d), list(d)[:12], list(d)[-5:])
for i in range(0, 100, 6):
    d["k%d" % i] = -i
print(list(d)[-10:], d.get("k0"), d.get("k3"))
s = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    s[word] = s.get(word, 0) + 1
print(s)
s.pop("the")
s["the"] = 0
print(list(s))
try:
    for k in s:
        s["new"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], sum(big))
