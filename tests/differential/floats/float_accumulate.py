# Floating point accumulation, averages and simple numeric algorithms.
# Note: the mean uses sum() of floats, which is compensated since 3.12 (3.11 prints 4.340000000000001).
x = 0.0
for i in range(1, 21):
    x += 1 / i
    print(i, x)
def sqrt_newton(n, iters=20):
    guess = n / 2 if n > 1 else 1.0
    for _ in range(iters):
        guess = (guess + n / guess) / 2
    return guess
for n in [2, 3, 10, 144, 1e10, 0.25]:
    print(n, sqrt_newton(n), n ** 0.5, abs(sqrt_newton(n) - n ** 0.5) < 1e-9)
pi = 0.0
for k in range(1000):
    pi += (-1) ** k / (2 * k + 1)
print(4 * pi)
e = 0.0
term = 1.0
for k in range(1, 20):
    e += term
    term /= k
print(e)
temps_c = [-40, -10.5, 0, 21.3, 37, 100]
for c in temps_c:
    f = c * 9 / 5 + 32
    print(f"{c:7.1f}C = {f:7.2f}F = {c + 273.15:.2f}K", f)
data = [2.5, 3.7, 1.2, 9.9, 4.4]
mean = sum(data) / len(data)
var = sum((d - mean) ** 2 for d in data) / len(data)
print(mean, var, var ** 0.5, round(var, 3))
