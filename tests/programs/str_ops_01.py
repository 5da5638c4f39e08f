# indexing, slicing, concatenation, iteration, in, encode
s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6], s[:5], s[7:], s[-6:-1], s[::2], s[::-1], s[1::3], s[100:], s[:-100])
print(s[2:10:3], s[10:2:-2], s[-1:-6:-1], len(s), len(s[3:3]))
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
print("ab" + "cd", "ab" * 3, 3 * "xy", "" * 5, "-" * 0, "x" * -1 == "")
print("World" in s, "world" in s, "" in s, "o, W" in s, "z" not in s)
for i, ch in enumerate("abc"):
    print(i, ch, ord(ch), chr(ord(ch) + 1))
print([c for c in "hello" if c not in "aeiou"], list("abc"), tuple("ab"), "".join(reversed("stressed")))
print(s.encode(), "é".encode(), "é".encode("utf-8"), "€".encode("utf-8"), "abc".encode("ascii"))
print("é".encode("latin-1"), b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), "\U0001F600".encode())
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(len("é"), len("é".encode()), len("\U0001F600"), len("\U0001F600".encode()), len("日本語"), "日本語"[1], "日本語"[::-1])
print(str(123) + "abc", str(None), str(True), str([1, "a"]), str(b"x"))
u = "ünïcödé"
print(u.upper(), u[2:5], u.find("c"), u.encode("utf-8")[:6], len(u.encode("utf-8")))
t = "abc"
t += "def"
t *= 2
print(t, t.count("c"), t.index("d", 4))
print(ord("a"), ord("\n"), ord("€"), chr(8364), chr(0x1F600) == "\U0001F600", chr(97) + chr(98))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
print(str.maketrans("abc", "xyz")[97], "aabbcc".translate(str.maketrans("abc", "xyz")), "hello".translate({ord("l"): None}))
print("%s" % s.lower().replace(",", "").replace("!", "").split())
