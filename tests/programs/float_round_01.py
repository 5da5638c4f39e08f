# round() with ndigits, is_integer, as_integer_ratio
vals = [2.675, 1.005, 0.125, 0.375, 2.5, -2.5, 3.14159, 1234.5678, -0.5, 0.05, 1e20, 123.456, 5e-5]
for v in vals:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(1.0), type(round(1.0)).__name__, type(round(1.0, 0)).__name__, type(round(1.0, None)).__name__)
print(round(float("inf"), 2), round(float("nan"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
for v in [1.0, 1.5, -2.0, 0.0, 1e300, float("inf"), float("nan"), 2.0 ** 60]:
    print(v, v.is_integer())
for v in [0.5, 0.1, -0.75, 3.0, 1e-3, 2.5e10, 0.0]:
    print(v, v.as_integer_ratio())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
n, d = (0.1).as_integer_ratio()
print(n / d == 0.1, d.bit_length())
import math
print(math.floor(3.7), math.ceil(3.2), math.floor(-0.5), math.ceil(-0.5), type(math.floor(2.5)).__name__)
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3.0)
print(round(123456789.123456789, 4), round(-1.23456e-5, 7))
print([round(x * 0.1, 1) for x in range(12)])
print(round(5.5), round(6.5), round(-5.5), round(-6.5))
print(round(1234, 2), round(1234.0, -2), round(1250.0, -2), round(1350.0, -2))
