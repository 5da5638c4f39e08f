# str(e), repr(e), e.args for many exceptions
excs = [
    ValueError(), ValueError("msg"), ValueError("a", "b"), ValueError(1, 2, 3), ValueError(None),
    KeyError("key"), KeyError(42), KeyError(), KeyError("a", "b"), KeyError(("t",)),
    IndexError("list index out of range"), TypeError("bad type"), ZeroDivisionError("division by zero"),
    AttributeError("x"), NameError("name 'q' is not defined"), RuntimeError(), StopIteration(5), StopIteration(),
    OSError("plain"), OSError(2, "No such file or directory"), OSError(2, "No such file", "f.txt"),
    FileNotFoundError(2, "No such file or directory", "missing.txt"), AssertionError(), AssertionError("a"),
    Exception("multi\nline"), Exception(""), Exception([1, 2]), Exception({"k": "v"}), BaseException("base"),
    NotImplementedError("todo"), RecursionError("too deep"), UnicodeError("u"), SystemExit(2), KeyboardInterrupt(),
    ArithmeticError("arith"), LookupError("lookup"), OverflowError("big"), ImportError("imp"), EOFError(),
]
for e in excs:
    print(f"{type(e).__name__:20} str={str(e)!r:45} repr={e!r} args={e.args}")
class MyErr(Exception):
    pass
class WithInit(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code
        self.text = text
class WithStr(Exception):
    def __str__(self):
        return "custom str"
class NoSuper(Exception):
    def __init__(self, v):
        self.v = v
for e in [MyErr(), MyErr("m"), MyErr(1, "two"), WithInit(404, "not found"), WithStr("ignored"), NoSuper(9)]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = WithInit(500, "server")
print(e.code, e.text, isinstance(e, Exception))
e.args = ("replaced",)
print(str(e), repr(e))
try:
    raise MyErr
except MyErr as caught:
    print("raised class, got instance:", type(caught).__name__, caught.args)
try:
    raise ValueError
except ValueError as caught:
    print(repr(caught), str(caught) == "")
err = KeyError("missing")
print(str(err), err.args[0], "%s" % err, "{}".format(err), f"{err!r}")
print(str(KeyError("")), repr(KeyError("")), str(KeyError(None)))
o = OSError(13, "Permission denied")
print(type(o).__name__, o.errno, o.strerror, o.filename, str(o))
o2 = OSError(2, "nf")
print(type(o2).__name__)
print(isinstance(FileNotFoundError(), OSError), type(OSError(2, "x")).__name__)
