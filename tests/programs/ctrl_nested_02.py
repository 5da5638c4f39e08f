# nested loops with flags, labeled-break emulation via functions/exceptions
grid = [
    [5, 3, 0, 0, 7, 0, 0, 0, 0],
    [6, 0, 0, 1, 9, 5, 0, 0, 0],
    [0, 9, 8, 0, 0, 0, 0, 6, 0],
    [8, 0, 0, 0, 6, 0, 0, 0, 3],
    [4, 0, 0, 8, 0, 3, 0, 0, 1],
    [7, 0, 0, 0, 2, 0, 0, 0, 6],
    [0, 6, 0, 0, 0, 0, 2, 8, 0],
    [0, 0, 0, 4, 1, 9, 0, 0, 5],
    [0, 0, 0, 0, 8, 0, 0, 7, 9],
]
def possible(g, r, c, v):
    for i in range(9):
        if g[r][i] == v or g[i][c] == v:
            return False
    br, bc = 3 * (r // 3), 3 * (c // 3)
    for i in range(br, br + 3):
        for j in range(bc, bc + 3):
            if g[i][j] == v:
                return False
    return True
calls = 0
def solve(g):
    global calls
    calls += 1
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                for v in range(1, 10):
                    if possible(g, r, c, v):
                        g[r][c] = v
                        if solve(g):
                            return True
                        g[r][c] = 0
                return False
    return True
print(solve(grid))
for row in grid:
    print(" ".join(map(str, row)))
print("calls > 0:", calls > 0)
class Found(Exception):
    pass
try:
    for i in range(10):
        for j in range(10):
            for k in range(10):
                if i * 100 + j * 10 + k == 357:
                    raise Found((i, j, k))
except Found as f:
    print("found", f.args[0])
found = None
for i in range(1, 20):
    for j in range(i, 20):
        k2 = i * i + j * j
        k = int(k2 ** 0.5)
        if k * k == k2 and k < 20:
            found = (i, j, k)
            break
    if found:
        break
print("first triple", found)
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
