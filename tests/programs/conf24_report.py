# String formatting heavy report generator.
from decimal import Decimal
import unicodedata

rows = [
    ("Widget", 3, 4.5, Decimal("12.30")),
    ("Gadget extraordinaire", 12, 0.333333, Decimal("0.05")),
    ("Thing", -7, 1234567.891, Decimal("-1000")),
    ("", 0, float("inf"), Decimal("3.14159")),
    ("Nan-item", 1, float("nan"), Decimal("1E+3")),
]

print("=" * 60)
print("INVENTORY REPORT".center(60, "*"))
print("=" * 60)
for name, qty, price, d in rows:
    print(f"|{name:<15.15}|{qty:>+5d}|{price:>14,.2f}|{d:>10}|")
    print("|%-15.15s|%+5d|%14.3e|%10s|" % (name, qty, price, d))
    print("|{0:^15}|{1:05}|{2:g}|{3!r}|".format(name[:15], qty, price, d))

width = 12
prec = 3
for v in [3.14159265, -0.0, 1e-7, 1e16, 123456789.0, 0.5, 2.5, -2.5]:
    print(f"[{v:{width}.{prec}f}] [{v:<{width}}] [{v:^{width}.{prec}g}] [{v:{'+' if v > 0 else '-'}.2%}]")
    print("[%*.*f] [%-*g] [%r] [%s]" % (width, prec, v, width, v, v, v))

for n in [0, 1, -1, 255, 65535, 2**40, -2**63]:
    print(f"{n:#x} {n:#o} {n:#b} {n:_} {n:,} {n:X} {n:08d} {n:=+12d} {n:c}" if 0 <= n < 0x110000 else
          f"{n:#x} {n:#o} {n:_x} {n:,} {n:X} {n:08d} {n:=+12d}")
print("%x %o %X %#x %#o %c %c" % (255, 8, 3054, 255, 8, 65, "z"))
print("%(name)s has %(count)03d items (%(pct).1f%%)" % {"name": "Bob", "count": 7, "pct": 12.345})

s = "hello\tworld\tfoo\tbarbaz"
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)))
print("abc".zfill(6), "-42".zfill(6), "+7".zfill(4), "".zfill(3))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "nokey".partition("="))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "  a  b  ".split(), "a b c".rsplit(None, 1))
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}))
print("Hello World".swapcase(), "hello world".title(), "HELLO".casefold(), "ß".upper())
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("ab".ljust(5, "-") + "|", "ab".rjust(5, "*") + "|", "ab".center(6, ".") + "|", "abc".center(6) + "|")
print("title case".istitle(), "Title Case".istitle(), "123".isdigit(), "½".isnumeric(), "x1".isidentifier())
print("a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(True))
print("{:>10}".format("right"), "{:*<10}".format("left"), "{:=^10}".format("mid"))
print("{0}{1}{0}".format("ab", "cd"), "{a[0]}-{b.real}".format(a=[1, 2], b=3+4j))
print("{!s:>8}|{!r:<8}|{!a}".format("x", "y", "é"))
print(format(1234.5, ","), format(1234.5, "_.1f"), format(0.000012345, ".3"), format(12345678.0, ".3"))
print(format(True, "d"), format(3, ".2f"), format(-7, "x"), format(1e300 * 1e10, "f"))
print(f"{'nested':{'>'}{10}}", f"{3.5!r:>6}", f"{'a' 'b'}", f"{{literal}}")
x = 42
print(f"{x=}", f"{x = :>5}", f"{x*2=:#x}")
print("%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%d%%" % 50, "%i" % 3.9, "%u" % 5)
print("%s %s" % (None, [1, "a"]), "%r" % ("q",), "%a" % "ü")
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("{:d}".format(1.5))
except ValueError as e:
    print("ValueError:", e)
try:
    print("{0} {}".format(1, 2))
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{'abc':=10}")
except ValueError as e:
    print("ValueError:", e)

# str subtleties and unicode
s = "Straße Ǆungla ﬁ İstanbul ΣΑΣ ὈΔΥΣΣΕΎΣ"
print(s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase(), sep="\n")
print(len("é"), len(unicodedata.normalize("NFD", "é")), unicodedata.name("€"), unicodedata.category("A"), unicodedata.numeric("½"), unicodedata.lookup("SNOWMAN"))
print([c for c in "a1²③٣ⅷ" if c.isdigit()], [c for c in "a1²③٣ⅷ" if c.isdecimal()], [c for c in "a1²③٣ⅷ" if c.isnumeric()])
print("\t\n\x0b\x0c\r\x1c\x1d\x1e\x85\u2028 ".isspace(), "a\u2028b".splitlines(), "a\x1cb\x85c".split())
print("ｆｕｌｌ".upper(), "ǆ".title(), "ŉ".upper(), "ß".capitalize(), "ﬃ".title(), "σς".upper(), "ΑΣ".lower(), "ΑΣ ".lower())
print(sorted(["éclair", "eclair", "Zed", "apple", "Äpfel"]), sorted(["b", "B", "a", "_", "1"], key=str.casefold))
print("abc".encode("utf-16-le"), "🐍".encode("utf-8"), len("🐍"), "🐍".encode("utf-16")[2:], ord(max("abc🐍")))
print("{:^9}|{:>5}|{:<4}|".format("日本", "é", "🐍"), "日本".ljust(5, "・"), repr("日本"[::-1]))
print(str(b"\xe2\x82\xac", "utf-8"), b"caf\xc3\xa9".decode(), b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"), b"\x80abc".decode("utf-8", "backslashreplace"))
print("ab\x00c".isprintable(), "ab c".isprintable(), "\u00a0".isspace(), "x".isascii(), "é".isascii(), "Ⅷ".isupper(), "ǅ".isupper())
print("Hello, World".removeprefix("Hello, "), "file.tar.gz".removesuffix(".gz"), "aXbXc".split("X", maxsplit=-1), "ab".join("xyz"))
print("%s and %s" % ("ünï", "cödé"), "{!a}".format("ünï"), repr("\x7f\x80\xa0\xad"), ascii("\x7f\x80\xa0"))
print("tab\there".expandtabs(3), "x\ty\tz".expandtabs(1), "12\t3\n456\t7".expandtabs(4))
t = str.maketrans({"a": "1", "b": None, "c": "xyz"}); print("abcabc".translate(t), str.maketrans("ab", "cd"))
print("mississippi".count("ss"), "mississippi".replace("ss", "SS", 1), "mississippi".index("ss", 3), "mississippi".rindex("i"), "mississippi".startswith(("x", "mis")), "mississippi".endswith("pi", 0, 11))
print("a-b_c d".split("-"), "CamelCaseString".swapcase(), "hello world".find("o", 5, 8), "   ".strip() == "", "x".center(4, "*"), "xy".center(5, "*"))
print(f"{'é':*^5}", f"{'abc':.2}", f"{'abc'!r:>8}", f"{123!s:>5}", f"{'x':\u2022<4}", "{0:{1}}".format("pad", 6) + "|")
print("done")
