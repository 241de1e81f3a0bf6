# Matrix multiplication, transpose, identity, determinant and power using nested lists.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    assert len(a[0]) == m
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
def transpose(a):
    return [list(row) for row in zip(*a)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def det(a):
    if len(a) == 1:
        return a[0][0]
    total = 0
    for c in range(len(a)):
        minor = [row[:c] + row[c + 1:] for row in a[1:]]
        total += (-1) ** c * a[0][c] * det(minor)
    return total
def matpow(a, e):
    result = identity(len(a))
    while e:
        if e & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e >>= 1
    return result
def show(name, m):
    print(name)
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(str(x).rjust(width) for x in row) + "]")
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show("A", A)
show("B", B)
show("A x B", matmul(A, B))
show("B x A", matmul(B, A))
show("A^T", transpose(A))
M = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
print("det(M) =", det(M), "det(I4) =", det(identity(4)))
show("M^5", matpow(M, 5))
fibm = matpow([[1, 1], [1, 0]], 90)
print("fib(90) via matrix:", fibm[0][1])
F = [[0.5, 0.25], [0.125, 1.0]]
show("F x F", matmul(F, F))
print(matmul(identity(3), M) == M, transpose(transpose(A)) == A)
