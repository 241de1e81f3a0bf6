# Loop patterns: search with else, accumulate, early exit, counting, sentinel.
def find_first(items, pred):
    for i, x in enumerate(items):
        if pred(x):
            return i, x
    return None
print(find_first([1, 3, 8, 5, 10], lambda x: x % 2 == 0), find_first([1, 3], lambda x: x > 5))
for target in [7, 11, 100]:
    for i in range(2, target):
        if target % i == 0:
            print(target, "divisible by", i)
            break
    else:
        print(target, "is prime (or small)")
balance = 1000.0
years = 0
while balance < 2000:
    balance *= 1.07
    years += 1
print(years, round(balance, 2))
n, steps = 100, 0
while n:
    n = n - 1 if n % 2 else n // 2
    steps += 1
print("steps", steps)
evens = odds = 0
for x in range(37):
    if x % 2 == 0:
        evens += 1
        continue
    odds += 1
print(evens, odds)
i = 10
while i:
    i -= 1
    if i % 3:
        continue
    print("multiple of 3:", i)
else:
    print("loop finished")
