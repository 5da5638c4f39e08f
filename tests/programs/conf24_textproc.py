# Text processing: re, json, csv-ish parsing, textwrap, string module.
import re
import json
import textwrap
import string
import io
import csv

log = """2023-01-05 10:22:01 ERROR [db] Connection refused (code=111)
2023-01-05 10:22:05 WARN  [web] Slow response: 2.5s for /api/users?id=42
2023-01-05 10:23:00 INFO  [web] GET /index.html 200
2023-01-06 00:00:00 ERROR [auth] Invalid token for user 'bob@example.com'
bad line here
2023-01-06 08:15:30 INFO  [db] Pool size=10 active=3"""

pat = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>\w+)\s+\[(?P<mod>\w+)\] (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.group("level"), m["mod"], m.span("msg"), m.groupdict()["date"], m.start(), m.lastgroup)
print(len(pat.findall(log)), pat.groups, sorted(pat.groupindex.items()))
print(re.findall(r"(\w+)=(\d+)", log), re.findall(r"\d+\.\d+s", log))
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", log.splitlines()[0]))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1b22c333"), re.subn(r"o", "0", "foo boo"))
print(re.split(r"(,|;)\s*", "a, b;c,d"), re.split(r"\s+", " x  y "), re.split(r"(?:x)", "axbxc", maxsplit=1))
print(re.match(r"a+", "aaab").group(), re.match(r"b", "ab"), re.search(r"b", "ab").span(), re.fullmatch(r"\w+", "ab c"))
m = re.search(r"(a)(b)?(c)", "ac")
print(m.groups(), m.groups("-"), m.group(0, 1, 3), m.lastindex, m.re.pattern, m.string, m.pos)
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall(r"^\w", "ab\ncd", re.MULTILINE), re.findall(r".", "a\nb", re.S))
print(re.sub(r"(?P<w>\w+)@(?P<d>\w+)", r"\g<d> at \g<w>", "me@host you@there"), re.escape("a.b*c?"))
print(re.findall(r"\b\w+(?=ing\b)", "going doing thing sing"), re.findall(r"(?<!\d)\d{2}(?!\d)", "1 22 333 44"))
v = re.compile(r"""
    (?P<int>[+-]?\d+)   # integer part
    (?:\.(?P<frac>\d*))? # optional fraction
""", re.VERBOSE)
for s in ["42", "-3.14", "+7.", "x"]:
    mm = v.fullmatch(s)
    print(s, mm and mm.groupdict())
print(re.sub(r"x*", "-", "abxd"), re.findall(r"\d*", "a1b"), list(map(str, re.finditer(r"z", "abc"))))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
print(repr(re.compile(r"ab+", re.I)), re.I | re.M, re.template if False else "")

cfg = {"name": "svc", "ports": [80, 443], "tls": True, "ratio": 0.75, "none": None, "nested": {"b": 1, "a": [1, {"z": "é"}]}}
print(json.dumps(cfg))
print(json.dumps(cfg, sort_keys=True, indent=2))
print(json.dumps(cfg, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1, 2, [3, [4]]], indent="\t"))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps("tab\t\"quote\" \u2603 \x01"))
print(json.dumps(float("inf")), json.dumps([]), json.dumps({}), json.dumps([], indent=2), json.dumps({"a": []}, indent=2))
obj = json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}, "u": "\\u00e9\\n"}')
print(obj, type(obj["b"]["c"]))
print(json.loads("[1, 2]", parse_float=str), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('NaN'), json.loads('"\\ud83d\\ude00"') == "\U0001F600")
for bad in ['{"a": 1,}', "[1, 2", "", '{"a" 1}', "tru", '"abc']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=Enc), json.dumps({"s": {2, 1}}, default=list))

para = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.fill(para, width=30))
print(textwrap.wrap("short", 10), textwrap.shorten(para, width=40), repr(textwrap.dedent("   a\n     b\n   c")))
print(textwrap.indent("x\n\ny", "> "), textwrap.fill("a-b-c-d-e " * 3, 9, initial_indent="* ", subsequent_indent="  "))
print(string.ascii_letters, string.digits, string.punctuation, string.capwords("hello   wORLD foo"))
t = string.Template("$who likes ${what}s; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
buf = io.StringIO('name,age,quote\nann,30,"hi, there"\nbob,,"say ""hey"""\n')
rows = list(csv.reader(buf))
print(rows)
buf.seek(0)
print([dict(r) for r in csv.DictReader(buf)])
out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'd"e', None, 1.5])
w.writerows([[1, 2], ["x y", ""]])
print(repr(out.getvalue()))
