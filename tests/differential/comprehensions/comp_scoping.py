# Comprehension scoping: loop variables do not leak; class-free closures over comp vars.
i = "before"
squares = [i * i for i in range(4)]
print(i, squares)
fs = [lambda: n for n in range(3)]
print([f() for f in fs])
fs2 = [(lambda n=n: n) for n in range(3)]
print([f() for f in fs2])
y = 10
print([y + k for k in range(3)], {y * k for k in range(2)}, {k: y for k in "ab"})
def in_function():
    base = 100
    return [base + k for k in range(3)], sum(base * k for k in range(3))
print(in_function())
matrix = [[r * c for c in range(3)] for r in range(3)]
print(matrix, [c for c in range(3)])
nested = [[(r, c) for c in range(r)] for r in range(4)]
print(nested)
acc = []
[acc.append(n) for n in range(3)]
print(acc)
x = [x for x in range(3)]
print(x)
