# configparser: parsing, defaults, interpolation (basic and extended), typed getters, proxies, errors, write.
import configparser, io
cp = configparser.ConfigParser()
cp.read_string("""
# comment
[DEFAULT]
base = /srv
debug = yes

[server]
host = example.com
port: 8080
path = %(base)s/www
ratio = 0.75
multi = line one
    line two

    line four
; another comment
[client]
name = Test Client
timeout = 30
""")
print(cp.sections(), cp.defaults())
print(cp.get("server", "path"), cp.get("server", "path", raw=True), cp.getint("server", "port"))
print(cp.getfloat("server", "ratio"), cp.getboolean("server", "debug"), repr(cp.get("server", "multi")))
print(cp.options("client"), cp.has_option("client", "base"), cp.has_option("client", "nope"), cp.has_section("DEFAULT"))
print(cp.items("client"), cp.items("server", raw=True)[:2])
print([name for name, proxy in cp.items()], list(cp), len(cp), "server" in cp, "DEFAULT" in cp)
print(cp["server"]["host"], cp["server"].get("nope", "fb"), cp["server"].getint("port"), cp["client"].getboolean("debug"))
print(repr(cp["server"]), cp["server"].name, list(cp["client"]), len(cp["client"]), "name" in cp["client"])
print(cp.get("client", "missing", fallback="dflt"), cp.getint("nosect", "x", fallback=3))
print(cp.get("server", "path", vars={"base": "/opt"}))
cp.set("client", "timeout", "60")
cp["new"] = {"a": 1, "b": "two"}
cp["new"]["c"] = "x%%y"
print(cp.get("new", "c"), cp["new"]["a"])
del cp["new"]["a"]
print(cp.remove_option("client", "name"), cp.remove_option("client", "name"), cp.remove_section("nope"))
buf = io.StringIO()
cp.write(buf)
print(buf.getvalue())
buf = io.StringIO()
cp.write(buf, space_around_delimiters=False)
print(buf.getvalue()[:60])
for bad in [lambda: cp.get("nosect", "x"), lambda: cp.get("client", "nope"), lambda: cp.add_section("client"),
            lambda: cp.add_section("DEFAULT"), lambda: cp["nosect"], lambda: cp.set("client", "x", 5),
            lambda: cp.set("client", "x", "100%"), lambda: cp.getint("client", "name" if False else "timeout") + 1,
            lambda: cp.getboolean("server", "host"), lambda: cp.add_section(3), lambda: cp.options("zz"),
            lambda: cp.set("zz", "a", "b"), lambda: cp["server"]["nope"], lambda: cp.__delitem__("DEFAULT")]:
    try:
        print(bad())
    except (configparser.Error, ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e, e.args if isinstance(e, configparser.Error) else "")
def parse(text, **kw):
    p = configparser.ConfigParser(**kw)
    try:
        p.read_string(text)
        return {s: dict(p[s]) for s in p}
    except configparser.Error as e:
        return "%s: %s" % (type(e).__name__, e)
print(parse("[a]\nx=1\n[a]\ny=2"))
print(parse("[a]\nx=1\nx=2"))
print(parse("[a]\nx=1\n[a]\ny=2", strict=False))
print(parse("x=1\n[a]"))
print(parse("[a]\n=bad\nnovalue\n[b]\ny"))
print(parse("[a]\nflag\nk = v", allow_no_value=True))
print(parse("[a]\nk = v ; inline\nj = w;not", inline_comment_prefixes=(";",)))
print(parse("[a]\nk -> v\nj->w", delimiters=("->",)))
print(parse("[a]\nk = v\n\n  cont", empty_lines_in_values=False))
print(parse("[a]\nx = %(y)s\ny = %(x)s"))
p = configparser.ConfigParser()
p.read_string("[a]\nx = %(y)s\ny = %(x)s\nz = %(nope)s\nw = 50%\nv = %(")
for opt in "xzwv":
    try:
        p.get("a", opt)
    except configparser.InterpolationError as e:
        print(type(e).__name__, e)
e = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e.read_string("[paths]\nhome = /home/me\n[app]\ndata = ${paths:home}/data\nlog = ${data}/log\ncost = $$5\nbad = ${nope:x}\nworse = ${a:b:c}")
print(e.get("app", "data"), e.get("app", "log"), e.get("app", "cost"))
for opt in ("bad", "worse"):
    try:
        e.get("app", opt)
    except configparser.Error as x:
        print(type(x).__name__, x)
r = configparser.RawConfigParser()
r.read_string("[s]\nv = 100%\n")
r.set("s", "n", 5)
print(r.get("s", "v"), r.get("s", "n"))
d = configparser.ConfigParser(defaults={"a": 1, "b": "%(a)s!"}, converters={"list": lambda s: s.split(",")})
d.read_string("[x]\nitems = a,b,c")
print(d.get("x", "b"), d.getlist("x", "items"), d["x"].getlist("items"), sorted(d.converters))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH, issubclass(configparser.ConfigParser, configparser.RawConfigParser))
print(cp.read(["/nonexistent/file.ini"]))
ps = configparser.ConfigParser()
ps.read_dict({"s": {"k": "v"}, "t": {"n": 1}})
print(ps.items("s"), ps.popitem()[0], ps.sections())
