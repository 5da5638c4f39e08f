# Big integer algorithms: gcd, isqrt by Newton, primality, base conversion
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

def is_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(out))

print(gcd(2 ** 100, 6 ** 50), gcd(10 ** 30 + 1, 10 ** 15 + 1), gcd(-48, 18))
for n in [10 ** 20, 2 ** 127, 10 ** 41 + 12345, 99]:
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
print([p for p in range(100) if is_prime(p)])
print(is_prime(2 ** 61 - 1), is_prime(2 ** 67 - 1), is_prime(2 ** 89 - 1), is_prime(10 ** 18 + 9))
print(is_prime(170141183460469231731687303715884105727))
for b in (2, 3, 7, 16, 36):
    s = to_base(2 ** 80 + 12345, b)
    print(b, s, int(s, b) == 2 ** 80 + 12345)
print(to_base(-(10 ** 12), 36))
m = 2 ** 89 - 1
inv = pow(12345, -1, m)
print(inv, inv * 12345 % m)
x = 1
for i in range(1, 30):
    x = x * (2 ** i + 1)
print(x, x % 1000003, x.bit_length())
print(str(3 ** 500)[100:140])
