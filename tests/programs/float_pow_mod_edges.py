# Float **, % and // (and their in-place forms) over signed zeros, infinities, NaN, huge and
# tiny values and small ints: the inline fast path and the general path agree with CPython.
import math
vals = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 1e308, -1e308, 1e-320, math.inf, -math.inf, math.nan, 3, -3, 0, 7]
out = []
for a in vals:
    for b in vals:
        if isinstance(a, int) and isinstance(b, int):
            continue
        for name, f in (("**", lambda a, b: a ** b), ("%", lambda a, b: a % b), ("//", lambda a, b: a // b)):
            try:
                r = f(a, b)
                out.append("%r %s %r = %r" % (a, name, b, r))
            except Exception as e:
                out.append("%r %s %r -> %s: %s" % (a, name, b, type(e).__name__, e))
print("\n".join(out))
x = 2.0
x **= 0.5; print(x)
x %= 0.3; print(x)
x //= 0.1; print(x)
print((-8.0) ** (1/3), 10.0 ** 400 if False else None)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError", e)
