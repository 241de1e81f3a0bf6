# Conditional expressions and the walrus operator.
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "neg" if n < 0 else "zero", abs(n) if n else "none")
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print("long list", n)
print([y for x in data if (y := x * 2) > 20])
print([(x, q) for x in range(10) if (q := x * x) % 3 == 1])
values = iter([3, 1, 4, 1, 5, 9, 0, 2])
total = 0
while (v := next(values)) != 0:
    total += v
print("total before zero", total, "last", v)
words = ["apple", "fig", "banana", "kiwi", "cherry"]
longest = ""
for w in words:
    if (lw := len(w)) > len(longest):
        longest = w
        print("new longest", w, lw)
stats = [m := max(data), m - min(data), m * 2]
print(stats, m)
s = "a=1;b=2;c=3"
pairs = {k: int(v) for part in s.split(";") if (kv := part.split("=")) for k, v in [kv]}
print(pairs)
x = 7
print("odd" if x % 2 else "even", ("big" if x > 5 else "small").upper(), [1, 2][0 if x > 5 else 1])
print((lambda a: "yes" if a else "no")(0), max(1, 2) if x else min(1, 2))
