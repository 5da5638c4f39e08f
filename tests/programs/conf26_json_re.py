import json, re
data = {"name": "Ann", "age": 31, "tags": ["a", "b"], "nested": {"x": 1.5, "y": None, "z": True}, "uni": "héllo ☃"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.loads(s) == data, json.loads('[1, 2.0, "x", null, true, {"a": [] }]'))
print(json.dumps([1e100, 0.1, float("inf"), -0.0, 10**20]))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print("decode error:", e, e.pos, e.lineno, e.colno)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
try:
    json.dumps({"s": object()})
except TypeError as e:
    print(e)
print(json.loads('{"a": 1}', object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
print(json.dumps("\u0000\n\t\"\\"), json.dumps({1: 2, None: 3, 2.5: 1}))

text = "John: 555-1234, Jane: 555-9876; Bob: 555-0000"
print(re.findall(r"(\w+): (\d{3}-\d{4})", text))
print(re.sub(r"(\d{3})-(\d{4})", r"\2-\1", text))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1b22c333"))
m = re.search(r"(?P<name>\w+): (?P<num>[\d-]+)", text)
print(m.group("name"), m["num"], m.groupdict(), m.span(), m.start(2), m.group(0, 1))
print(re.split(r"[,;]\s*", text), re.split(r"(\s)", "a b  c"), re.split(r"x*", "abc"))
print([m.group() for m in re.finditer(r"\b[A-Z]\w*", text)])
pat = re.compile(r"^(\w+)@(\w+)\.com$", re.I | re.M)
print(pat.findall("joe@x.com\nANN@Y.COM\nbad@z.org"), pat.pattern, pat.flags & re.I)
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.match(r"a|ab", "ab").group())
print(re.escape("a.b*c?"), re.sub(r"(?<=a)b", "X", "abab cb"), re.findall(r"(a)(b)?", "ab a"))
print(re.subn(r"o", "0", "foo boo"), re.sub(r"^", "> ", "l1\nl2", flags=re.M))
print(re.findall(r"\w+", "héllo wörld"), re.findall(r"[^\W\d_]+", "ab12_cd"))
print(repr(re.match(r"(a)|(b)", "b").groups()), re.match(r"(a)|(b)", "b").groups("-"), re.match("x", "y"))
print(re.compile(r"\s+").sub(" ", "  many   spaces  ").strip(), re.search(r"(\d+)(?!\d|px)", "12px 34em").group(1))
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m, m.expand(r"\2 \1"), m.lastindex, m.re.pattern, m.string[:5])
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"), re.findall(r"(?i)HELLO", "hello Hello"))
print(re.split(r"\b", "a b") if False else re.split(r"\s", "a b c", maxsplit=1))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e)
