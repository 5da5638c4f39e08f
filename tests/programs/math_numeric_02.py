# numeric algorithms using math: primes, perfect numbers, continued fractions, sqrt digits
import math
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(100) if is_prime(n)])
print(sum(1 for n in range(10000) if is_prime(n)))
def divisors(n):
    ds = set()
    for d in range(1, math.isqrt(n) + 1):
        if n % d == 0:
            ds.add(d)
            ds.add(n // d)
    return sorted(ds)
print(divisors(360), len(divisors(720720)))
print([n for n in range(2, 10000) if sum(divisors(n)) - n == n])
def cont_frac(x, n):
    out = []
    for _ in range(n):
        a = math.floor(x)
        out.append(a)
        frac = x - a
        if frac < 1e-12:
            break
        x = 1 / frac
    return out
print(cont_frac(math.pi, 6), cont_frac(math.sqrt(2), 8), cont_frac(math.e, 10), cont_frac(2.5, 5))
def sqrt_digits(n, digits):
    return str(math.isqrt(n * 10 ** (2 * digits)))
print(sqrt_digits(2, 50))
print(sqrt_digits(3, 30))
print(math.gcd(*[12 * k for k in range(1, 10)]), math.lcm(*range(1, 21)))
print(math.comb(30, 15), math.perm(10, 3), math.factorial(20) // math.factorial(17))
def binom_row(n):
    return [math.comb(n, k) for k in range(n + 1)]
for n in range(8):
    print(" ".join(str(v) for v in binom_row(n)).center(30))
angles = [0, 30, 45, 60, 90, 180, 270]
for a in angles:
    r = math.radians(a)
    print(f"{a:4d} {math.sin(r):+.4f} {math.cos(r):+.4f}")
print(math.hypot(*range(10)), math.sqrt(sum(i * i for i in range(10))))
print(round(math.log(1e6, 10), 10), math.log10(1e6), math.log2(2 ** 50), math.log(2 ** 200, 2))
