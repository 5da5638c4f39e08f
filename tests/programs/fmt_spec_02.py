# format() builtin and format spec edge cases, table printing
print(format(0, "b"), format(-5, "b"), format(1, "08b"), format(-1, "08b"))
print(format(10 ** 20, ","), format(-(10 ** 20), "_"), format(2 ** 64, "x"), format(2 ** 64, "_x"))
print(format(123, "=10"), format(-123, "=10"), format(123, "010"), format(-123, "+010"))
print(format(3, "c"), repr(format(10, "c")), format(97, "c"))
print(format("abc", "^9"), format("abc", "x^9"), format("abc", "0>6"), format("", "*^3"))
print(format(1.5, "10"), format(1.5, "<10") + "|", format(-1.5, "=10"))
print(format(123.456, "+.2f"), format(-123.456, " .2f"), format(123.456, " .2f"))
print(format(1e-5, ".3e"), format(9.9999, ".2f"), format(9.995, ".2f"), format(0.995, ".2f"))
print(format(99.5, ".0f"), format(100.5, ".0f"), format(1e100, ".2e"), format(1e-100, "g"))
print(format(123456789, ".3e"), format(123456789, "e"), format(12, "e"), format(12, "f"), format(12, "%"))
print(format(0.1, ".30f"))
print(format(2 ** 0.5, ".50f"))
print(format(1 / 3, ".0%"), format(1 / 3, "g"), format(100 / 3, "g"), format(1e6, "g"), format(1e5, "g"))
print(format(123, "x>+8d"), format(-7, "^+7"), format(7, "^+7"))
print(format(1234.5, ",g"), format(1234567.0, ",g"), format(0.0, "e"), format(-0.0, "g"))
print(format(12, "#o"), format(12, "#b"), format(12, "#X"), format(0, "#x"), format(-0, "#b"))
print(format(True, ">5"), format(False, "d"), format(True, ".2f"))
header = ("Name", "Qty", "Price", "Total")
rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 999.999)]
print(f"{header[0]:<12}{header[1]:>5}{header[2]:>10}{header[3]:>12}")
print("-" * 39)
total = 0
for name, q, p in rows:
    t = q * p
    total += t
    print(f"{name:<12}{q:>5d}{p:>10.2f}{t:>12,.2f}")
print("=" * 39)
print(f"{'TOTAL':<12}{'':>5}{'':>10}{total:>12,.2f}")
for w in range(1, 8):
    print(f"|{'x' * w:^7}|{w:^7}|{w / 7:^7.3f}|")
for v in [0, 1, -1, 255, 65535, -65536]:
    print(f"{v:>8} {v:>#10x} {v:>#20b} {v:>#8o}")
