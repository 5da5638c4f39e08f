s = "Hello, World! ßtraße ǅ"
print(s.casefold(), s.swapcase(), s.title(), s.upper(), s.lower(), s.capitalize())
print("a\tbc\td".expandtabs(4), "x\ty".expandtabs(), "ab".center(7, "*"), "ab".ljust(5, "-"), "7".zfill(4), "-7".zfill(4), "+".zfill(3))
print("a,b,,c".split(","), "a b  c ".split(), " a b ".split(None, 1), "a,b,c".rsplit(",", 1), "".split(","), "".split())
print("l1\nl2\r\nl3\rl4\x0bl5\x1cl6\u2028l7".splitlines(), "a\nb\n".splitlines(keepends=True))
print("key=val=x".partition("="), "key=val=x".rpartition("="), "abc".partition("z"))
t = str.maketrans({"a": "1", "b": None}); print("abcab".translate(t), str.maketrans("ab", "xy", "c"))
print("hello world".count("o"), "hello".find("l", 3), "hello".rfind("l"), "hello".index("e"), "abc".find(""), "abc".rfind("", 1))
print("  xx  ".strip(), "xxhixx".strip("x"), "abcba".lstrip("ab"), "test.py".removesuffix(".py"), "prefix_x".removeprefix("prefix_"))
print("abc".isalpha(), "12".isdigit(), "½".isnumeric(), "١".isdecimal(), "a1".isalnum(), " ".isspace(), "Ab Cd".istitle(), "_x1".isidentifier(), "ABC".isupper(), "".islower(), "\x00".isprintable())
print("-".join(["a", "b"]), "ab" * 3, "abc"[::-1], "abcdef"[1:5:2], "abc"[-10:10], "hello"[1:-1])
print("{name}-{0}-{1:>4}".format("x", 7, name="N"), "{:{w}.{p}f}".format(3.14159, w=8, p=2), "{0[1]}{1[k]}".format([1, 2], {"k": "v"}))
print("{!r:^10}|{:#06x}|{:%}".format("s", 255, 0.25), "{0.real}".format(3 + 4j), "{:,}".format(-1234567.891))
print("x".format_map({}), "{a}".format_map({"a": 1}), "%.3s|%5s|%-5s|" % ("abcdef", "ab", "ab"))
print("straße".encode(), "€".encode("utf-16"), "abc".encode("ascii"), "é".encode("latin-1"), "ü".encode("ascii", "replace"), "ü".encode("ascii", "xmlcharrefreplace"), "ü".encode("ascii", "backslashreplace"))
print(repr("tab\there\n'quote\""), repr('it\'s'), repr("\x7f\x80\u200b\U0001f600"), ascii("héllo☃"), str(b"bytes"))
print(ord("€"), chr(8364), hex(ord("😀")), "😀".encode("utf-8"), len("😀"), "a😀b"[1])
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["banana", "Apple", "cherry"], key=str.lower), sorted("bca", reverse=True))
print("abc" < "abd", "Z" < "a", "abc" < "ab", min("hello"), max(["aa", "b"], key=len))
b = b"Hello\x00\xff world"
print(b, b.hex(), b.hex(":"), b.hex("-", 2), bytes.fromhex("de ad be ef"), b.upper(), b.split(), b[1], b[1:3], list(b[:3]))
print(b.replace(b"l", b"L", 1), b.find(b"o"), b.count(b"l"), b.startswith(b"He"), b.decode("latin-1"), b.decode("utf-8", "replace"), b.decode("ascii", "ignore"))
ba = bytearray(b"abc"); ba.append(100); ba.extend(b"ef"); ba[0] = 65; del ba[1]; ba.insert(0, 32); ba += b"!"
print(ba, ba.pop(), bytes(ba), ba.decode(), len(ba), ba * 2, b"%d-%s-%x" % (5, b"x", 255))
mv = memoryview(b"abcdef"); print(mv[1:3].tobytes(), mv[0], len(mv), mv.readonly, bytes(mv[::2]), mv.nbytes)
print(bytes(3), bytes([65, 66]), bytes("hi", "utf-8"), b"a" * 3, b"ab" + bytearray(b"c"), b"abc".center(7, b"-"), b" x ".strip())
print(b"a,b".split(b","), b"A B".lower(), b"hello".title(), b"ab".zfill(5), b"\t".expandtabs(3), b"abc".translate(None, b"b"), bytes.maketrans(b"a", b"z"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), (3).to_bytes(3, "little"), bytes(reversed(b"abc")), b"abc"[::-1], b"x" in b"xyz", 120 in b"xyz")
import string
print(string.ascii_letters[:10], string.digits, string.punctuation[:8], string.capwords("hello  world foo"), string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
try:
    string.Template("$x $y").substitute(x=1)
except KeyError as e:
    print("KeyError", e)
print(string.Template("$x $y").safe_substitute(x=1))
import textwrap
txt = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(txt, width=30)); print(textwrap.wrap("a " * 10, 7)); print(textwrap.dedent("   a\n     b\n   c")); print(textwrap.indent("x\ny", "> ")); print(textwrap.shorten("Hello  world this is long", width=15))
