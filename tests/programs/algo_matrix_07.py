# matrices as nested lists: multiply, transpose, determinant (Fraction), inverse, power (fib)
from fractions import Fraction
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    m = [[Fraction(x) for x in row] for row in m]
    n = len(m)
    d = Fraction(1)
    for i in range(n):
        piv = next((r for r in range(i, n) if m[r][i] != 0), None)
        if piv is None:
            return Fraction(0)
        if piv != i:
            m[i], m[piv] = m[piv], m[i]
            d = -d
        d *= m[i][i]
        for r in range(i + 1, n):
            f = m[r][i] / m[i][i]
            for c in range(i, n):
                m[r][c] -= f * m[i][c]
    return d
def inverse(m):
    n = len(m)
    aug = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for i in range(n):
        piv = next(r for r in range(i, n) if aug[r][i] != 0)
        aug[i], aug[piv] = aug[piv], aug[i]
        p = aug[i][i]
        aug[i] = [x / p for x in aug[i]]
        for r in range(n):
            if r != i:
                f = aug[r][i]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[i])]
    return [row[n:] for row in aug]
def matpow(m, k):
    n = len(m)
    r = [[int(i == j) for j in range(n)] for i in range(n)]
    while k:
        if k & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        k >>= 1
    return r
A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2], [3, 4], [5, 6]]
print(matmul(A, B), transpose(B), matmul(transpose(B), B))
print(det(A), det([[1, 2], [2, 4]]), det([[0, 1], [1, 0]]), det([[3]]), det([[1, 2, 3], [4, 5, 6], [7, 8, 10]]))
inv = inverse(A)
print([[str(x) for x in row] for row in inv])
print(matmul(A, inv) == [[1, 0, 0], [0, 1, 0], [0, 0, 1]])
print(matpow([[1, 1], [1, 0]], 90)[0][1], matpow([[1, 1], [1, 0]], 300)[0][1])
print(Fraction(3, 4) + Fraction(1, 6), Fraction(5, 10), Fraction("0.125"), Fraction(1, 3) * 3, Fraction(7, 2).limit_denominator(1), float(Fraction(1, 8)))
print(Fraction(0.1), Fraction(0.1).limit_denominator(100), sum(Fraction(1, n) for n in range(1, 11)))
I = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
print(matpow(I, 100) == I, det(I))
