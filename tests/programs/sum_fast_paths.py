print(sum([1, 2, 3]), sum([]), sum([], 5), sum([2**62, 2**62, -5]), sum(range(10**6)))
print(sum([0.1] * 10), sum([1, 0.5, 2**60, 1e16]), sum([1.5, 2, 3], 0.25), sum([1e308, 1e308]))
print(sum([1, 2, 3.5, 2**70]), sum([True, True, 3]), sum([1.0, True]))
print(sum([1, 2], 0.0), sum([[1], [2]], []), sum([(1,), (2,)], ()))
from fractions import Fraction
from decimal import Decimal
print(sum([Fraction(1, 3), 1, 0.5]), sum([1, Fraction(1, 2)]), sum([Decimal("1.1"), 2]))
class F(float): pass
print(sum([F(1.5), 2.0]), type(sum([F(1.5), 2.0])).__name__, sum([2.0, F(1.5)]))
print(sum([float("nan"), 1.0]), sum([float("inf"), -float("inf")]), sum([-0.0]), sum([-0.0], -0.0))
try: sum([1, "a"])
except TypeError as e: print(e)
try: sum([1.0, "a"])
except TypeError as e: print(e)
print(sum((x * 0.5 for x in range(1000))), sum(x for x in range(10) if x & 1))
