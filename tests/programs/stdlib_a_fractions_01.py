# fractions and numbers: construction, parsing, arithmetic, comparisons, hashing, rounding
from fractions import Fraction as F
import numbers, math
print(F(3, 4) + F(1, 6), F(5, 10), F("0.125"), F(1, 3) * 3, F(7, 2).limit_denominator(1), float(F(1, 8)))
print(F(0.1), F(0.1).limit_denominator(100), sum(F(1, n) for n in range(1, 11)), F(math.pi).limit_denominator(1000))
print(F(-6, -4), F(6, -4), F(" -3/7 "), F("1.5e-3"), F("-.5"), F("1_000/3"), F("7e2"), F(F(1, 2)), F(F(1, 2), F(3, 4)), F(2.5), F(-0.0))
for bad in ["1/0", "abc", "1.2.3", "", "1__0", "/2", "1/", ". 5"]:
    try: print(F(bad))
    except (ValueError, ZeroDivisionError) as e: print(type(e).__name__, e)
try: F(1, 0)
except ZeroDivisionError as e: print(e)
try: F([1])
except TypeError as e: print(e)
try: F(1.5, 2)
except TypeError as e: print(e)
a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, b ** -3, a ** F(1, 2), 2 ** a, 4 ** F(1, 2), F(4) ** F(1,2))
print(a + 1, 1 + a, a * 2.0, 2.0 * a, a + 1j, a == 0.75, a == F(6, 8), a < b, a > 0.5, a >= 1, a != 1, F(2) == 2, 2 == F(2))
print(-a, +a, abs(b), int(b), math.trunc(b), math.floor(b), math.ceil(b), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 100), 1), round(F(1234, 100), -1), bool(F(0)))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), hash(F(10**30, 7)))
print(repr(F(1, 3)), str(F(4, 2)), F(3, 4).numerator, F(3, 4).denominator, F(3, 4).as_integer_ratio(), F.from_float(0.25), F.from_decimal(3))
print(isinstance(F(1), numbers.Rational), isinstance(F(1), numbers.Number), isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(1.5, numbers.Integral), issubclass(bool, numbers.Number))
print(sorted([F(1, 3), F(1, 4), 0.3, 1]), max(F(2, 3), F(3, 5)), F(1, 3) < 0.5 < F(2, 3))
print({F(1, 2): "half"}[0.5], F(1, 10**20) * 10**20, F(22, 7).limit_denominator(5), F(-22, 7).limit_denominator(5))
try: F(1).limit_denominator(0)
except ValueError as e: print(e)
try: F(1) / 0
except ZeroDivisionError as e: print(e)
try: F(0) ** -1
except ZeroDivisionError as e: print(e)
print(float(F(10**400, 10**399)), F(1, 3).__round__(), format(F(1, 3)))
