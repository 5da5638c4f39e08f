# arithmetic errors: ZeroDivisionError variants, OverflowError, math domain errors
import math
def attempt(label, f):
    try:
        print(label, "=", f())
    except ArithmeticError as e:
        print(label, "->", type(e).__name__ + ":", e)
    except ValueError as e:
        print(label, "->", "ValueError:", e)
attempt("1/0", lambda: 1 / 0)
attempt("1//0", lambda: 1 // 0)
attempt("1%0", lambda: 1 % 0)
attempt("1.0/0", lambda: 1.0 / 0)
attempt("1.0//0", lambda: 1.0 // 0)
attempt("1.0%0", lambda: 1.0 % 0)
attempt("0.0**-1", lambda: 0.0 ** -1)
attempt("0**-1", lambda: 0 ** -1)
attempt("divmod(1,0)", lambda: divmod(1, 0))
attempt("divmod(1.0,0.0)", lambda: divmod(1.0, 0.0))
attempt("10**400*1.0", lambda: 10 ** 400 * 1.0)
attempt("float(10**400)", lambda: float(10 ** 400))
attempt("2.0**5000", lambda: 2.0 ** 5000)
attempt("math.exp(800)", lambda: math.exp(800))
attempt("math.sqrt(-1)", lambda: math.sqrt(-1))
attempt("math.log(-1)", lambda: math.log(-1))
attempt("math.log(0)", lambda: math.log(0))
attempt("math.acos(2)", lambda: math.acos(2))
attempt("math.factorial(-1)", lambda: math.factorial(-1))
attempt("math.fmod(1, 0)", lambda: math.fmod(1, 0))
attempt("int(inf)", lambda: int(float("inf")))
attempt("round(inf)", lambda: round(float("inf")))
attempt("(10**400).__float__()", lambda: (10 ** 400).__float__())
attempt("1e308*10", lambda: 1e308 * 10)
attempt("math.ldexp(1, 2000)", lambda: math.ldexp(1.0, 2000))
attempt("10**400/3", lambda: 10 ** 400 / 3)
attempt("10**400//3 % 1000", lambda: 10 ** 400 // 3 % 1000)
attempt("(-8)**(1/3)", lambda: (-8) ** (1 / 3))
attempt("math.pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3))
attempt("pow(0, -1)", lambda: pow(0, -1))
attempt("pow(0.0, -2)", lambda: pow(0.0, -2))
attempt("math.isqrt(-1)", lambda: math.isqrt(-1))
attempt("1 << 10**10 is skipped; 1 << 64", lambda: 1 << 64)
e = ZeroDivisionError("custom")
print(isinstance(e, ArithmeticError), e.args, str(e))
total = 0
for d in [2, 0, 5, 0, 10]:
    try:
        total += 100 // d
    except ZeroDivisionError:
        total -= 1
print(total)
