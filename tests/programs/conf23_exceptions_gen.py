# regen: full-stderr
import contextlib
import sys


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class NotFound(AppError, LookupError):
    pass


def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise NotFound(404, f"no {k}") from e


def chained():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("bad value")
    except ValueError as e:
        print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
    try:
        lookup({}, "x")
    except LookupError as e:
        print(e, repr(e), e.code, type(e.__cause__).__name__, e.__suppress_context__, e.args)
    try:
        raise RuntimeError("x") from None
    except RuntimeError as e:
        print(e.__cause__, e.__suppress_context__)


def groups():
    try:
        raise ExceptionGroup("batch", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [ValueError(2), KeyError("k")])])
    except* ValueError as eg:
        print("values:", repr(eg), [str(x) for x in eg.exceptions])
    except* (TypeError, KeyError) as eg:
        print("others:", eg.message, len(eg.exceptions))
    eg = ExceptionGroup("g", [ValueError("a"), OSError("b")])
    match, rest = eg.split(ValueError)
    print(match, rest, eg.subgroup(lambda e: isinstance(e, OSError)).exceptions)
    try:
        try:
            raise ExceptionGroup("outer", [ValueError("v"), OSError("o")])
        except* ValueError:
            print("handled value")
    except ExceptionGroup as e:
        print("leftover:", repr(e))
    e = ValueError("with note")
    e.add_note("first note")
    e.add_note("second")
    print(e.__notes__)
    try:
        e.add_note(3)
    except TypeError as err:
        print("TypeError:", err)
    try:
        ExceptionGroup("x", [])
    except ValueError as err:
        print("ValueError:", err)
    print(type(BaseExceptionGroup("m", [ValueError()])).__name__, type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)


def gen_protocol():
    def acc():
        total = 0
        try:
            while True:
                x = yield total
                if x is None:
                    break
                total += x
        except GeneratorExit:
            print("closing acc")
            raise
        finally:
            print("acc finally")
        return total

    g = acc()
    print(next(g), g.send(5), g.send(10))
    try:
        g.send(None)
    except StopIteration as e:
        print("returned", e.value)

    def inner():
        yield 1
        r = yield 2
        return f"inner got {r}"

    def outer():
        res = yield from inner()
        print("outer:", res)
        yield 3

    o = outer()
    print(next(o), next(o), o.send("hi"))
    g2 = acc()
    next(g2)
    g2.close()
    print(g2.gi_frame is None)

    def catcher():
        while True:
            try:
                yield
            except ValueError as e:
                print("caught", e)
                yield "recovered"

    c = catcher()
    next(c)
    print(c.throw(ValueError("boom")))
    try:
        c.throw(KeyError, "k")
    except KeyError as e:
        print("propagated", repr(e))
    print(list(x * 2 for x in range(3)), sum(i for i in range(5) if i % 2))

    def bad():
        yield 1
        raise StopIteration("oops")

    try:
        list(bad())
    except RuntimeError as e:
        print("RuntimeError:", e, type(e.__cause__).__name__)


@contextlib.contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"swallowed {e}")
    finally:
        log.append(f"</{name}>")


class Resource:
    def __init__(self, n, log):
        self.n, self.log = n, log

    def __enter__(self):
        self.log.append(f"open{self.n}")
        return self

    def __exit__(self, et, ev, tb):
        self.log.append(f"close{self.n}:{et.__name__ if et else None}")
        return False


def contexts():
    log = []
    with tag("a", log) as t:
        log.append(t)
        raise KeyError("k1")
    with contextlib.suppress(ZeroDivisionError, IndexError):
        [][1]
    try:
        with tag("b", log):
            raise ValueError("v")
    except ValueError:
        log.append("outer caught")
    with contextlib.ExitStack() as st:
        rs = [st.enter_context(Resource(i, log)) for i in range(3)]
        st.callback(log.append, "cb")
    print(log)
    log.clear()
    try:
        with Resource(1, log), Resource(2, log):
            raise OSError("x")
    except OSError:
        pass
    print(log)
    with contextlib.redirect_stdout(sys.stderr):
        pass
    with contextlib.nullcontext(5) as v:
        print("null", v)


chained()
groups()
gen_protocol()
contexts()
print("about to fail", flush=True)
lookup({"a": 1}, "b")
