# float arithmetic, mixing with int, division/modulo, comparisons
print(7 / 2, 7.0 / 2, 7 // 2.0, 7 % 2.5, -7 % 2.5, 7 % -2.5, -7.0 // 2)
print(1 + 2.0, 3 * 1.5, 10 - 0.5, 2 ** 0.5, 2.0 ** 10, 9 ** 0.5)
print(divmod(10.5, 3), divmod(-10.5, 3), divmod(10.5, -3))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
print(nan is nan, [nan] == [nan], (1, nan) == (1, nan))
import math
print(math.isnan(nan), math.isinf(inf), math.isfinite(1.0), math.isfinite(inf))
print(0.0 == -0.0, math.copysign(1, -0.0), str(-0.0), -0.0 + 0.0, 0.0 * -1)
print(abs(-2.5), abs(-0.0), -(-1.5), +2.5)
print(int(2.9), int(-2.9), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2))
print(float(True), float(7), 3 == 3.0, 2 ** 53 + 1 > 2.0 ** 53, 1 < 1.5 < 2)
print(sorted([3.5, -1, 2, 0.0, -2.25, 10 ** 20, 1e-9]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(sum([1.5, 2.5, 3]), sum(x / 10 for x in range(10)))
x = 1.0
for i in range(10):
    x = x * 1.5 - 0.25
print(x)
y = 10.0
y /= 4
print(y)
y //= 0.3
print(y)
y %= 7
print(y)
y **= 2
print(y)
print(float.__add__(1.5, 2.0), (2.5).__mul__(4), (7.5).__floordiv__(2), (7.5).__mod__(2))
print(1.5.__trunc__(), (0.1).__round__(5), (-3.7).__abs__())
print(0.1 + 0.7, 0.1 * 3, 4.35 * 100, 1.15 * 100, 1.005 * 1000)
print(3 / 10 * 3, (0.1 + 0.2) + 0.3, 0.1 + (0.2 + 0.3))
