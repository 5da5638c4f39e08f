from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_FLOOR, InvalidOperation
import math


def floats():
    for v in [0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, -0.0, 5e-324, 1.7976931348623157e308, 2.0 ** 70, 100.0, 1.5e300 * 1e10]:
        print(repr(v), str(v), f"{v}", round(v, 2) if math.isfinite(v) else v)
    for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375]:
        print(v, round(v), round(v, 1), round(v, 2))
    print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 0), type(round(7.0)))
    print(int(3.99), int(-3.99), int("  -17  "), int("0x1f", 16), int("0b101", 0), int("1_000"), int("z", 36))
    for bad in ["1.5", "", "0x", "1__0", "٣"]:
        try:
            print(int(bad))
        except ValueError as e:
            print("ValueError:", e)
    print(float("  1e3 "), float("-inf"), float("nan") != float("nan"), float("1_0.5"), float(".5"), float("5."))
    try:
        float("abc")
    except ValueError as e:
        print("ValueError:", e)
    print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(-7, -3), divmod(7.5, 2), divmod(-7.5, 2))
    print(-7 // 2, -7 % 2, 7 % -2, -7.0 // 2, -7.0 % 2, 5 % 0.3, math.fmod(-7, 2))
    print(2 ** -1, 2 ** 0.5, (-8) ** (1 / 3) if False else "skip", pow(3, 4, 5), pow(3, -1, 7), 10 ** 20, 0 ** 0)
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        1.0 % 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        2.0 ** 10000
    except OverflowError as e:
        print("OverflowError:", e)
    print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18, 27), math.lcm(4, 6))
    print(math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.isqrt(10 ** 10 + 1), math.prod([1, 2, 3, 4]))
    print(math.hypot(3, 4), math.copysign(1, -0.0), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0))
    print((0.1).as_integer_ratio(), (2.5).is_integer(), float.fromhex("0x1.8p1"), (3.5).hex(), (255).to_bytes(2, "big"))
    print(int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True), (1023).bit_length(), (255).bit_count())


def bigints():
    n = 2 ** 200 + 12345
    print(n, n // 7 ** 30, n % 1000003, -n // 3, str(n)[:20], len(str(3 ** 1000)))
    print(hex(n), oct(-n)[:20], bin(2 ** 65 - 1).count("1"), n.bit_length())
    print(abs(-n) == n, -n < n, n * 0, n - n, (n << 3) >> 3 == n, ~n & 0xFFFF, -n >> 100)
    print(sum(range(10 ** 6)), 12345678901234567890 * 98765432109876543210)
    print(f"{n:,}"[:30], f"{10**30:e}", f"{2**64:_x}", float(2 ** 100), int(1e20), int(-1e300) % 1000)


def fractions_():
    a, b = Fraction(3, 4), Fraction("-5/6")
    print(a + b, a - b, a * b, a / b, a ** 2, -b, abs(b), a // b, a % b)
    print(Fraction(0.5), Fraction("1.25"), Fraction(Decimal("0.1")), Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5)
    print(Fraction(355, 113).limit_denominator(10), float(Fraction(1, 8)), round(Fraction(7, 2)), round(Fraction(5, 2)))
    print(repr(Fraction(6, -4)), Fraction(6, -4).numerator, Fraction(2, 4).denominator, str(Fraction(4, 2)))
    print(sorted([Fraction(1, 3), 0.3, Fraction(1, 4), 1]), sum(Fraction(1, n) for n in range(1, 6)))
    try:
        Fraction(1, 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


def decimals():
    getcontext().prec = 28
    d = Decimal("1.10") + Decimal("2.20")
    print(d, repr(d), Decimal("1") / Decimal("3"), Decimal(0.1), Decimal("1.30") * 2)
    print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    print(Decimal("-7.5").quantize(Decimal("1"), rounding=ROUND_FLOOR), Decimal("10") ** 3, Decimal("2").sqrt())
    print(Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("0.000"), Decimal("-0"), Decimal("123.4500").normalize())
    print(Decimal("7") // Decimal("-2"), Decimal("7") % Decimal("-2"), divmod(Decimal("-7"), Decimal("2")))
    print(sorted([Decimal("1.5"), Decimal("-2"), Decimal("0.25")]), max(Decimal("1.0"), Decimal("1")))
    print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.5'):.0%}", format(Decimal("1e-10"), "f"), Decimal("3.14").as_tuple())
    try:
        Decimal("abc")
    except InvalidOperation as e:
        print("InvalidOperation", type(e).__name__)
    print(Decimal(5).is_nan(), Decimal("NaN").is_nan(), Decimal("Infinity") > 10 ** 100, int(Decimal("-3.9")), float(Decimal("2.5")))


floats()
bigints()
fractions_()
decimals()
