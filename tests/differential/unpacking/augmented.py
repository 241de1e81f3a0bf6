# Augmented assignment on names, subscripts, nested subscripts; aliasing with += on lists.
d = {"a": 1, "b": [1]}
d["a"] += 10
d["b"] += [2]
d["b"][0] -= 100
d.setdefault("c", 0)
d["c"] -= 1
print(d)
lst = [1, 2, 3]
alias = lst
lst += [4]
print(lst, alias, lst is alias)
lst = lst + [5]
print(lst, alias, lst is alias)
t = (1, 2)
t_alias = t
t += (3,)
print(t, t_alias)
s = "ab"
s *= 3
s += "!"
print(s)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 5
grid[0][0] -= 1
grid[1][0] = grid[1][2] * 2
print(grid)
counts = {}
for ch in "banana":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
n = 10
n //= 3
n **= 3
n %= 7
n <<= 2
n |= 1
n ^= 0xFF
n &= 0x0F
n >>= 1
print(n)
f = 1.5
f *= 2
f /= 4
f -= 0.25
print(f)
x = [0]
i = 0
x[i] += 1
print(x)
try:
    t2 = ([1],)
    t2[0] += [2]
except TypeError as e:
    print("TypeError", e, t2)
