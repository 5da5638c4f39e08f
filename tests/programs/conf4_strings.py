s = "Hello, World! héllo ß ǅ ﬁ"
print(s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title(), s.capitalize())
print("hello world".title(), "they're bill's".title(), "ABC def".istitle(), "Abc Def".istitle())
print("  x  ".strip(), "xxhixx".strip("x"), "abc".lstrip("ab"), "abc".rstrip("bc"), "www.ex.com".removeprefix("www."), "a.py".removesuffix(".py"))
print("a,b,,c".split(","), "a b  c ".split(), " a b ".split(None, 1), "a,b,c".rsplit(",", 1), "".split(","), "".split(), "abc".split("b", 0))
print("l1\nl2\r\nl3\rl4\n".splitlines(), "l1\nl2\n".splitlines(True), "".splitlines(), "a\x0bb\x1cc".splitlines())
print("abc".partition("b"), "abc".partition("z"), "abcb".rpartition("b"), "abc".rpartition("z"))
print("-".join(["a", "b"]), "".join([]), ", ".join(map(str, range(5))))
print("abcabc".find("c"), "abcabc".rfind("c"), "abc".find("z"), "abcabc".count("bc"), "aaaa".count("aa"), "abc".count(""), "abc".find("", 5), "abc".find("", 3))
print("abc".replace("b", "B"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".center(8, "*"), "abc".ljust(6, "."), "abc".rjust(2), "ab".center(5))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "12\t3".expandtabs(2))
print("abc".isalpha(), "a1".isalnum(), "12".isdigit(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), " \t\n".isspace(), "".isspace(), "Ab".isupper(), "ab1".islower(), "_x1".isidentifier(), "1x".isidentifier(), "abc".isascii(), "é".isascii(), "\x7f".isprintable(), "a b".isprintable())
print("hello".startswith(("he", "x")), "hello".endswith("lo", 0, 5), "hello".startswith("l", 2), "abc"[::-1], "abcdef"[1:5:2], "abc"[-5:10])
print("%s" % "x" * 3, "ab" * 0, "ab" * -1, "a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "Z" < "a", max("hello"), sorted("hello"))
print(ord("€"), chr(8364), chr(0x1F600).encode("utf-8"), "€".encode("utf-16-le"), ascii("héllo\n"), repr("tab\there"), repr("q'\""), repr('single\''), repr("\x00\x1f\x7f\x80\xff\u2028"))
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")), "hello".translate({ord("l"): None, ord("h"): "J"}))
print("{:>8}".format("ab"), "ab".__len__(), "abc".__contains__("b"), "b" in "abc", "" in "abc", "abc".index("c"))
print("Straße".upper(), "İ".lower(), len("İ".lower()), "ǆ".title(), "ﬁ".upper())
b = b"Hello\x00\xff bytes"
print(b, b.upper(), b.hex(), b.hex(":"), b.hex(" ", 2), bytes.fromhex("de ad be ef"), b[0], b[-1:], list(b[:3]), b.split(), b.find(b"\xff"))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytearray(b"abc"), bytearray(2), b"ab" + bytearray(b"cd"), bytearray(b"x") + b"y")
ba = bytearray(b"hello")
ba[0] = 74; ba.extend(b"!!"); ba.append(63); del ba[1]; ba[1:3] = b"LLL"
print(ba, ba.decode(), ba.pop(), ba, ba.count(b"L"), bytes(ba).title(), ba.isalpha(), b"12".isdigit())
print(b"a,b".split(b","), b" x ".strip(), b"abc".replace(b"b", b"XX"), b"%s=%d" % (b"k", 5), b"%r" % b"x", b"%x" % 255, b"abc".startswith(b"a"))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(bytearray(b"'")), b"\t\n\r\x0b".hex(), bytes(range(250, 256)))
print(b"abc" == bytearray(b"abc"), b"abc" < b"abd", b"a" * 3, memoryview(b"abc")[1], bytes(memoryview(b"xyz")[::2]), b"Ab".swapcase(), b"ab".center(6, b"-"))
for bad in [lambda: b"x" + "y", lambda: bytes([256]), lambda: bytes([-1]), lambda: bytearray(b"x").append(300), lambda: b"abc".index(b"z"),
            lambda: "abc".encode("nope"), lambda: b"\xff\xfe".decode("ascii"), lambda: "x".join([b"a"]), lambda: b"".join(["a"]),
            lambda: "a".center(5, "ab"), lambda: "abc"[5], lambda: "abc".split(""), lambda: "x".zfill("3"), lambda: str(b"abc", "utf-8", "bogus"),
            lambda: "x" < 1, lambda: ord(""), lambda: "abc".startswith(["a"]), lambda: bytes.fromhex("zz"), lambda: "a".replace(1, 2),
            lambda: int("٣"), lambda: "%d" % "x", lambda: "abc".removeprefix(1), lambda: b"a".decode("utf-8", "strict2")]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(b"\xff\xfeab".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"), b"\xffab".decode("latin-1"), "é€".encode("ascii", "replace"), "é€".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"), b"\xff".decode("utf-8", "backslashreplace"))
print(str(b"abc"), str(b"abc", "ascii"), "abc".encode(), len("😀"), len("😀".encode()), len("😀".encode("utf-16")), "😀".encode("utf-16-be"))
import string
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, string.capwords("hello   big world"))
print(string.Template("$who likes ${what}s $$").substitute(who="tim", what="kung pao"), string.Template("$a $b").safe_substitute(a=1))
print(f"{'a' 'b'}", "a" "b" 'c', """tri
ple""", r"raw\n", rb"\x", "\N{GREEK SMALL LETTER ALPHA}", "\u00e9\U0001F600", "\101\x41")
