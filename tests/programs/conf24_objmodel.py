import sys
# object model oddities
class Meta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry[name] = cls
        cls.tag = kw.get("tag", name.lower())
        return cls
    def __call__(cls, *a, **k):
        print("creating", cls.__name__, a, k)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f"<class {cls.__name__} tag={cls.tag}>"
    def __instancecheck__(cls, inst):
        return hasattr(inst, "quack")

class Base(metaclass=Meta, tag="b"):
    def __init__(self, *a, **k):
        self.args = (a, k)
    def __init_subclass__(cls, /, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.prefix = prefix
class Child(Base, prefix="c_"):
    pass
print(Meta.registry, Child.tag, Child.prefix, Child(1, k=2).args, type(Child))
class Duck: quack = 1
print(isinstance(Duck(), Base), isinstance(3, Base))

class Lazy:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
l = Lazy()
print(l.real, l.xy, getattr(l, "nope", "dflt"), hasattr(l, "xa"))
try: l.nope
except AttributeError as e: print("AE", e)

class Logged:
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, v):
        print("set", name, v)
        object.__setattr__(self, name, v)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
lg = Logged(); lg.a = 5; print(lg.a); del lg.a
try: lg.a
except AttributeError as e: print("AE", e)

class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name; print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str); age = Typed(int)
    __slots__ = ("_name", "_age")
    def __init__(self, n, a): self.name = n; self.age = a
p = Person("Al", 3); print(p.name, p.age, Person.name.kind)
try: p.age = "x"
except TypeError as e: print(e)
try: p.other = 1
except AttributeError as e: print("AE", e)
print(hasattr(p, "__dict__"), Person.__slots__)

class S:
    __slots__ = ("a",)
s = S()
try: s.a
except AttributeError as e: print("AE", e)
class V:
    def __init__(self, *c): self.c = c
    def __add__(self, o):
        if isinstance(o, V): return V(*(a+b for a,b in zip(self.c, o.c)))
        if isinstance(o, (int, float)): return V(*(a+o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k): return V(*(a*k for a in self.c)) if isinstance(k,(int,float)) else NotImplemented
    def __rmul__(self, k): return self * k
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __neg__(self): return V(*(-a for a in self.c))
    def __abs__(self): return sum(a*a for a in self.c) ** .5
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __iter__(self): return iter(self.c)
    def __contains__(self, x): return x in self.c
    def __repr__(self): return f"V{self.c}"
    def __format__(self, spec): return "<" + ",".join(format(a, spec) for a in self.c) + ">"
    def __lt__(self, o): return abs(self) < abs(o)
    def __call__(self, *a): return sum(self.c) + sum(a)
    def __iadd__(self, o): print("iadd"); return self + o
v = V(1, 2); w = V(3, 4)
print(v + w, 1 + v, v + 1.5, 2 * v, v * 2, -v, abs(w), bool(V(0, 0)), len(v), v[1], list(v), 2 in v, v == V(1, 2), v != w)
print(f"{w:.2f}", format(v, "03d"), sorted([w, v]), max(v, w), v(10), v[::-1], {v, V(1,2)})
v += w; print(v)
try: v + "s"
except TypeError as e: print(e)
try: v * v
except TypeError as e: print(e)
try: v < 3
except TypeError as e: print(e)
try: v @ w
except TypeError as e: print(e)
try: v += "s"
except TypeError as e: print(e)
class N:
    def __index__(self): return 3
print([0,1,2,3,4][N()], bin(N()), range(10)[N()], "abcdef"[N():])
class Ctx:
    def __enter__(self): print("enter"); return "val"
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
with Ctx() as c1, Ctx() as c2:
    print(c1, c2); raise KeyError("x")
print("after")
class Cmp:
    def __eq__(self, o): print("eq called"); return NotImplemented
print(Cmp() == Cmp(), Cmp() != 1)
print(object.__repr__(p)[:15], type(p).__mro__, Person.__qualname__, Child.__mro__)
print(super(Child, Child()).__init_subclass__)
