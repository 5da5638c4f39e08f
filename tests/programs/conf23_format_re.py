import re
import string
import textwrap


def fmt_table():
    vals = [0, 1, -1, 3.14159, -2.5, 1234567.891, 1e-7, 1e22, float("inf"), float("nan")]
    specs = ["", ">10", "<8", "^9", "+", " ", "010.3f", ",.2f", "_.1f", ".3e", ".4g", "g", "%", ".1%", "#.0f", "=+12.2f", "*^12.1e", ".0e", "E", "G"]
    for v in vals:
        row = []
        for s in specs:
            try:
                row.append(format(v, s))
            except ValueError as e:
                row.append("ERR")
        print("|".join(row))


def fmt_ints():
    for v in [0, 7, -42, 255, 65535, 10 ** 12, -(2 ** 40)]:
        print(f"{v:b}|{v:#b}|{v:o}|{v:#o}|{v:x}|{v:#X}|{v:_x}|{v:,}|{v:_}|{v:+08d}|{v:^+9}|{v:c}" if 0 <= v < 0x110000 else f"{v:b}|{v:#x}|{v:,d}|{v:08_d}|{v:=10}")
    print(format(1234, "#_b"), format(-255, "#010x"), format(5, "n"), format(True, "d"), format(True, ""))
    for bad in ["s", ".2d", ",c"]:
        try:
            format(10, bad)
        except ValueError as e:
            print("ValueError:", e)


def fmt_strings():
    s = "héllo"
    print(f"[{s:>8}] [{s:_<8}] [{s:^9.3}] [{s!r}] [{s!a}] [{s!s:>7}]")
    w, p = 12, 3
    print(f"[{3.14159:{w}.{p}f}] [{'x':{'*'}^{w}}] [{42:{'+' if w else ''}}]")
    x, y = 3, [1, 2]
    print(f"{x=} {y=!r} {x*2=:>5} {x + 1 = }")
    print("{0}{1}{0}".format("ab", "cd"), "{:{}{}}".format(5, "0", 4), "{a[1]}-{b.real}".format(a=[9, 8], b=2j))
    print("{!r:>10}|{:%Y}".format("q", __import__("datetime").date(2024, 2, 29)))
    print("%5.2f|%-6d|%+d|%x|%#o|%e|%g|%s|%r|%c|%%|%05.1f" % (3.14159, 42, 7, 255, 8, 12345.678, 0.00001234, None, "s", 65, -2.25))
    print("%(name)s is %(age)03d" % {"name": "Bo", "age": 7}, "%*d|%-*.*f" % (5, 42, 8, 2, 1.005))
    try:
        "%d" % "x"
    except TypeError as e:
        print("TypeError:", e)
    try:
        "%s %s" % (1,)
    except TypeError as e:
        print("TypeError:", e)
    t = string.Template("$who likes ${what}s; $$5")
    print(t.substitute(who="Tim", what="kiwi"), t.safe_substitute(who="Al"))
    try:
        t.substitute(who="x")
    except KeyError as e:
        print("KeyError:", e)
    print(string.capwords("hello  big   world"), string.ascii_letters[20:30], string.punctuation[:10])


def regex():
    log = """2024-01-05 ERROR disk full (code=28)
2024-01-06 INFO started pid=1203
2024-02-11 WARN slow query took 1503ms
bad line here
2024-03-01 ERROR timeout (code=110)"""
    pat = re.compile(r"^(?P<date>\d{4}-(?P<month>\d\d)-\d\d) (?P<level>[A-Z]+) (?P<msg>.*)$", re.M)
    for m in pat.finditer(log):
        print(m.group("level"), m["month"], m.span("msg"), m.groupdict()["date"])
    print(pat.findall(log)[1])
    print(re.findall(r"code=(\d+)", log), re.findall(r"(\w)(\d)", "a1 b2 c"))
    print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
    print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home, ann@work"), re.subn("a", "A", "banana", count=2))
    print(re.split(r"(,|;)\s*", "a, b;c,d"), re.split(r"\s+", "  lead trail  "), re.split(r"x*", "axbc"))
    print(re.fullmatch(r"[a-z]+\d?", "abc1") is not None, re.fullmatch(r"[a-z]+", "abc1"))
    m = re.search(r"(?i)(HELLO) (world)?", "say hello there")
    print(m.group(0), m.groups(), m.groups("none"), m.start(1), m.end(), m.lastindex)
    print(re.match(r"(a)(b)?", "ac").group(2), re.escape("a.b*c?"), bool(re.search(r"\bcat\b", "concat cat")))
    print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi yo"), re.sub(r"(?x) a  # comment\n | b", "-", "abc"))
    print(re.findall(r"(?s)<(.+?)>", "<a\nb><c>"), re.findall(r"^\w", "ab\ncd", re.MULTILINE))
    print(repr(re.compile(r"\d+", re.I)), re.compile("x").pattern, re.compile("x", re.I | re.M).flags & 0xff)
    try:
        re.compile("(unclosed")
    except re.error as e:
        print("re.error:", e)
    m = re.match(r"(\d+)-(\d+)", "10-20")
    print(m.expand(r"\2:\1"), m.re.pattern, m.string, m.pos, repr(m)[:40])


def wrap():
    txt = "The quick brown fox jumps over the lazy dog. " * 3
    print(textwrap.fill(txt, width=30))
    print(textwrap.wrap("short", 10), textwrap.shorten(txt, width=40))
    print(textwrap.indent("a\nb\n\nc", "> "))
    print(repr(textwrap.dedent("    x\n      y\n    z")))


fmt_table()
fmt_ints()
fmt_strings()
regex()
wrap()
