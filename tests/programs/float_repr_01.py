# Shortest float repr
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1e16, 1e15, 123456789012345678.0,
        1e-5, 1e-4, 0.0001, 0.00001, 1.5e-7, 1e22, 1e23, 1e300 * 10, 2.5, 1 / 3, 2 / 3,
        10 / 3, 1e100, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
        3.141592653589793, 2.718281828459045, 100.0, 1234.5678, 0.3, 1.1 * 3, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(float("1e500"), float("-1e500"), float("  3.25  "), float("1_000.5"), float("-.5"), float("5."))
print(float("Infinity"), float("-iNF"), float("NaN"))
print(1e16 - 1, 1e16 + 1, 2 ** 53 + 1.0)
print([0.1 * i for i in range(11)])
print(sum([0.1] * 10), 0.1 * 10, 1 - 0.9)
print(1.0 / 7, 22 / 7, 355 / 113)
print(3.0 * 1.1, 0.7 + 0.1, 0.8 - 0.1)
print(float(2 ** 63), float(2 ** 64), float(10 ** 16), float(10 ** 17))
print(123e-20, 4.35e-10, 1.0e-10, 12e9, 12e15, 12e16)
print(str(1e16), str(1.0e15), str(999999999999999.9), str(9999999999999998.0))
print(0.000123, 0.0000123, 1234567.0, 12345678.9)
print(-1.5e-300, 7.0e+200)
for v in (0.5, 0.25, 0.125, 1 / 1024, 3.0e-3):
    print(v, v.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
