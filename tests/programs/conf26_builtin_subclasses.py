class DefaultDict(dict):
    def __missing__(self, k): v = self[k] = len(k); return v
d = DefaultDict(); print(d["abc"], d, d.get("zz"), "zz" in d)
class UpperDict(dict):
    def __setitem__(self, k, v): super().__setitem__(k.upper(), v)
u = UpperDict(); u["a"] = 1; u.update(b=2); print(u, UpperDict(c=3), dict(u))
class MyList(list):
    def append(self, x): super().append(x * 2)
    def __getitem__(self, i):
        r = super().__getitem__(i)
        return MyList(r) if isinstance(i, slice) else r
ml = MyList([1, 2]); ml.append(5); ml.extend([7]); print(ml, ml[1:], type(ml[1:]).__name__, ml + [1], type(ml + [1]).__name__, ml * 2, len(ml), repr(ml))
class Name(str):
    def __new__(cls, v): return super().__new__(cls, v.strip().title())
    def greet(self): return "Hi " + self
n = Name("  bob smith "); print(n, repr(n), n.greet(), n.upper(), type(n.upper()).__name__, n == "Bob Smith", len(n), n + "!", type(n + "!").__name__)
class Money(int):
    def __new__(cls, v, cur="USD"):
        o = super().__new__(cls, v); o.cur = cur; return o
    def __repr__(self): return f"Money({int(self)}, {self.cur!r})"
    def __add__(self, o): return Money(int(self) + int(o), self.cur)
m = Money(5) + Money(7); print(m, repr(m), m * 2, type(m * 2).__name__, f"{m:>5}", str(m), m.cur, m == 12, hash(m) == hash(12))
class Pt(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    x = property(lambda s: s[0])
print(Pt(1, 2), Pt(1, 2).x, Pt(1, 2) + (3,), isinstance(Pt(1, 2), tuple))
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
a, b = Singleton(1), Singleton(2); print(a is b, a.v)
class Grid:
    def __init__(self, w, h): self.w, self.h = w, h; self.cells = [[0] * w for _ in range(h)]
    def __getitem__(self, pos):
        r, c = pos
        if isinstance(r, slice): return [row[c] for row in self.cells[r]]
        return self.cells[r][c]
    def __setitem__(self, pos, v): r, c = pos; self.cells[r][c] = v
    def __delitem__(self, pos): r, c = pos; self.cells[r][c] = 0
    def __iter__(self): return (v for row in self.cells for v in row)
    def __repr__(self): return "\n".join(" ".join(map(str, r)) for r in self.cells)
g = Grid(3, 2); g[1, 2] = 5; g[0, 0] = 1; print(g); print(g[1, 2], g[:, 2], sum(g), list(g)); del g[1, 2]; print(max(g))
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice): return [self[j] for j in range(*i.indices(self.n))]
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError("Seq index out of range")
        return i * 10
s = Seq(5); print(list(s), s[-1], s[1:4], 30 in s, list(reversed(s)), sorted(s, reverse=True), s[::2])
class Only:
    def __eq__(self, o): return True
print(Only() == 1, Only() != 1, [Only()].count(5), 5 in [Only()])
try: hash(Only())
except TypeError as e: print(e)
class R:
    def __str__(self): return "str-R"
print(str(R()), f"{R()}", "%s" % R(), format(R(), ""), repr(R())[:3])
try: format(R(), "x")
except TypeError as e: print(e)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
    def __gt__(self, o): print("gt", self.v, o.v); return self.v > o.v
print(Cmp(1) > Cmp(2), sorted([Cmp(3), Cmp(1)])[0].v)
class Counter:
    instances = 0
    def __init__(self): type(self).instances += 1
class Sub(Counter): pass
Counter(); Sub(); Sub(); print(Counter.instances, Sub.instances)
class A:
    @classmethod
    def create(cls): return cls.__name__
    def __init_subclass__(cls, **kw): cls.created = cls.create()
class B(A): pass
print(B.created, B.create(), A.create())
class Meta(type):
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
    def __len__(cls): return 42
    def __iter__(cls): return iter([1, 2])
class WithMeta(metaclass=Meta): pass
print(WithMeta["x"], len(WithMeta), list(WithMeta))
class GA:
    def __class_getitem__(cls, item): return f"GA of {item}"
print(GA[int], GA["x"])
class Proxy:
    def __init__(self, t): object.__setattr__(self, "_t", t)
    def __getattr__(self, n): return getattr(self._t, n)
    def __setattr__(self, n, v): print("set", n); setattr(self._t, n, v)
    def __delattr__(self, n): print("del", n)
class T: pass
t = T(); p = Proxy(t); p.x = 3; print(p.x, t.x); del p.x
class Attrs:
    def __getattribute__(self, n):
        if n == "magic": return 42
        return object.__getattribute__(self, n)
at = Attrs(); at.y = 1; print(at.magic, at.y)
try: at.nope
except AttributeError as e: print(e)
class Ctr:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
c = Ctr()
try: c.b
except AttributeError as e: print(e)
try: c.z = 1
except AttributeError as e: print(e)
print(Ctr.a, Ctr.__slots__)
class WithDel:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"W{self.n}"
    def __bool__(self): return self.n > 0
    def __len__(self): return 99
print(bool(WithDel(0)), bool(WithDel(1)), len(WithDel(0)), [w for w in [WithDel(0), WithDel(2)] if w])
class Num:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __add__(self, o): return Num(self.v + o)
    def __repr__(self): return f"Num({self.v})"
n = Num(1); m = n; n += 5; print(n, m, n is m); n = n + 1; print(n, m)
class Pw:
    def __pow__(self, o, mod=None): return ("pow", o, mod)
    def __rpow__(self, o): return ("rpow", o)
    def __matmul__(self, o): return "matmul"
    def __floordiv__(self, o): return "fd"
    def __rtruediv__(self, o): return "rtd"
    def __lshift__(self, o): return "lsh"
    def __invert__(self): return "inv"
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 7
    def __float__(self): return 2.5
    def __int__(self): return 3
    def __complex__(self): return 1j
print(Pw() ** 2, pow(Pw(), 2, 5), 2 ** Pw(), Pw() @ Pw(), Pw() // 1, 1 / Pw(), Pw() << 1, ~Pw(), round(Pw()), round(Pw(), 2), float(Pw()), int(Pw()), complex(Pw()))
import math; print(math.trunc(Pw()), math.floor(2.5), math.ceil(Pw()) if hasattr(Pw, "__ceil__") else "noceil")
