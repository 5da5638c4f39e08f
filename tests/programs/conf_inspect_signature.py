import inspect, functools
def f(a, b: int = 1, /, c=2, *args, d, e: str = "x", **kw) -> bool: pass
def g(x, y=[1], *, z): pass
class C:
    """Doc of C.

    More lines here.
    """
    def __init__(self, a, b=2): self.a = a
    def m(self, x, *, y=3): pass
    @classmethod
    def cm(cls, q): pass
    @staticmethod
    def sm(r, s=1): pass
    def __call__(self, k): pass
def gen(): yield 1
print(inspect.signature(f))
print(inspect.signature(g), inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C.m), inspect.signature(C.cm), inspect.signature(C.sm), inspect.signature(C(1)))
print(inspect.signature(lambda x, *a, **k: 0), inspect.signature(functools.partial(g, 1)))
sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is inspect.Parameter.empty, p.annotation)
print(sig.return_annotation, repr(sig.parameters["b"]))
ba = inspect.signature(g).bind(1, z=3); print(ba.arguments, ba.args, ba.kwargs); ba.apply_defaults(); print(ba.arguments)
try: inspect.signature(g).bind(1)
except TypeError as e: print(e)
try: inspect.signature(g).bind(1, 2, 3, z=1)
except TypeError as e: print(e)
print(inspect.isfunction(f), inspect.isfunction(C.m), inspect.ismethod(C(1).m), inspect.isclass(C), inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.isbuiltin(len), inspect.ismodule(inspect), inspect.isroutine(len), inspect.iscoroutinefunction(f))
print(inspect.getdoc(C)); print(inspect.cleandoc("  a\n    b\n  c"))
print([n for n, _ in inspect.getmembers(C, inspect.isfunction)])
@functools.wraps(f)
def wrapper(*a, **k): return f(*a, **k)
print(inspect.signature(wrapper), inspect.unwrap(wrapper) is f)
print(inspect.getfullargspec(g))
print(inspect.getsource(gen), end="")
print(inspect.getsource(C.m), end="")
def who(): return inspect.currentframe().f_code.co_name
print(who(), inspect.stack()[0].function)
print(str(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=None)))
print(inspect.getmodule(f).__name__, inspect.isabstract(C))
