import re, textwrap, string
from collections import Counter
from string import Template

TEXT = """The quick brown fox jumps over the lazy dog. The dog, being lazy,
did not react!  Meanwhile, 3 foxes (and 12 hens) watched from 2:30pm until 11:45pm.
Contact: alice@example.com, Bob.Smith@mail.co.uk; phone +1-555-0100 or 555.0199.
"It's a dog-eat-dog world," said the fox -- or was it the hen?"""

words = re.findall(r"[a-z']+", TEXT.lower())
cnt = Counter(words)
print(cnt.most_common(5))
print(sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
print(len(words), len(cnt), cnt["dog"], cnt["zebra"])
emails = re.findall(r"([\w.]+)@([\w.]+)", TEXT)
print(emails)
for m in re.finditer(r"(?P<h>\d{1,2}):(?P<m>\d\d)(?P<ampm>am|pm)", TEXT):
    print(m.group(0), m.groupdict(), m.span(), m.start("m"), m.expand(r"\g<h>h\2"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), TEXT.splitlines()[1]))
print(re.sub(r"(?P<w>\b\w)(\w*)", lambda m: m["w"].upper() + m.group(2), "hello big world"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "x@y and a@b"), re.subn("o", "0", "foo boo"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\s)", "a b  c", maxsplit=2))
print(re.fullmatch(r"\+?[\d-]+", "+1-555-0100"), re.match("a", "ba"), re.search("a", "ba"))
pat = re.compile(r"(?i)THE\s+(\w+)")
print(pat.findall(TEXT), pat.pattern, pat.flags & re.I == re.I, pat.groups)
print(re.escape("a.b*c?"), re.findall(r"\b\w{5}\b", TEXT))
print(re.sub(r"\s+", " ", TEXT)[:60] + "...")
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e, e.pos)
print(textwrap.fill(re.sub(r"\s+", " ", TEXT), width=40))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.dedent("    x\n      y\n    z"))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder=" [...]"))
print(textwrap.fill("one two three four five six", width=12, initial_indent="* ", subsequent_indent="  "))
t = Template("$who likes ${what}s, costs $$${price}")
print(t.substitute(who="Tim", what="apple", price=3))
print(t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("bad $").substitute()
except ValueError as e:
    print("ValueError:", e)
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age} years, {unknown}".format_map(Default(name="Al", age=30)))
print("{0:>{1}}|{k[a]}|{o.real}".format("x", 5, k={"a": 1}, o=3+4j))
print("{!r:^10}|{:{fill}{align}8}".format("ab", 3.5, fill="~", align="<"))
tr = str.maketrans("abc", "xyz", "!?")
print("aabbcc!? cab".translate(tr), "hello".translate({ord("l"): None, ord("h"): "J"}))
print(string.ascii_letters[:10], string.punctuation, string.capwords("hello   big  world"))
fmt = string.Formatter()
print(list(fmt.parse("a{0}b{x!r:>3}c")), fmt.format("{0}-{1}", 1, 2))
print("Hello World".swapcase(), "hello world".title(), "ß".upper(), "ǅ".lower(), "straße".casefold())
print("  x  ".strip(), "xxhixx".strip("x"), "a,b,,c".split(","), "a b  c".split(), "a\nb\r\nc".splitlines(True))
print("abc".center(9, "*"), "42".zfill(6), "-42".zfill(6), "tab\there".expandtabs(4), "x".ljust(3, "."))
print("hello".partition("l"), "hello".rpartition("l"), "a-b-c".rsplit("-", 1), "abc".removeprefix("a").removesuffix("c"))
print("%s has %d items costing %.2f (%5.1f%%) %r %x %o %e %c" % ("cart", 3, 9.5, 45.25, "q", 255, 8, 12345.678, 65))
print("%(a)s-%(b)04d" % {"a": "A", "b": 7}, "%-5s|%5s|" % ("l", "r"), "%+d %+d" % (5, -5))
print("café".encode(), "café".encode("latin-1"), b"caf\xc3\xa9".decode(), "naïve".encode("ascii", "replace"), "x\u2603".encode("ascii", "xmlcharrefreplace"))
try:
    "snow\u2603".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower), sorted("hello world"))
print("".join(reversed("stressed")), "racecar" == "racecar"[::-1], "abcdef"[1:5:2], "abc" * 3)
print(ascii("café ☃"), repr("tab\there\n'\""), str(b"bytes"), "{:,}".format(1234567))
table = [("Name", "Qty", "Price"), ("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
for row in table:
    print("|".join(f"{c:<12}" if isinstance(c, str) else f"{c:>6}" if isinstance(c, int) else f"{c:>8.2f}" for c in row))
