# str.format with positional, keyword, indexing, attribute access, conversions
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=41))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "val"}))
class P:
    def __init__(self):
        self.x = 3
        self.y = [7, 8]
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
    def __format__(self, spec):
        return "P-format(" + spec + ")"
p = P()
print("{0.x} {0.y[1]} {0!s} {0!r} {0} {0:abc}".format(p))
print("{!r} {!s} {!a}".format("x", "y", "\u00e9"))
print("{{literal}} {} {{}}".format(5))
print("{:>10}|{:<10}|{:^10}|{:*^11}|{:-<6}|{:#>4}".format("r", "l", "c", "mid", "x", 7))
print("{:d} {:5d} {:<5d}| {:^7d}| {:05d} {:+d} {: d} {:-d}".format(1, 2, 3, 4, 5, 6, 7, -8))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b} {:08b} {:#010x}".format(255, 255, 255, 5, 255, 8, 5, 5, 255))
print("{:,} {:_} {:,d} {:_x} {:_b} {:,.2f} {:_.1f}".format(1234567, 1234567, -9876543210, 0xFFFFFFFF, 255, 1234567.891, 9876543.21))
print("{:c} {:c}".format(65, 0x263A == 9786 and 97))
print("{:s} {:10s}| {:.3s} {:>8.2s}|".format("str", "pad", "truncate", "hello"))
print("{:e} {:.2e} {:E} {:f} {:.1f} {:g} {:.2g} {:G} {:%} {:.1%}".format(1234.5, 1234.5, 0.00012, 2.5, 2.25, 1e-7, 123456, 1e20, 0.25, 0.3333))
print("{:=+8d} {:=8d} {:0=8d} {:=08.2f}".format(42, -42, -42, -3.14159))
print("{0:{1}} | {0:{2}{1}} | {3:{4}.{5}f}".format("ab", 6, ">", 3.14159, 10, 2))
print("{:{fill}{align}{width}}".format("x", fill="~", align="^", width=9))
print("{0:>{w}} {1:<{w}}|".format("a", "b", w=4))
print(format(42), format(42, ""), format("s", ""), format(3.5, "*>8"), format(True), format(True, "d"), format(None))
print("{}".format(None), "{}".format([1, "a"]), "{}".format({"k": (1,)}), "{:>8}".format(str((1, 2))))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
try:
    "{:s}".format(5)
except ValueError as e:
    print("ValueError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
print("{0}{1}{0}".format("ab", "-") * 2)
print("{:>6}".format(-12), "{:<6}|".format(-12), "{:^6}|".format(-12), "{:06}".format(-12))
print("{:.0f} {:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5, 3.5))
print("{:n}".format(1234567), "{:10n}|".format(12.5))
print(str.format("{} + {} = {}", 2, 3, 2 + 3))
