# Very large integers: factorials, powers, and their string forms.
f = 1
for i in range(1, 61):
    f *= i
    if i % 10 == 0:
        print(i, f)
print(2 ** 1000)
print(len(str(2 ** 1000)), sum(int(c) for c in str(2 ** 1000)))
print(3 ** 200)
print(-(7 ** 150))
print(10 ** 50 // 7, 10 ** 50 % 7)
print((2 ** 300 - 1) // (2 ** 150 + 1))
print(2 ** 521 - 1)
a = 10 ** 40 + 123
b = 10 ** 35 - 77
print(a * b, a // b, a % b, a - b * 100000)
print(f // 2 ** 200, f % 10 ** 30)
print(abs(-(2 ** 200)), -(2 ** 200) < -(2 ** 199))
fib = [0, 1]
while len(fib) < 300:
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[200], fib[299])
print(str(fib[299])[:20], len(str(fib[299])))
