import math
vals = [0.0, 1.0, -1.0, 3.14159, -2.5, 1e10, 1.5e-7, 123456789.123, float("inf"), float("-inf"), float("nan"), 0.1, 100.0, 1e16, 1e-5, 5e-324, 2.5, 0.000123456]
for v in vals:
    print(repr(v), str(v), f"{v:g}", f"{v:.3g}", f"{v:e}", f"{v:.2e}", f"{v:10.3f}|", f"{v:<12.4}|", f"{v:+.1%}", f"{v:,.2f}", f"{v:_}" if isinstance(v, int) else f"{v:_.3f}")
for v in [0, 7, -7, 255, 65535, 123456789, -987654321, 2**64]:
    print(f"{v:b} {v:o} {v:x} {v:X} {v:#b} {v:#o} {v:#x} {v:#X} {v:,} {v:_} {v:_x} {v:08d} {v:+d} {v: d} {v:^12} {v:*<10} {v:=+10} {v:c}" if 0 <= v < 0x110000 else f"{v:b} {v:#x} {v:,} {v:_b} {v:020,}")
print("%s %r %d %i %5.2f %-6s| %06.1f %x %X %o %e %g %G %c %%" % ("s", "r", 42, -3, 3.14159, "ab", -2.5, 255, 255, 8, 12345.678, 0.00001234, 1e20, 65))
print("%(name)s is %(age)03d" % {"name": "Bob", "age": 7})
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159))
print("%#x %#o %+d % d %5s %-5s| %.2s" % (255, 8, 5, 5, "ab", "cd", "xyz"))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (None, True), "%r" % "it's")
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", 1234567890), ("%c", "ab")]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2), "{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3j))
print("{:>{w}.{p}f}|".format(math.pi, w=10, p=3), "{:{fill}^{w}}".format("mid", fill="*", w=9))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{{literal}}".format(), "{:%Y}".format(__import__("datetime").date(2024, 5, 6)))
for bad in ["{", "}", "{0} {}", "{:d}", "{x}", "{0}", "{:q}", "{!x}"]:
    try:
        print(bad.format("s") if bad not in ("{x}",) else bad.format(1))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
x = 42; name = "world"; lst = [1, 2]
print(f"{x=}", f"{x = }", f"{name!r:>10}", f"{x:{'>'}{8}}", f"{lst[0]+lst[1]=}", f"{'nested {braces}'}", f"{x:#06x}", f"{3.0:.0f}", f"{2.5:.0f}", f"{-0.0}")
print(f"{1e100:.2g}", f"{12345.6789:,.1f}", f"{0.5:.0%}", f"{1/3:.10f}", f"{123:e}", f"{True:d}", f"{True}", f"{None!s:>6}")
print(f"{'abc':.2}", f"{'abc':>5.1}", f"{'x':=^7}", f"{-5:05}", f"{5:05}", f"{-5.5:08.2f}", f"{1234567:_d}")
print(format(1234.5, ""), format(1e22, ""), format(1e-4, ""), format(12, "n"), format(0.1 + 0.2, ".17g"), format(-0.0, "g"))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(123.456, -1), round(125, -1), round(135, -1), round(-125, -1))
print(str(1e15), str(1e16), str(123456789012345678.0), str(1.0e-4), str(0.0001), str(1.23e-5), repr(1/3), repr(2/3), repr(10/3))
print(int("  42  "), int("-0x1f", 16), int("0b101", 0), int("1_000"), int("z", 36), float(" 1.5e3 "), float("-inf"), float("nan"), float("1_0.5"))
for s, b in [("abc", 10), ("1.5", 10), ("", 10), ("0x", 16), ("12", 2), ("1__0", 10), ("9", 37)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError:", e)
for s in ["abc", "", "1.2.3", "1e", "0x10"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(1.5, 10)
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
    f"{'s':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(5, ".2s")
except ValueError as e:
    print("ValueError:", e)
try:
    format("x", ",")
except ValueError as e:
    print("ValueError:", e)
try:
    format(3, "=^,x")
except ValueError as e:
    print("ValueError:", e)
