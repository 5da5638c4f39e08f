# decimal: construction, arithmetic at 28 digits, rounding modes, quantize, contexts,
# formatting, comparisons and hashing, errors (a deterministic subset of a randomized
# comparison with CPython's C implementation).
import decimal
import random
import threading
from decimal import (Decimal, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN,
                     ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_UP, ROUND_05UP,
                     InvalidOperation, DivisionByZero, Inexact, Rounded)


def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r) if not isinstance(r, str) else r)


print(repr(getcontext()))
for s in ["0", "-0", "1.50", "1E+2", "0.000001", "0.0000001", "123E-10", "-0E+3", "1_000.5", " 12 ",
          "Inf", "-infinity", "nan", "NaN12", "-sNaN", ".5", "5.", "+.5e-3", "1e999999999"]:
    t(lambda: Decimal(s))
for s in ["abc", "1e", "1.2.3", "", "--1"]:
    t(lambda: Decimal(s))
for f in [0.1, -0.0, 1e300, 2.5, float("inf")]:
    t(lambda: Decimal(f))
t(lambda: Decimal((1, (1, 2, 5), -2)))
t(lambda: Decimal([1]))
t(lambda: Decimal(10**30))

a, b = Decimal("1.30"), Decimal("1.2")
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a), a ** 3, b ** -2)
print(Decimal(1) / 7, Decimal(2).sqrt(), Decimal(10).sqrt(), Decimal("0.25").sqrt(), Decimal(-7) // 2, Decimal(-7) % 2)
print(sum(Decimal("0.1") for _ in range(10)), sum([0.1] * 10))
print(Decimal("19.99") * 3, (Decimal("19.99") * Decimal("1.0825")).quantize(Decimal("0.01")))
print(Decimal(3) * Decimal("0.1") == Decimal("0.3"), 1 + Decimal("0.5"), 2 * Decimal("1.5"), 10 / Decimal(4), 7 - Decimal(1))

for mode in [ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, decimal.ROUND_HALF_EVEN]:
    vals = [Decimal(x).quantize(Decimal("1"), rounding=mode) for x in ["2.5", "3.5", "-2.5", "2.45", "-0.5", "1.01", "0.51"]]
    print(mode, vals)
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("2.675"), 2), round(Decimal("1234.5"), -2))
print(Decimal("1.100").normalize(), Decimal("0.00").normalize(), Decimal("1E+3").normalize(), Decimal("-1E+3").as_tuple())
print(Decimal("7.325").quantize(Decimal(".01"), ROUND_DOWN), Decimal("10").quantize(Decimal("1e1")), Decimal("1.5").to_integral_value())
t(lambda: Decimal("1.23").quantize(Decimal("1e-30")))
print(int(Decimal("-7.9")), float(Decimal("0.1")), Decimal("1.5").adjusted(), Decimal("123.45").as_integer_ratio())
print(Decimal("3.7").__floor__(), Decimal("-3.2").__ceil__(), Decimal("5").is_zero(), Decimal("-0").is_signed())

with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 3, Decimal("123456789") + 0, ctx.create_decimal("1.234567"), Decimal(2) ** 100)
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / 3, Decimal(-2) / 3)
    ctx.rounding = ROUND_CEILING
    print(Decimal(2) / 3, Decimal(-2) / 3)
print(Decimal(1) / 3)
c = Context(prec=6, rounding=ROUND_HALF_UP)
print(c.divide(Decimal(1), Decimal(7)), c.add(Decimal("1.0000005"), 0), c.sqrt(Decimal(2)), c)
ctx = getcontext()
ctx.clear_flags()
Decimal(1) / 3
print(ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[DivisionByZero])
ctx.clear_flags()
ctx.traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0, ctx.flags[DivisionByZero])
ctx.traps[DivisionByZero] = True
ctx.clear_flags()

t(lambda: Decimal(1) / 0)
t(lambda: Decimal(0) / 0)
t(lambda: divmod(Decimal(7), 0))
t(lambda: Decimal(7) % 0)
t(lambda: Decimal("1e30") // 3)
t(lambda: Decimal("1e999999") * 10)
t(lambda: Decimal(1) + 1.0)
t(lambda: 1.5 * Decimal(2))
t(lambda: Decimal("nan") < 1)
t(lambda: hash(Decimal("snan")))
t(lambda: int(Decimal("inf")))
t(lambda: int(Decimal("nan")))
t(lambda: Decimal(-4).sqrt())
ctx.clear_flags()

print(Decimal("0.1") == 0.1, Decimal("0.5") == 0.5, Decimal("1.0") == 1, Decimal("0.5") < 1, Decimal(2) > 1.5)
print(hash(Decimal("0.5")) == hash(0.5), hash(Decimal(10)) == hash(10), hash(Decimal("1.000")) == hash(1))
print({Decimal("1.0"): "a", 1: "b"}, sorted([Decimal("2.1"), Decimal("-1"), Decimal("0.003"), Decimal("1E+1")]))
print(max(Decimal("1.5"), Decimal("1.50")), Decimal("1.5").max(Decimal("1.50")), Decimal(1).compare(Decimal(2)))

x = Decimal("1234567.891")
for spec in ["", ".3", "f", ".2f", ",.2f", "e", ".4e", "g", ".5g", "%", ".1%", ">20.3f", "+015.2f", "^15", "E", "G", "<12", "*^16.1f"]:
    print(repr(spec), format(x, spec), format(-x / 1000000, spec), format(Decimal(0), spec))
print(f"{Decimal('3.14159'):.2f} {Decimal('-0.0001'):g} {Decimal('12345'):.2} {Decimal('1e10'):f}")

# the randomized part: every operation on pseudo-random operands
rnd = random.Random(11)


def rand_dec():
    if rnd.random() < 0.1:
        return rnd.choice(["0", "-0", "0.00", "1", "-1", "1E+3", "0E-5", "1.000"])
    digits = "".join(rnd.choice("0123456789") for _ in range(rnd.randint(1, 32)))
    return ("-" if rnd.random() < 0.3 else "") + digits + "E" + str(rnd.randint(-35, 35))


for i in range(150):
    x, y = Decimal(rand_dec()), Decimal(rand_dec())
    out = []
    for f in [lambda: x + y, lambda: x - y, lambda: x * y, lambda: x / y, lambda: x // y, lambda: x % y,
              lambda: x < y, lambda: x.quantize(Decimal("1E-3")), lambda: x.sqrt(), lambda: x ** 3,
              lambda: format(x, ".4e"), lambda: format(x, ",.2f")]:
        try:
            out.append(str(f()))
        except Exception as e:
            out.append(type(e).__name__)
    print(" ".join(out))

# each thread has its own context
results = {}


def worker(p):
    getcontext().prec = p
    results[p] = str(Decimal(1) / 7)


ths = [threading.Thread(target=worker, args=(p,)) for p in (3, 10, 40)]
for th in ths:
    th.start()
for th in ths:
    th.join()
print(sorted(results.items()), getcontext().prec)
