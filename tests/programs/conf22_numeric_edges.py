import math, cmath
from fractions import Fraction
from decimal import Decimal
vals = [0.1, 1/3, 2/3, 1e16, 1e-5, 1.5e300*1e10, -0.0, 123456789.123456789, 5e-324, 1.7976931348623157e308, 100.0, 1e22, 1e21, 0.000123, 12345678901234567.0]
for v in vals:
    print(repr(v), str(v), f"{v:e}", f"{v:g}", f"{v:.3}", f"{v:%}" if abs(v) < 1e10 else "-", format(v, ".17g"))
for x in [2.5, 3.5, -2.5, 0.125, 2.675, 1234.5678, -0.5, 1e20]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1), type(round(x)).__name__)
print(round(12345, -2), round(-15, -1), round(25, -1), round(7, 0), round(Fraction(5, 2)), round(Fraction(7, 3), 2), round(Decimal("2.675"), 2))
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (7, 0.5), (-0.0, 1), (1e300, 1e-300)]:
    print(a, b, divmod(a, b), a // b, a % b)
try: divmod(1, 0)
except ZeroDivisionError as e: print(e)
try: 1.0 // 0
except ZeroDivisionError as e: print(e)
try: 1 % 0.0
except ZeroDivisionError as e: print(e)
big = 2 ** 200
print(big, -big // 7, big % 1000007, int("9" * 50) * int("8" * 40), big.bit_length(), (-big).to_bytes(30, "big", signed=True)[:4])
print(int("0x1f", 16), int("0b101", 0), int("  42\n"), int("1_000"), int(-3.9), int(Fraction(-7, 2)), int("z", 36))
for s in ["1.5", "abc", "", "1__0", "0x", "٣"]:
    try: print(repr(s), int(s))
    except ValueError as e: print("ValueError:", e)
print(float("inf"), float("-nan"), float(" 1e3 "), float("1_0.5"), 1e400, -1e400, math.inf - math.inf)
try: float("1e3x")
except ValueError as e: print("ValueError:", e)
print(Fraction(3, 4) + Fraction(1, 6), Fraction("1.25"), Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction(1, 3) ** 2, Fraction(-6, 4))
print(repr(Fraction(2, 3)), Fraction(1, 3) < 0.34, float(Fraction(1, 3)), Fraction(7, 2).__floor__(), math.floor(Fraction(-7, 2)), Fraction(5) == 5, hash(Fraction(1, 2)) == hash(0.5))
try: Fraction(1, 0)
except ZeroDivisionError as e: print("ZeroDivisionError:", e)
for c in [1+2j, -1j, complex(0, 0), complex(-0.0, -0.0), 1e20+1j, complex(1.5, float("nan")), (1+2j) * (3-4j), (1+2j) / (3-4j), (1j) ** 2, complex("3-4j")]:
    print(c, repr(c), abs(c))
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), cmath.exp(1j * math.pi), f"{1+2j:.2f}", format(3-4j, "^20"))
print(math.sqrt(2), math.factorial(30), math.gcd(12, 18, 27), math.lcm(4, 6), math.comb(50, 25), math.perm(10, 3), math.isqrt(10**20 + 1))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1), math.pow(2, 0.5), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 3), math.modf(-3.75), math.frexp(12.0), math.ldexp(0.75, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(-math.inf), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)), math.atan2(1, -1), math.degrees(math.pi), math.radians(180))
for fn, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.factorial, -1), (math.factorial, 2.5), (math.exp, 1000), (math.pow, (0, -1)), (math.isqrt, -4), (math.gcd, 1.5)]:
    try:
        r = fn(*arg) if isinstance(arg, tuple) else fn(arg)
        print(fn.__name__, r)
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(fn.__name__, type(e).__name__, e)
print(2 ** -2, (-8) ** (1/3), pow(2, 10, 1000), pow(3, -1, 7), 0 ** 0, 0.0 ** 0, 10 ** -300 * 10 ** -300, (-2) ** 0.5)
try: pow(2, -1, 4)
except ValueError as e: print("ValueError:", e)
try: 0.0 ** -1
except ZeroDivisionError as e: print("ZeroDivisionError:", e)
try: 10.0 ** 400
except OverflowError as e: print("OverflowError:", e)
try: int(float("inf"))
except OverflowError as e: print("OverflowError:", e)
try: int(float("nan"))
except ValueError as e: print("ValueError:", e)
print(float.hex(1.5), float.fromhex("0x1.8p1"), (0.5).as_integer_ratio(), (2.0).is_integer(), (10).bit_count(), int.from_bytes(b"\x01\x00", "little"))
print(f"{1234.5:010.2f}|{-1234.5:<+12,.1f}|{0.00001234:.2e}|{1e100:.0e}|{12:>+5d}|{-12:=8}|{3.0:g}|{3.10:}|{1e-7}|{123e10}")
print(f"{float('nan'):>6}|{float('inf'):+}|{-math.inf:e}|{12345.6789:.4g}|{0.0001:.1g}|{99999:.2g}|{1e5:#g}|{1.0:#.0f}")
print(1/3 + 1/3 + 1/3 == 1, 0.1 * 3, 1.1 + 2.2, 3 * 1.1, 0.3 - 0.1, 100 * 1.1, 1e15 + 0.3, 2.0 ** 53 + 1)
print(sum([1e100, 1.0, -1e100]), max(1, 1.0), min(-0.0, 0.0), sorted([3, 1.5, True, -2]), abs(-0.0), -(-0.0))
print(True + True, True * 3.5, 7 // True, hash(-1), hash(1.0) == hash(1), 5 .__truediv__(2), (5).__rtruediv__(2), int.__floordiv__(-7, 2))
print(bin(-10), oct(-8), hex(-255), format(-255, "#010x"), format(10**20, "_x"), format(1234567, "n"), format(2**64, ",d"))
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") * 3, Decimal("10") / Decimal("4"), Decimal("-7") // 2, Decimal("-7") % 2, Decimal("1e3").normalize(), Decimal("3.14159").quantize(Decimal("0.01")))
