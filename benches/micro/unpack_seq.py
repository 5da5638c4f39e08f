# Tuple/list packing and unpacking, swaps, star-unpacking.
def f(n):
    a, b, c, d = 1, 2, 3, 4
    s = 0
    t = (1, 2, 3, 4, 5, 6)
    l = [7, 8, 9]
    for i in range(n):
        a, b, c, d = b, c, d, a
        x1, x2, x3, x4, x5, x6 = t
        y1, y2, y3 = l
        h, *rest = t
        s += a + x6 + y3 + h + len(rest)
    return s
print(f(1000000))
