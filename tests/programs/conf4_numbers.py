import math, fractions, decimal
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3, 7.5 // 2, -7.5 // 2, -7.5 % 2, 7.5 % -2)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(0, 5), divmod(5.0, 0.3))
print(1 / 3, 2 / 2, 10 / 4, -1 / 3, 2 ** 10, 2 ** -1, (-2) ** 3, (-8) ** (1 / 3), 0 ** 0, 0.0 ** 0, pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5))
print(round(0.125, 2), round(0.375, 2), round(1e20), round(-2.5), round(3.14159, 3), round(10, -1), round(15, -1), round(25, -1), round(1.23456e10, -5), type(round(2.5)), type(round(2.5, 0)))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7), int(-2.7), int(2.9), math.floor(3), math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.sqrt(16), math.isqrt(17), math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.isnan(math.nan), math.isinf(-math.inf), math.copysign(1, -0.0), math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 10), math.atan2(1, 1), math.fabs(-3), math.fmod(-7, 3), math.remainder(7, 3), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
print(2 ** 100, -2 ** 100, 2 ** 64 - 1, 10 ** 30 // 7, 10 ** 30 % 7, (10 ** 30) / 7, -(10 ** 20) // 3, 12345678901234567890 * 98765432109876543210, (1 << 70) >> 3, -1 >> 5, ~(1 << 65), (1 << 100) & (1 << 100 | 5), 255 ^ 15)
print(int.bit_length(255), (-255).bit_length(), (2 ** 70).bit_count() if hasattr(int, "bit_count") else "", (1024).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
print(float.is_integer(3.0), (2.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"), (3).real, (3).imag, (3).numerator, (3).denominator, (1.5).conjugate(), int("1" * 50) % 97)
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2, float("1e500"), 2.0 ** 0.5, 9 ** 0.5, 10 ** -2, 1.0 * 10 ** 20, 1e22, 1e21, 123e-20, 0.1 * 3, 1.1 * 1.1)
c = complex(3, 4)
print(c, abs(c), c.real, c.imag, c.conjugate(), c * 1j, c / 2, c ** 2, complex("1+2j"), complex(1), 1j ** 2, (1 + 2j) == complex(1, 2), -1j, 0j, complex(-0.0, -0.0), 2j * 3, 1 / (1 + 1j), repr(complex(1e20, 1e-5)))
print(True + True, True * 3, False - 1, True / 2, int(True), bool(0.0), bool(-0.0), bool(0j), bool(""), bool("0"), bool([0]), True == 1, True is 1 if False else "skip", hash(True) == hash(1), {1: "a", True: "b", 1.0: "c"})
print(hash(1) == hash(1.0), hash(-1), hash(-2), hash(0.5), hash(2 ** 61 - 1), hash(2 ** 61), hash(float("inf")), hash(1e100) == hash(int(1e100)), hash(-0.0), hash(complex(1, 0)))
print(int("1" * 20), str(10 ** 25), repr(-0.0), 0.0 == -0.0, float("nan") == float("nan"), [float("nan")] == [float("nan")], 1 < float("nan"), max(1, float("nan")), min(float("nan"), 1), sorted([3, float("nan"), 1]))
print(fractions.Fraction(3, 6), fractions.Fraction("0.25"), fractions.Fraction(1, 3) + fractions.Fraction(1, 6), fractions.Fraction(0.5), fractions.Fraction(7, 2).limit_denominator(1), float(fractions.Fraction(1, 8)), repr(fractions.Fraction(-2, 4)))
D = decimal.Decimal
print(D("0.1") + D("0.2"), D("1.10") * 3, D(1) / D(7), D("2.5").quantize(D("1")), D("3.5").quantize(D("1")), D("1.23456").quantize(D("0.01")), D(0.1), repr(D("1e3")), D("-0"), D("10") ** 2, str(D("1E+2")), D("12.3400").normalize())
for e in [lambda: 1 / 0, lambda: 1 % 0.0, lambda: 0.0 ** -1, lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: 10.0 ** 400, lambda: math.exp(1000), lambda: int("1" * 5000), lambda: pow(2, -1, 4),
          lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: (-1) ** 0.5, lambda: complex("1+"), lambda: 1j < 2j, lambda: 1 << -1, lambda: 2 ** 10000 / 1, lambda: round(float("inf")), lambda: round(float("nan")),
          lambda: divmod(1j, 1), lambda: int("1e5"), lambda: float("0x1p3"), lambda: math.comb(3, -1), lambda: chr(0x110000), lambda: D("abc"), lambda: fractions.Fraction(1, 0), lambda: [1, 2][2 ** 100], lambda: "x" * (2 ** 100)]:
    try:
        print("ok", e())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1, 0.2, 0.3]), sum(range(101)), sum((1.5, 2)), max(3, 1, 2), min([4, 2, 8], key=lambda x: -x), max([], default="empty"), abs(-5), abs(-5.5), abs(-0.0))
print(bin(-10), oct(-8), hex(-255), int("-0b1010", 0), int("0o17", 0), int("0X1F", 0), int("  -12  "), int("+5"), format(-10, "b"), format(10, "#010b"), f"{-255:#x}", f"{255:#_b}")
print(3 < 4 < 5, 3 < 4 > 5, 1 == 1.0 == True, (1, 2) < (1, 3), [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), "abc" > "ab", None is None, 5 is not None)
print(float(2 ** 53 + 1), 2 ** 53 + 1 == float(2 ** 53 + 1), 9007199254740993 < 9007199254740992.0 + 2, int(1e23), 10 ** 23 == 1e23, 1e23 == 10 ** 23)
