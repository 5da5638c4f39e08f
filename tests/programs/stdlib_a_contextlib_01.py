# contextlib: contextmanager semantics, ExitStack, suppress, redirect, ABC checks
import contextlib, sys
@contextlib.contextmanager
def cm(x):
    print("enter", x)
    try:
        yield x * 2
    except KeyError as e:
        print("caught", repr(e))
    finally:
        print("exit", x)
with cm(1) as v: print("body", v)
with cm(2): raise KeyError("k")
try:
    with cm(3): raise ValueError("v")
except ValueError as e: print("outer", e)
@cm(4)
def f(): print("in f"); return 5
print(f()); print(f())
@contextlib.contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextlib.contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
@contextlib.contextmanager
def swallow():
    try: yield
    except Exception: pass
with swallow(): raise TypeError
print("swallowed")
@contextlib.contextmanager
def stopper():
    yield
try:
    with stopper(): raise StopIteration("si")
except StopIteration as e: print("SI propagated", e)
with contextlib.ExitStack() as st:
    st.callback(print, "cb1")
    st.push(lambda *a: print("push exit", a[0]))
    st.enter_context(cm(5))
def raiser(*a): raise IndexError("from cb")
try:
    with contextlib.ExitStack() as st:
        st.callback(raiser)
        st.callback(print, "cb2")
        raise KeyError("orig")
except IndexError as e: print("got", repr(e), repr(e.__context__))
with contextlib.ExitStack() as st:
    st.push(lambda *a: True)
    raise ValueError("suppressed by push")
print("after suppressed")
st = contextlib.ExitStack(); st.callback(print, "closed"); st2 = st.pop_all(); st.close(); st2.close()
try:
    with contextlib.ExitStack() as s: s.enter_context(5)
except TypeError as e: print(e)
import io
e = io.StringIO()
with contextlib.redirect_stderr(e): print("to err", file=sys.stderr)
print(repr(e.getvalue()))
with contextlib.suppress(): pass
print(isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager))
class X:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(issubclass(X, contextlib.AbstractContextManager), issubclass(int, contextlib.AbstractContextManager))
class D(contextlib.ContextDecorator):
    def __enter__(self): print("D enter")
    def __exit__(self, *a): print("D exit")
@D()
def g(): print("g")
g()
print(cm.__name__, f.__name__)
