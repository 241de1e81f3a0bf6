# Augmented assignment on subscripts/attributes with side-effecting expressions.
log = []
def idx(i):
    log.append(("idx", i))
    return i
def obj(o, name):
    log.append(("obj", name))
    return o
def val(v):
    log.append(("val", v))
    return v

lst = [1, 2, 3]
obj(lst, "lst")[idx(1)] += val(10)
print(lst, log); log.clear()
d = {"a": [0, 0]}
obj(d, "d")[idx("a")][idx(0)] -= val(5)
print(d, log); log.clear()
m = [[1, 2], [3, 4]]
m[idx(1)][idx(1)] *= val(3)
print(m, log); log.clear()
s = ["x"]
s[idx(-1)] += val("y") * 2
print(s, log); log.clear()
cnt = {}
for w in "abracadabra":
    cnt[w] = cnt.get(w, 0) + 1
    cnt[w] += 0
print(cnt)
try:
    obj({}, "empty")[idx("missing")] += val(1)
except KeyError as e:
    print("KeyError", e, log); log.clear()
t = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        t[i][j] += i * 3 + j
        t[j][i] ^= 1
print(t)
x = [5]
x[0] //= 2; x[0] **= 3; x[0] %= 7; x[0] <<= 4; x[0] |= 3; x[0] -= 100
print(x)
lst2 = [1, 2]
lst2 += [3]
alias = lst2
lst2 += (4,)
print(alias is lst2, alias)
tp = (1,)
tp2 = tp
tp += (2,)
print(tp, tp2)
sl = [0, 1, 2, 3]
sl[idx(1):idx(3)] += [9]
print(sl, log)
