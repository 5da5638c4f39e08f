# split / rsplit / join / strip / partition
s = "  the quick  brown fox  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "a,b,,c".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "x".split("x"), "xax".split("x"))
print("a--b--c".split("--"), "1 2\t3\n4".split(), "a b c".split(maxsplit=1))
print("|".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "-".join(str(i) for i in range(5)))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "  \t\n z \n".strip())
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(), "a\nb\n".splitlines(True))
print("".splitlines(), "x".splitlines(), "\n".splitlines())
text = "one two three two one"
print(text.replace("two", "2"), text.replace("one", "1", 1), text.replace("", "-")[:20], text.replace("zz", "q"))
print(text.find("two"), text.rfind("two"), text.find("zz"), text.find("o", 5), text.find("o", 5, 8), text.index("three"))
try:
    text.index("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    text.rindex("zz")
except ValueError as e:
    print("ValueError:", e)
print(text.count("o"), text.count("two"), text.count(""), text.count("o", 10), "aaaa".count("aa"))
print(text.startswith("one"), text.startswith("two", 4), text.endswith("one"), text.endswith(("x", "one")), text.startswith(("a", "b")))
words = text.split()
print(sorted(words), sorted(set(words)) if False else sorted(dict.fromkeys(words)), len(words))
csv = "name,age,city\nann,30,Paris\nbob,25,Rome"
for line in csv.splitlines():
    fields = line.split(",")
    print(fields, "|".join(f.upper() for f in fields))
print("a b".split(" ", 0), "a b c d".rsplit(" ", 2), "  a  b  ".rsplit(), "a\tb".expandtabs(4) + "|")
print("hello world".removeprefix("hello "), "hello world".removesuffix(" world"), "x".removeprefix("y"))
