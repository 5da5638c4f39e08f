# divmod tables and digit manipulation
for a in range(-6, 7, 3):
    row = []
    for b in (-4, -3, 3, 4):
        row.append(divmod(a, b))
    print(a, row)
def digits(n):
    ds = []
    n = abs(n)
    while True:
        n, d = divmod(n, 10)
        ds.append(d)
        if n == 0:
            break
    return ds[::-1]
print(digits(0), digits(9), digits(-120034), digits(2 ** 70))
def from_digits(ds):
    n = 0
    for d in ds:
        n = n * 10 + d
    return n
print(from_digits([1, 2, 3, 0, 4]), from_digits(digits(3 ** 40)) == 3 ** 40)
def secs(t):
    m, s = divmod(t, 60)
    h, m = divmod(m, 60)
    d, h = divmod(h, 24)
    return f"{d}d {h:02d}:{m:02d}:{s:02d}"
for t in (0, 59, 61, 3600, 86399, 86400, 1000000, 123456789):
    print(t, secs(t))
print(divmod(10 ** 25, 10 ** 12 + 39))
print(divmod(-(10 ** 25), 10 ** 12 + 39))
print(divmod(7, 7), divmod(-7, 7), divmod(0, -3))
print(divmod(2 ** 64, 2 ** 32), divmod(2 ** 64 + 5, -(2 ** 32)))
total = 0
for i in range(1, 1000):
    q, r = divmod(i * 7919, 97)
    total += q ^ r
print(total)
