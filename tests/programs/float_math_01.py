# float computations: series, Newton sqrt, numerical integration
import math
def newton_sqrt(x):
    g = x / 2.0
    for _ in range(30):
        g = (g + x / g) / 2
    return g
for x in (2.0, 10.0, 1e10, 0.25, 12345.678):
    print(x, newton_sqrt(x), math.sqrt(x), abs(newton_sqrt(x) - math.sqrt(x)) < 1e-9)
def integrate(f, a, b, n=1000):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h
print(integrate(lambda x: x * x, 0, 1))
print(integrate(math.sin, 0, math.pi))
print(integrate(math.exp, 0, 1), math.e - 1)
e_approx = sum(1 / math.factorial(k) for k in range(20))
print(e_approx, math.e, e_approx == math.e)
pi_approx = 4 * sum((-1) ** k / (2 * k + 1) for k in range(1000))
print(pi_approx)
h = 0.0
for k in range(1, 1001):
    h += 1.0 / k
print(h)
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.hypot(3, 4), math.hypot(1e200, 1e200), math.dist((0, 0), (1, 1)))
vals = [1.5, 2.25, 3.125, 4.0625]
mean = sum(vals) / len(vals)
var = sum((v - mean) ** 2 for v in vals) / len(vals)
print(mean, var, math.sqrt(var))
print(round(math.degrees(math.pi / 3), 10), math.radians(180))
print(math.atan2(1, 1), math.atan2(-1, -1), math.asin(1), math.acos(0))
print(math.sinh(1), math.cosh(1), math.tanh(0.5))
x = 1.0
while x + 1.0 != 1.0:
    x /= 2
print("epsilon-ish", x, x * 2)
import sys
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
