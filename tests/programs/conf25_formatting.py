# Formatting and numbers: f-string specs, format_map, % formatting, recursive reprs, floats, Fraction, Decimal, bytes.
import datetime, decimal, fractions, math
from decimal import Decimal
from fractions import Fraction
w, p = 10, 3
x = 3.14159265
print(f"{x:{w}.{p}f}|{x:<{w}.{p}}|{x:^+{w}.2e}|{'s':*>{w}}")
print(f"{x=}", f"{x = :.2f}", f"{'q'!r:>5}", f"{x!s:.4}", f"{'ü'!a}")
d = datetime.datetime(2024, 2, 29, 13, 5, 9, 1234)
print(f"{d:%Y-%m-%d %H:%M:%S.%f %A %B %j %p %I}", f"{d.date():%d/%m/%y}", f"{d=!s}")
print(format(d, ""), str(d), repr(d), d.isoformat(timespec="milliseconds"))
print(f"{1234567.891:,.2f} {1234567:_} {0.000012345:.3g} {12345678901234567890:e} {255:#x} {255:#o} {255:#b} {-42:08d} {42:+} {0.5:%} {1/3:.2%}")
print(f"{'abc':.2} {'x':03} {3:<03} {-3:=6} {12:c}", format(-0.0, "+.1f"), format(1e16, "n"), f"{1e-7}")
print("{0}{1}{0}".format("a", "b"), "{name:>{width}}".format(name="n", width=4), "{0[1]}{a.real}".format([5, 6], a=2+3j))
print("{:{}}|".format("x", 5), "{!r:^8}".format("hi"), "%-6s|%6.2f|%x|%r|%c|%%|%5.1e" % ("ab", 2.345, 255, "q", 65, 12345.678))
print("%(a)s and %(b)05d" % {"a": [1], "b": 42}, "%s" % (1,), "%s" % [1, 2], "%.3s" % "abcdef", "%*d" % (5, 3))
class D(dict):
    def __missing__(self, k): return f"<{k}>"
print("{x} {y}".format_map(D(x=1)))
for bad in [lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "{0} {2}".format(1, 2), lambda: "{x}".format(), lambda: format(1, "q"), lambda: f"{'a':d}", lambda: "%(a)s" % 5, lambda: "{:,s}".format("x")]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
r = [1, 2]; r.append(r); dd = {"k": 1}; dd["self"] = dd
print(r, dd, repr((r,)), str({1: r}))
from collections import OrderedDict, deque, defaultdict
o = OrderedDict(a=1); dq = deque([1]); dq.append(dq)
print(o, dq)
print(repr(0.1 + 0.2), 1e22, 1e-5, 123456789012345678.0, 2.5e-320, float("nan"), -float("inf"), 1.0, 100.0 / 3)
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2), round(7, -1), round(2.5, None), type(round(2.5)))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -3, divmod(7.5, -2), 2 ** -1, (-8) ** (1/3), pow(3, -1, 7), 10 ** 20, 0.1 * 3)
print(int("0x1f", 16), int("1_000"), int(" 12 "), int("-0b101", 0), float("1_0.5"), complex("1+2j"), complex(1, -0.0), 1j * 1j, (1+2j) / (3-4j), abs(3+4j))
print(Fraction(3, 4) + Fraction(1, 3), Fraction("0.125"), Fraction(1.5), Fraction(10, -4), Fraction(1, 3) ** 2, float(Fraction(1, 3)), Fraction(7, 2).limit_denominator(3), repr(Fraction(2, 4)), round(Fraction(7, 3), 1))
print(Decimal("1.10") + Decimal("2.205"), Decimal(1) / Decimal(7), Decimal("2").sqrt(), Decimal("1.005").quantize(Decimal("0.01")), Decimal("-0"), Decimal("1e3") * 1, repr(Decimal("3.0")), Decimal(0.1))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3]), math.comb(10, 3), math.perm(5, 2), math.gcd(12, 18, 27), math.lcm(4, 6), math.isqrt(99), math.copysign(1, -0.0), math.trunc(-2.7), math.floor(-2.5), math.ceil(2.1), math.log(8, 2), math.hypot(3, 4), math.inf > 10 ** 400)
for bad in [lambda: 1 / 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: math.sqrt(-1), lambda: math.log(0), lambda: int("abc"), lambda: float("x1"), lambda: 10 ** 400 * 1.0, lambda: math.factorial(-1), lambda: Decimal("x"), lambda: Fraction(1, 0), lambda: complex("1+"), lambda: 2 ** 10000 / 1.5, lambda: int(float("inf")), lambda: int(float("nan")), lambda: divmod(1, 0j) ]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
b = b"Hello, World"
print(b.hex(), b.hex(":", 4), bytes.fromhex("de ad be ef"), b.split(b", "), b.replace(b"l", b"L", 2), b.center(16, b"*"), b[1], b[1:3], list(b[:3]), b.title(), b.swapcase(), b.zfill(15))
ba = bytearray(b"abc"); ba += b"def"; ba[0] = 65; ba.extend([103, 104]); del ba[1]; ba.insert(0, 0x7a); print(ba, ba.pop(), ba.decode(), bytes(ba).partition(b"d"), ba.find(b"e"), ba.count(b"c"), ba.startswith((b"z", b"q")))
print(bytes(3), bytes([1, 2]), b"a\x00\xff'\"", repr(b"'"), b"%s-%d" % (b"x", 5), b"abc".translate(None, b"b"), b" x ".strip(), b"a,b".split(b","), bytes(range(250, 256)), b"\t".isspace(), b"AbC".lower())
for bad in [lambda: b"a" + "b", lambda: bytes([256]), lambda: ba.remove(120), lambda: b"x"[5], lambda: bytearray(b"a").pop(5), lambda: bytes("é"), lambda: b"\xff".decode(), lambda: "é".encode("ascii")]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
from collections import UserList
od = OrderedDict(a=1); od["me"] = od; print(od, repr([od]))
dfd = defaultdict(list); dfd[1] = dfd; print(dfd)
ul = UserList([1]); ul.append(ul); print(ul)
import datetime, string, textwrap
from decimal import Decimal, ROUND_HALF_UP, getcontext
from fractions import Fraction
rows = [("alice", 93.456, 12), ("bob", 7.1, 1234), ("carol-anne", -0.5, 0)]
print(f"{'name':<12}|{'score':>8}|{'n':^6}|")
for name, score, n in rows:
    print(f"{name:<12.10}|{score:>8.2f}|{n:^6,}|{score:+.1e}|{n:#06x}|{n!r:>5}")
t = string.Template("$who owes ${amount}$$")
print(t.substitute(who="Ann", amount=5), t.safe_substitute(who="B"))
try: t.substitute(who="x")
except KeyError as e: print("KeyError", e)
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 2, width=30))
print(textwrap.shorten("Hello   world, this is long", width=15), textwrap.indent("a\nb", "> "), textwrap.dedent("   x\n   y"))
dt = datetime.datetime(2023, 12, 31, 23, 59, 59)
td = datetime.timedelta(days=1, seconds=3661, microseconds=5)
print(dt + td, dt - datetime.datetime(2023, 1, 1), -td, td * 2.5, td // 7, td / datetime.timedelta(hours=1), repr(td), str(datetime.timedelta(0)))
print(f"{dt:%a %d %b %Y}", dt.strftime("%U %W %y %%"), dt.replace(year=2024).isoformat(), dt.timetuple()[:6], dt.weekday(), dt.isocalendar())
print(datetime.date(2024, 3, 1) - datetime.date(2024, 2, 1), datetime.date.fromisoformat("2024-02-29").toordinal(), datetime.time(13, 5).strftime("%I:%M %p"), repr(datetime.time(1, 2, 3, 4)))
getcontext().prec = 10
print(Decimal(1) / 3, Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_UP), Decimal("1.23E+5"), Decimal("0.000001"), Decimal("-1.50").normalize(), Decimal(10) ** -3, Decimal("7").sqrt(), f"{Decimal('3.14159'):.2f}", f"{Decimal('1234.5'):,}")
print(sum(Fraction(1, d) for d in range(1, 6)), Fraction(5, 10).as_integer_ratio(), Fraction(-7, 3) // 1, Fraction(-7, 3) % 1, abs(Fraction(-1, 2)))
print(f"{12345.6789:10.3f}|{-1.5:010.2f}|{1e300*1e10}|{float('nan'):>6}|{0.1:.20f}|{2**0.5:.15g}|{1/7:.3}|{123456789:.3e}|{0.0001234:g}|{1e21:g}|{100.0:g}")
print(repr(1.1), repr(1e100), repr(5e-324), str(1/3), 3.0 == 3, 0.1 + 0.7, 1.15 * 100, round(1.15, 1), round(2.345, 2), int(1e20), float(2**63), 2**63 + 0.0 == 2**63)
print("x".center(7, "-"), "12".zfill(5), "-12".zfill(5), "abc".ljust(2), "{:^9}".format("mid"), "%-5d|%05.1f|%+d" % (3, 2.25, 0), "%s %r %a" % ("é", "é", "é"))
print("%(x)s-%(x)r" % {"x": "v"}, "%c%c" % ("a", 98), "%o %X %e %G" % (8, 255, 12345.0, 0.00001), "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%10.4s|" % "abcdefg", "%-+8.2f|" % 3.14159)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))
try: slice(1).indices()
except TypeError as e: print("TypeError:", e)
