# Transcendental results must be correctly rounded like CPython's libm calls:
# pow with fractional exponents, and float formatting of the results.
vals = [0.5, 1.5, 2.0, 2.5, 3.3, 7.0, 10.0, 123.456, 1e-3, 1e10]
exps = [0.5, 1.5, 2.5, -0.5, -1.5, 0.1, 1 / 3, 2.2, 7.7]
for v in vals:
    print(v, [v ** e for e in exps])
print(7.0 ** 1.5, 2.0 ** 0.5, 10.0 ** -2.5, 3.0 ** 1.1)
print(sum(k ** 0.75 for k in range(1, 200)))
print([round(x ** 2.5, 6) for x in (1.1, 2.2, 3.3)])
print((-8) ** (1 / 3))
print(abs((1 + 2j) ** (3 - 4j)), (1 + 2j) ** 2, (2 + 0j) ** 0.5)
