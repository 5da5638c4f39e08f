import sys, io, os
l = [1, 2]; l.append(l); print(l, repr(l))
d = {"a": 1}; d["self"] = d; print(d)
class R:
    def __repr__(self): return "R()"
print([R()], {R(): 1} if False else {1: R()}, (R(),), {R()} if False else set(), frozenset())
print(str(1.0), str([1.0, "a", None]), print.__name__, type(print), repr(len), repr(str.join))
print(sys.getrecursionlimit(), sys.maxsize, sys.byteorder, sys.version_info[:2], type(sys.version_info).__name__, sys.float_info.max, sys.int_info.bits_per_digit if False else "-", sys.argv[1:])
def rec(n): return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError:", e)
print(isinstance(True, int), issubclass(bool, int), bool.__mro__, type(None)(), type(...), NotImplemented, Ellipsis)
print(list(map(lambda x, y: x + y, [1, 2], [3, 4, 5])), list(filter(None, [0, 1, 2, None])), list(zip()), dict(zip("ab", range(2))), list(enumerate("xy", start=5)))
print(sorted({3: "a", 1: "b"}.items(), reverse=True), min([], default="empty"), max("abc", key=ord), sum([[1], [2]], []), any([]), all([]))
print(divmod(-1, 5), abs(-5), round(-0.5), pow(-2, 3), chr(8364), ord("€"), hex(id(None)) != "", hash("a") == hash("a"), format(5, "b"))
print(vars(type("T", (), {"a": 1}))["a"], dir([])[:3], getattr([], "__len__")(), isinstance([], (list, tuple)), callable(len))
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e, e.name)
try:
    [].nope
except AttributeError as e:
    print("AttributeError:", e, e.name, e.obj)
try:
    import nonexistent_mod
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from json import nonexistent
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
def f(a, b=2, *, c): pass
for call in [lambda: f(), lambda: f(1, 2, 3), lambda: f(1, c=1, d=2), lambda: f(1, a=1, c=1), lambda: len(1), lambda: int("x", 99), lambda: [1][5], lambda: {}["k"], lambda: (1,)[1:][0], lambda: "a" + 1, lambda: 1 + "a", lambda: None(), lambda: [] < 1, lambda: hash([]), lambda: iter(5), lambda: next(iter([])), lambda: {}.pop("x"), lambda: [].pop(), lambda: "abc".index("z"), lambda: [1].remove(2), lambda: int.from_bytes("x", "big"), lambda: sorted([1, "a"]), lambda: dict([(1, 2, 3)]), lambda: tuple(1), lambda: "x" * 1.5, lambda: [1, 2, 3][1.0], lambda: a, lambda: setattr(1, "x", 2), lambda: object().__dict__, lambda: str.upper(1), lambda: (lambda x: x)(), lambda: "{:d}".format("s"), lambda: "%d" % "s", lambda: f"{1:q}", lambda: bytes([256]), lambda: bytearray(b"x").pop(5), lambda: chr(-1), lambda: range(1, 2, 0), lambda: slice(1)[0], lambda: memoryview(b"ab")[5], lambda: float("x"), lambda: complex("1+"), lambda: divmod(1j, 1), lambda: open("/nonexistent/x"), lambda: os.listdir("/nonexistent"), lambda: 1 << -1, lambda: 10 ** 10 ** 10 if False else (2).__pow__(-1, 5), lambda: max(), lambda: min(1), lambda: getattr(1, 2), lambda: isinstance(1, 1), lambda: super(), lambda: del_item(), lambda: exec("x = (1"), lambda: eval("1 +"), lambda: compile("a b", "<s>", "eval"), lambda: __import__(""), lambda: reversed(5), lambda: zip(1), lambda: list.append(), lambda: frozenset().add]:
    try:
        r = call()
        print("ok", r if not callable(r) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(sys.stdout.write("written\n"), sys.stderr is sys.__stderr__, sys.stdout.isatty())
print("a", "b", sep="", end="|\n"); print(*range(3), sep=", "); print(file=sys.stdout); print("flush", flush=True)
buf = io.StringIO(); print("x", 1, file=buf); print(repr(buf.getvalue()))
b = io.BytesIO(b"line1\nline2\n"); print(b.readline(), b.read(), b.tell(), b.seek(0), b.read(3))
s = io.StringIO("a\nb\nc"); print(list(s), s.closed)
print(int.__doc__[:20] if int.__doc__ else None, len.__doc__, (lambda: 0).__doc__)
x = 10
def outer():
    x = 20
    def inner():
        nonlocal x
        x += 1
        global y
        y = x
        return x
    return inner()
print(outer(), y, x)
print([i for i in range(3)], {i: i * i for i in range(3)}, {i % 2 for i in range(5)}, list(i for i in "ab"))
print(globals()["x"], "outer" in dir(), __name__, __file__.endswith("misc.py"), __builtins__.__name__ if hasattr(__builtins__, "__name__") else "dict")
