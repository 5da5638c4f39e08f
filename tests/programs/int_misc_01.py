# Integer comparisons, chained, bool arithmetic, and int methods
a, b, c = 3, 7, 7
print(a < b <= c, a < b < c, a == 3 < b, 1 < 2 > 0, 5 > 4 > 3 > 2 > 1)
print(-3 < -2, -2 ** 2, (-2) ** 2, 0 == -0, 1 != 1.0)
print(sorted([5, 3, 9, -1, 0, 3, 2 ** 40]))
print(sum([1, 2, 3], 10), sum(range(101)))
print(max(3, 9, 2), min(3, 9, 2), max([4, 8, 1]), min([], default=-1))
print(abs(-12), divmod(17, 5), divmod(-17, 5), pow(2, 8))
x = 0
for i in range(10):
    x += i * i
    x -= i
print(x)
count = 0
n = 27
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    count += 1
print("collatz 27 steps", count)
print((1234567).__str__()[::-1], int(str(1234567)[::-1]))
print(int.bit_length(1000), int.bit_count(1000))
print((10).__index__(), (10).__int__(), (10).__float__(), (10).__bool__(), (0).__bool__())
print(3 .__class__.__name__, (3).__eq__(3), (3).__eq__(3.0), (3).__eq__("3"))
print(isinstance(10 ** 100, int), type(10 ** 100) is int)
vals = [1, 10, 100, 1000, 10 ** 9, 10 ** 18, 10 ** 19, 2 ** 63, 2 ** 64]
for v in vals:
    print(v, -v, v * v, v // 3, v % 1000, v.bit_length())
print(hash(0), hash(1), hash(-2), hash(12345), hash((1, 2)), hash((1, (2, 3))))
print(hash(True), hash(1.0), hash(1.5), hash(-1.0) == hash(-1))
print(int.__add__(2, 3), int.__mul__(4, 5))
