# int/float interplay and conversions
print(int(3.0), int(-0.0), float(3), float("3"), int("3"), str(3.0), str(3))
print(3 + 0.0, 3 * 1.0, 3 / 1, 4 / 2, type(4 / 2).__name__, type(4 // 2).__name__, type(4.0 // 2).__name__)
print(10 ** 16 + 0.0, float(10 ** 16 + 1), 10 ** 16 + 1 == float(10 ** 16 + 1))
print(2 ** 1023 * 1.0, 2.0 ** -1074)
try:
    print(2 ** 1024 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, 10 ** 400 / 10 ** 399)
print((2 ** 100) / (2 ** 98), 1 / (2 ** 100), (3 ** 100) / (3 ** 99))
print(7 // 2, 7.0 // 2, -7 // 2, -7.0 // 2, 7 % 2.0)
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-12)
print(1e3 == 1000, hash(1e3) == hash(1000))
d = {1: "int one", 2.0: "float two"}
d[1.0] = "float one"
d[2] = "int two"
print(d)
print(1 in {1.0}, 2.0 in {2}, {1, 1.0, True})
print(sorted([1, 1.0, True, 0.5, 0]))
print(float.fromhex("0x1p10"), (1024.0).hex(), (0.1).hex(), (-2.5).hex())
print(math_ok := __import__("math").isclose(1.0000001, 1.0, rel_tol=1e-6))
print(5 .__truediv__(2), (5).__rtruediv__(2), (2.0).__rpow__(3))
print(bool(0.0), bool(-0.0), bool(0.1), bool(float("nan")))
print(float("12345678901234567890"), int(float("12345678901234567890")))
print(round(1e15 + 0.3, 1), 1e15 + 0.3)
print(3.0 // 0.1, 3.0 % 0.1, 1.0 // 0.1)
