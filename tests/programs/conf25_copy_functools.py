# functools, operator, and copy/deepcopy with __copy__/__deepcopy__/__reduce_ex__/__getstate__ (and what cannot be copied).
import functools, operator, copy, copyreg
from functools import cached_property, singledispatch, total_ordering, partial, reduce, lru_cache, wraps

class Data:
    def __init__(self, n): self.n = n; self.calls = 0
    @cached_property
    def total(self):
        self.calls += 1
        return sum(range(self.n))
d = Data(10); print(d.total, d.total, d.calls, "total" in d.__dict__)
del d.total; print(d.total, d.calls)
print(type(Data.total).__name__, Data.total.attrname)

@singledispatch
def show(x): return f"obj:{x!r}"
@show.register
def _(x: int): return f"int:{x}"
@show.register(list)
def _(x): return "list:" + ",".join(show(i) for i in x)
@show.register(float)
@show.register(complex)
def _(x): return f"num:{x}"
print(show(1), show("s"), show([1, 2.5, "a"]), show(True), show(1j))
print(show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"V({self.v})"
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), max(V(5), V(2)), sorted([V(3), V(1)]))
try:
    @total_ordering
    class NoOrd: pass
except ValueError as e: print("ValueError:", e)

def power(base, exp, *, mod=None): return pow(base, exp, mod)
sq = partial(power, exp=2)
print(repr(sq).replace(hex(id(power)), "ID").split(" at ")[0], sq(5), sq.func is power, sq.args, sq.keywords)
p2 = partial(sq, mod=7); print(p2(5), p2.keywords)
print(repr(partial(max, 1, 2)), repr(partial(int, base=2)))
print(reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
try: reduce(operator.add, [])
except TypeError as e: print("TypeError:", e)

@lru_cache(maxsize=2)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache
def ident(x): return x
ident(1); ident(1); ident([1]) if False else None
print(ident.cache_info(), ident.__wrapped__.__name__)
try: ident([1])
except TypeError as e: print("TypeError:", e)
@functools.cache
def sqr(x): return x * x
print(sqr(3), sqr.cache_info())

def deco(f):
    @wraps(f)
    def inner(*a, **k): return f(*a, **k)
    return inner
@deco
def documented(a, b=2):
    "Doc string."
    return a + b
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(1))

print(operator.itemgetter(1, 0)(["a", "b"]), operator.attrgetter("real", "imag")(3+4j))
print(operator.methodcaller("split", ",", 1)("a,b,c"), repr(operator.itemgetter(2)), repr(operator.attrgetter("x.y")))
print(repr(operator.methodcaller("f", 1, k=2)))
print(operator.index(5), operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
try: operator.indexOf([1], 5)
except ValueError as e: print("ValueError:", e)
print(operator.length_hint(iter([1, 2, 3])), operator.truth(0), operator.is_(None, None), operator.neg(4), operator.pow(2, 10))
lst = [1, 2, 3]; operator.setitem(lst, 0, 9); operator.delitem(lst, 1); print(lst, operator.getitem(lst, -1))
x = [1]; y = operator.iadd(x, [2]); print(x is y, x)

class Node:
    def __init__(self, v, kids=()): self.v = v; self.kids = list(kids)
    def __copy__(self):
        print("copy called"); n = Node(self.v); n.kids = self.kids; return n
    def __deepcopy__(self, memo):
        print("deepcopy called", len(memo) >= 0)
        return Node(copy.deepcopy(self.v, memo), [copy.deepcopy(k, memo) for k in self.kids])
t = Node([1], [Node(2)])
c1 = copy.copy(t); c2 = copy.deepcopy(t)
print(c1.kids is t.kids, c2.kids is t.kids, c2.v == t.v, c2.v is t.v)
class Red:
    def __init__(self, a, b=0): self.a, self.b = a, b
    def __reduce_ex__(self, proto):
        return (Red, (self.a,), {"b": self.b * 10})
    def __repr__(self): return f"Red({self.a},{self.b})"
r = Red(1, 2); print(copy.copy(r), copy.deepcopy(r))
class St:
    def __init__(self): self.x = [1]; self.y = 2
    def __getstate__(self): return {"x": self.x}
    def __setstate__(self, s): self.__dict__.update(s); self.restored = True
s2 = copy.deepcopy(St()); print(vars(s2))
rec = [1, 2]; rec.append(rec); dc = copy.deepcopy(rec); print(dc, dc[2] is dc)
dd = {"k": rec}; print(copy.deepcopy(dd))
print(copy.copy((1, [2])) , copy.deepcopy(frozenset({1})), copy.copy(range(3)))
class NoCopy:
    def __reduce_ex__(self, p): raise TypeError("cannot pickle 'NoCopy' object")
try: copy.copy(NoCopy())
except TypeError as e: print("TypeError:", e)
import threading
try: copy.deepcopy(threading.Lock())
except TypeError as e: print("TypeError:", e)
import io, itertools
for o in [threading.RLock(), (x for x in []), threading.Event(), threading.Condition()]:
    try:
        copy.deepcopy(o)
        print("copied", type(o).__name__)
    except TypeError as e:
        print("TypeError:", e)
class Holder:
    def __init__(self): self.lock = threading.Lock(); self.data = [1, 2]
try: copy.deepcopy(Holder())
except TypeError as e: print("TypeError:", e)
h = copy.copy(Holder()); print(type(h.lock).__name__, h.data)
s = io.StringIO("héllo\nworld"); s.read(3)
print(s.__getstate__())
b = io.BytesIO(b"abc"); b.read(1); print(b.__getstate__())
print(io.StringIO(newline=None).__getstate__(), io.StringIO(newline="\r\n").__getstate__())
c = copy.deepcopy(s); print(repr(c.getvalue()), c.tell(), repr(c.read()))
d = copy.copy(b); print(d.getvalue(), d.tell(), d.read())
cnt = itertools.count(3); next(cnt)
print(copy.copy(cnt), cnt.__reduce__(), itertools.count(1, 2).__reduce__(), copy.deepcopy(itertools.count(2.5)))
