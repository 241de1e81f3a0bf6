# Classic loop exercises: fizzbuzz, collatz, digits, gcd.
out = []
for i in range(1, 36):
    if i % 15 == 0:
        out.append("FizzBuzz")
    elif i % 3 == 0:
        out.append("Fizz")
    elif i % 5 == 0:
        out.append("Buzz")
    else:
        out.append(str(i))
print(" ".join(out))
best, best_len = 0, 0
for start in range(1, 1000):
    n, steps = start, 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    if steps > best_len:
        best, best_len = start, steps
print("longest collatz under 1000:", best, best_len)
n = 27
seq = [n]
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    seq.append(n)
print(len(seq), max(seq), seq[:15])
num = 9876543210123
digits = []
while num:
    num, d = divmod(num, 10)
    digits.append(d)
print(digits[::-1], sum(digits))
a, b = 1071, 462
while b:
    print(a, b)
    a, b = b, a % b
print("gcd", a)
