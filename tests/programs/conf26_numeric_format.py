import math
vals = [0, 1, -1, 3.14159, -2.5, 1e10, 1.5e-7, 123456789, 2**64, float('inf'), float('nan'), -0.0]
for v in vals:
    print(repr(v), str(v), f"{v!r:>12}|{v:<8}|")
for v in [3.14159, -2.5, 1e10, 1.5e-7, 123456.789, 0.1, 2.675]:
    print(f"{v:.2f} {v:10.3e} {v:g} {v:.3g} {v:+.1%} {v:,.2f} {v:_>12.1f} {v:020.4f}")
for n in [0, 7, -42, 255, 1234567, 2**40]:
    print(f"{n:d} {n:5d} {n:<5}| {n:^9} {n:x} {n:X} {n:#x} {n:o} {n:#o} {n:b} {n:#b} {n:,} {n:_} {n:+} {n: }")
print(f"{'abc':>10}|{'abc':<10}|{'abc':^10}|{'abc':*^11}|{'abcdef':.3}")
print("{:08.3f}|{:+08d}|{:=+8d}".format(3.14159, 42, -42))
print("%5.2f|%-6d|%06.1f|%x|%o|%e|%g|%r|%s|%c|%%" % (2.345, 12, 3.3, 255, 8, 12345.678, 0.00001234, "hi", [1], 65))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print(format(1234.5, ","), format(0.000012345, ".3e"), format(1/3, ".15g"), format(2/3, ""))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5), round(1.5))
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, divmod(-7, 2), divmod(7.5, 2), -7.5 // 2, 7.5 % -2)
print(2 ** 100, 2 ** -2, (-8) ** (1/3) if False else abs(-8) ** (1/3), 10 ** 20 // 3, pow(3, 200, 1000))
print(int("ff", 16), int("0b101", 0), int("  42  "), int("1_000"), int(3.99), int(-3.99), float("1e3"), float(" -inf "))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), 1e16 + 1, 1/3)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.sqrt(2), math.pi, math.e, math.gcd(12, 18), math.lcm(4, 6))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.log(100, 10), math.log2(1024), math.hypot(3, 4))
print(float.fromhex("0x1.8p1"), (3.5).hex(), (0.1).as_integer_ratio(), (10).bit_length(), (255).to_bytes(2, "big"))
print(int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True), (1024).bit_count() if hasattr(int, "bit_count") else 1)
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), complex("1+2j"))
print(1e300 * 1e10, -1e300 * 1e10, 5e-324, 5e-324 / 2, 1.7976931348623157e308)
print(str(1e22), str(1e21), str(1e15), str(1e16), repr(1.0), repr(100.0), 1e-5, 0.0001)
print(True + True, True * 3, bool(0.0), bool(""), bool([0]), None is None, 3 == 3.0, hash(3) == hash(3.0))
print(sum([0.1] * 10), math.fsum([0.1] * 10), max(1, 2.0), min("b", "a"), abs(-0.0))
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7; x <<= 2; x >>= 1; x |= 8; x &= 12; x ^= 5
print(x)
print(f"{x=}", f"{x * 2 = }", f"{'nested ' + str(x)!s:>15}", f"{3.0:.0f}", f"{{literal}}")
import decimal, fractions
print(fractions.Fraction(3, 4) + fractions.Fraction(1, 6), fractions.Fraction("0.125"), fractions.Fraction(1, 3) ** 2)
print(decimal.Decimal("1.1") + decimal.Decimal("2.2"), decimal.Decimal(1) / decimal.Decimal(7))
