class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class DbError(AppError): pass
class NotFound(DbError, LookupError): pass

def order(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise":
            raise NotFound("row", 404)
        if kind == "return":
            return log + ["returned"]
    except LookupError as e:
        log.append(f"except {type(e).__name__} {e} {e.code}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for k in ["ok", "raise", "return"]:
    print(order(k))

def finally_override():
    try:
        return 1
    finally:
        return 2
print(finally_override())
def finally_swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return "swallowed"
try:
    print(finally_swallow())
except ValueError as e:
    print("escaped finally:", repr(e))

try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("nocontext") from None
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

e = AppError("boom", 3)
print(e, repr(e), e.args, str(DbError("x")), repr(NotFound("y", 1)))
print(NotFound.__mro__)
print(repr(Exception()), str(Exception()), repr(Exception(1, 2)), str(Exception(1, 2)), str(Exception("one")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(repr(OSError(2, "No such file")), str(OSError(2, "No such file")), OSError(2, "x").errno, type(OSError(2, "x")).__name__)
print(str(FileNotFoundError(2, "No such file or directory", "a.txt")))
print(repr(StopIteration(5)), StopIteration(5).value, repr(SystemExit(3)), SystemExit(3).code)
print(repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
try:
    b"\xff".decode()
except UnicodeDecodeError as ex:
    print(ex, ex.start, ex.end, ex.reason)
try:
    "é".encode("ascii")
except UnicodeEncodeError as ex:
    print(ex)

def gen_errors():
    yield from [lambda: [][1], lambda: (1,)[5], lambda: "ab"[9], lambda: {}[()], lambda: {"a": 1}["b"],
                lambda: int("q"), lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: len(5),
                lambda: NONE(), lambda: FIVE[0], lambda: None.x, lambda: [].nope, lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0,
                lambda: 1.0 / 0, lambda: divmod(1, 0), lambda: 2 ** -1 // 0, lambda: [1, 2].index(3), lambda: [].pop(),
                lambda: {}.popitem(), lambda: set().pop(), lambda: "abc".index("z"), lambda: (1, 2).index(9), lambda: [].remove(1),
                lambda: abs("x"), lambda: -"x", lambda: ~1.5, lambda: undefined_name, lambda: chr(-1), lambda: ord("ab"),
                lambda: [1][ONEF], lambda: "a" * 1.5, lambda: {[]: 1}, lambda: {[1]}, lambda: hash([]),
                lambda: sorted([1, "a"]), lambda: max([]), lambda: min(1), lambda: list(1), lambda: dict([1]), lambda: dict([(1, 2, 3)]),
                lambda: iter(None), lambda: next(iter([])), lambda: "x".join([1]), lambda: b"x" + "y", lambda: bytes("x"),
                lambda: (lambda a, b: 0)(1), lambda: (lambda a: 0)(1, 2), lambda: (lambda: 0)(x=1), lambda: (lambda a, *, k: 0)(1),
                lambda: print(sep=1), lambda: 10 ** 10000 * 1.0, lambda: float(10 ** 400), lambda: math_sqrt(-1), lambda: range(1, 2, 0),
                lambda: setattr(1, "x", 2), lambda: object().__dict__, lambda: tuple.append, lambda: "abc".foo(),
                lambda: int.bad, lambda: type("X", (), {})().y, lambda: getattr(3, "zz")]
import math
math_sqrt = math.sqrt
NONE = None; FIVE = 5; ONEF = 1.0
for fn in gen_errors():
    try:
        r = fn()
        print("no error", r)
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)

class CleanUp:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("cleanup sees", a[0].__name__ if a[0] else None)
        return False
def nested():
    with CleanUp():
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
try:
    nested()
except KeyError as e:
    print("outer caught", e)

try:
    raise AppError
except AppError as e:
    print("TypeError?", e)
except TypeError as e:
    print("TypeError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        pass
    finally:
        raise RuntimeError("in finally")
except RuntimeError as e:
    print(e)
err = None
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print("reraised", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
e1 = ValueError("a")
e1.add_note("note one")
e1.add_note("note two")
print(e1.__notes__)
print(ValueError("x").with_traceback(None).args, BaseException.__subclasses__()[:0])
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
print([c.__name__ for c in ArithmeticError.__subclasses__()], LookupError.__subclasses__()[:2])
