# math: errors, int arguments of any size, __float__/__index__/__floor__ protocols
import math
for f in ["math.sqrt()", "math.atan2(1)", "math.log()", "math.sqrt(\"a\")", "math.floor(\"a\")", "math.trunc(\"a\")", "math.factorial(-1)", "math.factorial(2.0)", "math.gcd(1.5)", "math.isqrt(-1)", "math.comb(-1,2)", "math.perm(3,-1)","math.prod()", "math.dist([1],[1,2])", "math.ldexp(1.0, 2.0)", "math.ldexp(1.0, 10**30)", "math.isclose(1)", "math.isclose(1,2,3)", "math.fsum([1,\"a\"])", "math.log(0)", "math.log(-1.0)", "math.sqrt(-1)", "math.exp(1000)", "math.pow(0,-1)", "math.fmod(1,0)", "math.sqrt(10**400)", "math.log(10**400)","math.floor(math.inf)","math.floor(math.nan)", "math.hypot(\"a\")", "math.copysign(1)", "math.dist(1,2)", "math.comb(1.5,2)", "math.sqrt(1,2)", "math.pow(1)", "math.nextafter(1)", "math.lcm(2.5)", "math.isqrt(2.5)", "math.perm(1,2,3)","math.gamma(0)","math.lgamma(-1)", "math.fsum(3)", "math.prod(3)", "math.ulp()", "math.prod([1,2], start=3)", "math.prod(['a'], start='')", "math.floor(True)", "math.ceil(2**70+0.5)", "math.trunc(-2.5)", "math.log(2**2000, 2)", "math.log10(10**500)", "math.log2(0)", "math.ldexp(1, -10**30)", "math.fsum([1e308, 1e308])", "math.fsum([math.inf, -math.inf])", "math.gcd()", "math.lcm()", "math.factorial(30)", "math.comb(10**3, 500) % 1000007", "math.perm(5, 6)", "math.isqrt(10**50)", "math.frexp(0.0)", "math.modf(math.inf)", "math.hypot()", "math.dist((1,2),(3,4))", "math.pi.hex()", "math.sqrt(True)", "math.exp2(10)", "math.cbrt(-8)", "math.remainder(5, math.inf)", "math.fmod(math.inf, 1)"]:
    try: print(f, repr(eval(f)))
    except Exception as e: print(f, type(e).__name__, e)
class F:
    def __float__(self): return 2.25
class I:
    def __index__(self): return 7
class Fl:
    def __floor__(self): return "floor!"
print(math.sqrt(F()), math.sqrt(I()), math.factorial(I()), math.floor(Fl()), math.floor(F()))
