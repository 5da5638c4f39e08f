# cmath: values, branch cuts (signed zeros), special values and errors.
import cmath
import math

inf, nan = math.inf, math.nan


def show(r):
    if isinstance(r, complex):
        return "(%r, %r)" % (r.real, r.imag)
    return repr(r)


def call(f, *a):
    try:
        return show(f(*a))
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


vals = [-inf, -1e300, -2.0, -1.0, -0.5, -0.0, 0.0, 0.5, 1.0, 2.0, 710.0, 1e300, inf, nan]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
for n in names:
    f = getattr(cmath, n)
    for x in vals:
        print(n, x, " ".join(call(f, complex(x, y)) for y in vals))

for z in [1, 2.5, -3, 1 + 1j, -1j, complex(-0.0, -0.0), 3 + 4j]:
    print(z, call(cmath.phase, z), call(cmath.polar, z), call(cmath.rect, abs(z), cmath.phase(z)))
for r in [-inf, -2.0, -0.0, 0.0, 1.0, inf, nan]:
    print("rect", r, " ".join(call(cmath.rect, r, p) for p in [-inf, -1.0, -0.0, 0.0, 1.0, 2.0, inf, nan]))
print(call(cmath.polar, complex(1e308, 1e308)), call(cmath.phase, complex(1e300, 1e-310)))
for z, b in [(8, 2), (100, 10), (1j, 2), (-1, 1j), (0, 2), (2, 0), (1, 1), (2 + 3j, -3 + 4j)]:
    print("log", z, b, call(cmath.log, z, b))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isfinite(1 + 2j), cmath.isfinite(complex(inf, 0)), cmath.isinf(complex(0, -inf)), cmath.isnan(complex(nan, 1)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)))


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 0.25


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.exp(True), cmath.sqrt(-1), cmath.sqrt(complex(-1, -0.0)))
for bad in ["cmath.sqrt('x')", "cmath.sqrt()", "cmath.sqrt(1, 2)", "cmath.log(1, 2, 3)", "cmath.rect(1)",
            "cmath.isclose(1, 2, rel_tol=-1)", "cmath.isclose(1)", "cmath.exp(1000)", "cmath.log(0)",
            "cmath.atanh(1)", "cmath.sqrt(2**2000)", "cmath.cosh(complex(inf, inf))"]:
    try:
        print(bad, eval(bad))
    except Exception as e:
        print(bad, type(e).__name__ + ":", e)
