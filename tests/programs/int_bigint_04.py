# huge multiplication/division consistency checks and modular arithmetic on big ints
a = 3 ** 2000 + 12345
b = 7 ** 1000 - 999
p = a * b
print(len(str(a)), len(str(b)), len(str(p)))
print(p // b == a, p % b, (p + 5) % b, (p - 1) // a == b - 1)
print(str(p)[:40], str(p)[-40:])
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b, len(str(q)))
q2, r2 = divmod(-a, b)
print(q2 * b + r2 == -a, 0 <= r2 < b)
q3, r3 = divmod(a, -b)
print(q3 * -b + r3 == a, -b < r3 <= 0)
m = 2 ** 127 - 1
x = pow(3, 10 ** 6, m)
print(x, pow(x, m - 2, m) * x % m)
print(pow(2, 2 ** 20, 10 ** 9 + 7), pow(7, -3, 10 ** 9 + 7))
f = 1
for i in range(1, 301):
    f *= i
print(len(str(f)), f % (10 ** 9 + 7), str(f).rstrip("0")[-10:], len(str(f)) - len(str(f).rstrip("0")))
s = sum(int(d) for d in str(2 ** 5000))
print(s)
n = int("9" * 500)
print((n + 1) == 10 ** 500, n * n // n == n, (n * n) % 10 ** 5, str(n * n)[:20])
print((10 ** 100 + 1) * (10 ** 100 - 1) == 10 ** 200 - 1)
print(2 ** 3000 >> 2990, (2 ** 3000 - 1) & 0xFFFF, (1 << 3000) | 1 == 2 ** 3000 + 1, bin(2 ** 200)[:10])
c = 1
for k in range(60):
    c = c * 6364136223846793005 + 1442695040888963407
print(c % 2 ** 64, c.bit_length())
print(-(10 ** 50) // 7, -(10 ** 50) % 7, (10 ** 50) // -7, (10 ** 50) % -7)
print(abs(-(2 ** 200)) == 2 ** 200, -(-(2 ** 200)) == 2 ** 200, +(2 ** 200) == 2 ** 200)
print(int(str(3 ** 1000)[::-1]) % 1000003)
