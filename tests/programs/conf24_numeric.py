# Numeric edge cases: floats, ints, decimal, fractions, statistics, math.
import math
import statistics as st
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
import cmath
import sys

for f in [0.1, 0.1 + 0.2, 1/3, 1e16, 1e-5, 123456789012345678.0, 5e-324, 1.7976931348623157e308, -0.0, 2.0**53, 1e22, 1e23]:
    print(repr(f), str(f), f.hex(), f.is_integer(), f.as_integer_ratio() if math.isfinite(f) else None)
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 1234.5678]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), math.floor(v), math.ceil(v), math.trunc(v))
print(round(12345, -2), round(-12355, -1), round(15, -1), round(25, -1), type(round(2.5)), type(round(2.5, 0)))
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (0, 5)]:
    print(a, b, a // b, a % b, divmod(a, b), math.fmod(a, b), math.remainder(a, b))
big = 2**200 + 12345
print(big, big.bit_length(), big % 97, -big // 7, len(str(3**1000)), hex(big)[:20])
print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("1_000", 0), int("  42  "), int("-0"), int("z", 36))
for s in ["08", "0x", "1__0", "", "12a"]:
    try:
        print(int(s, 0))
    except ValueError as e:
        print("ValueError:", e)
print(float("  1e3 "), float("-inf"), float("nan"), float("1_0.5"), float("infinity"), float(".5"))
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, max(nan, 1), max(1, nan), nan in [nan], [nan] == [nan], math.isnan(nan))
print(sorted([3, nan, 1]), float("inf") - float("inf"), 0.0 == -0.0, math.copysign(1, -0.0), 1 / float("inf"))
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** -1, (-8) ** (1/3), pow(2, 10, 1000), pow(3, -1, 7), 10 ** 20, 0 ** 0, (-2) ** 3)
print(math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.isqrt(10**20 + 1), math.comb(30, 12), math.perm(10, 3), math.factorial(25))
print(math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.expm1(1e-10))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.pi, math.e, math.tau, math.inf)
print(math.degrees(math.pi), math.radians(180), math.atan2(1, -1), math.sin(0), math.cos(math.pi))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.25), math.nextafter(1.0, 2.0), math.ulp(1.0))
print(cmath.sqrt(-4), complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), complex("1+2j"), repr(1j ** 2))
print(divmod(10**30, 7), (10**30) // 7.0, 7 / 2, -7 / 2, 2**63 / 3, int(1e20), int(-2.9), int(2.9))
print(True + True, True * 3.5, -True, ~5, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -1 >> 3, (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((1234).bit_count(), (-5).bit_length(), (10).__index__(), abs(-2**70), hash(2**61 - 1), hash(-1), hash(1.5), hash(0.0) == hash(-0.0))

fr = Fraction(3, 4)
print(fr, repr(fr), fr + Fraction(1, 6), fr * 2, fr / 3, fr ** 2, -fr, abs(-fr), fr.numerator, fr.denominator)
print(Fraction("0.125"), Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction("3/9"), Fraction(1.5) == 1.5)
print(float(Fraction(1, 3)), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), Fraction(7, 3) // 1, Fraction(7, 3) % 1)
print(Fraction(1, 3) < 0.34, sorted([Fraction(1, 2), 0.3, 1, Fraction(1, 5)]), f"{float(Fraction(2, 3)):.4f}")
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") * 3, Decimal("10") / Decimal("4"), Decimal("1") / Decimal("3"))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("-7.5").quantize(Decimal("1"), rounding=ROUND_DOWN))
print(Decimal("1.2300").normalize(), Decimal("100").normalize(), Decimal("-0"), Decimal("1e-7"), Decimal("123.456e5"), repr(Decimal("NaN")))
print(Decimal(10) ** -3, Decimal(2).sqrt(), Decimal("7") // Decimal("-2"), Decimal("7") % Decimal("-2"), divmod(Decimal(7), Decimal(2)))
print(Decimal("1.5").as_tuple(), Decimal("3.14").to_integral_value(), round(Decimal("2.5")), round(Decimal("3.14159"), 3), int(Decimal("-3.9")))
print(Decimal("1.1") == 1.1, Decimal("1.5") == 1.5, Decimal(3) == 3, Decimal("2") < 3, max(Decimal("1.0"), Decimal("1")), sum([Decimal("0.1")] * 10))
print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.000123'):e}", f"{Decimal('42'):08.3f}", "%.2f" % Decimal("2.345"))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, +Decimal("1.234567"))
print(getcontext().prec, Decimal(1) / Decimal(7))
for bad in ["abc", "1..2"]:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print("InvalidOperation", type(e).__mro__[1].__name__)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", isinstance(e, ZeroDivisionError))

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.stdev(data), st.variance(data))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.multimode("aabbc"), st.fmean([1, 2, 3.5]))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]), st.harmonic_mean([1, 2, 4]), st.geometric_mean([1, 2, 4]))
print(st.quantiles(range(1, 101), n=4), st.median_grouped([1, 2, 2, 3, 4]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.maxsize, sys.int_info.bits_per_digit)
