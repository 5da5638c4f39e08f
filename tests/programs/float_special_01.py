# inf/nan handling, formatting and conversions
inf = float("inf")
nan = float("nan")
print(repr(inf), repr(-inf), repr(nan), str(nan))
print(f"{inf}", f"{-inf:10}|", f"{nan:>8}|", f"{inf:.3f}", f"{nan:e}", f"{inf:%}")
print("%f %e %g %s %r" % (inf, -inf, nan, inf, nan))
print(format(inf, "+"), format(nan, "+.2f"), format(-inf, "010.2f"))
print(max(inf, 1e308), min(-inf, -1e308), sorted([3.0, inf, -inf, 0.0]))
print(inf == inf, -inf == -inf, inf > -inf, inf - 1 == inf)
print(float("inf") * -1, 1e308 + 1e308, -(1e308 + 1e308))
print(int(1e18), int(1.5e18), int(-1e19))
import math
print(math.inf, -math.inf, math.nan, math.inf == inf, math.isnan(math.nan))
print(math.exp(1000) if False else "skip", math.exp(-1000), math.sqrt(inf))
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-8.0) ** 0.5
except Exception as e:
    print(type(e).__name__)
print((-8) ** 0.5)
print(float("-0"), -0.0 == 0, repr(-0.0), repr(0.0 * -5), abs(-0.0))
print(1 / 3 + 1 / 3 + 1 / 3 == 1.0, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0), hash(0.5), hash(2.0) == hash(2))
for s in ["1e", "abc", "", "1.2.3", "inf1", "0x10"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
print(float(" 12 "), float("1E3"), float("+1.5e-2"), float("0.0000001"))
