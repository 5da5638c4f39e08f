# int() from strings with bases, and errors
print(int("42"), int("  -17  "), int("+8"), int("0"), int("-0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("0o17", 8))
print(int("1010", 2), int("0b1010", 0), int("0B11", 2))
print(int("z", 36), int("ZZ", 36), int("hello", 36))
print(int("1_000_000"), int("0x_ff", 16), int("1_0", 2))
print(int("123456789012345678901234567890"))
print(int("-" + "f" * 30, 16))
print(int(3.99), int(-3.99), int(True), int(1e20), int(-0.5))
print(int("12", 3), int("21", 3), int(" 1\n"))
for bad in ["x", "", "1.5", "0x10", "1__0", "_1", "12a", " ", "--1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for s, b in [("9", 8), ("2", 2), ("g", 16), ("0b12", 0), ("010", 0)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
print(int("0", 0), int("00", 0), int("0_0", 0))
print([int(c, 16) for c in "0123456789abcdef"])
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), (-2).to_bytes(2, "big", signed=True))
