"""conformance sweep 23: class_edges (realistic mix; deterministic output)."""
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e: print(e)
try:
    class D(int, str): pass
except TypeError as e: print(e)
try:
    class E(A, A): pass
except TypeError as e: print(e)
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e: print(e)
class H:
    __hash__ = None
try: hash(H())
except TypeError as e: print(e)
class Bo:
    def __bool__(self): return 1
try: bool(Bo())
except TypeError as e: print(e)
class Ln:
    def __len__(self): return -1
try: len(Ln())
except ValueError as e: print(e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(20 in Seq(), list(Seq()), list(reversed([1,2])), 5 in Seq())
class Dm(dict):
    def __missing__(self, k): return k * 2
print(Dm(a=1)["zz"], Dm().get("q"))
class Acc:
    def __init__(self): self.v = []
    def __add__(self, o): print("add"); r = Acc(); r.v = self.v + [o]; return r
a = Acc(); b = a; a += 1; print(a is b, a.v)
class F:
    def __format__(self, spec): return f"F<{spec}>"
print(f"{F():xyz}", format(F()), "{:abc}".format(F()))
class Eq:
    def __eq__(self, o): return NotImplemented
e1 = Eq(); print(e1 == e1, e1 == Eq(), e1 != Eq())
class Base:
    @classmethod
    def make(cls): return cls.__name__
class Der(Base):
    @classmethod
    def make(cls): return "Der+" + super().make()
print(Der.make())
class GA:
    def __class_getitem__(cls, item): return f"GA[{item!r}]"
print(GA[int], GA["x", 1])
class Ent:
    def __mro_entries__(self, bases): return (dict,)
class UD(Ent()): pass
print(UD.__mro__, UD.__orig_bases__[0].__class__.__name__)
class Inst(type):
    def __instancecheck__(cls, obj): return obj == 42
class Ans(metaclass=Inst): pass
print(isinstance(42, Ans), isinstance(41, Ans))
try:
    class S2:
        __slots__ = ("x",)
        x = 1
except ValueError as e: print(e)
try:
    class K(object, kw=1): pass
except TypeError as e: print(e)
print(type("Dyn", (object,), {"a": 1})().a, type(3), type(type))
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(Ord(1) < Ord(2), Ord(2) > Ord(1))
try: Ord(1) <= Ord(2)
except TypeError as e: print(e)
class Idx:
    def __index__(self): return 2
print([1, 2, 3][Idx()], "abc"[Idx():], bin(Idx()), range(Idx()))
class CallMe:
    def __call__(self, *a, **k): return (a, k)
print(CallMe()(1, x=2), callable(CallMe()), callable(CallMe))
class WithDel:
    def __repr__(self): return "WD"
    def __str__(self): return "wd-str"
print(WithDel(), [WithDel()], f"{WithDel()!r}", str(WithDel()))
print(object.__repr__(WithDel()).startswith("<__main__.WithDel object at 0x"))
class P:
    def __init__(self): self._x = 1
    x = property(lambda s: s._x)
p = P()
try: del p.x
except AttributeError as e: print(e)
try: p.nope = 1; object().a = 1
except AttributeError as e: print(e)
try: (1).real = 3
except AttributeError as e: print(e)
try: print(P.x.__get__(None, P) is P.x)
except Exception as e: print(e)
class SN:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
class Own:
    a = SN(); b = SN()
import types
ns = types.SimpleNamespace(a=1, b=[2]); print(ns, ns == types.SimpleNamespace(b=[2], a=1))
mp = types.MappingProxyType({"k": 1}); print(mp, mp["k"])
try: mp["k"] = 2
except TypeError as e: print(e)
print(Own.__dict__.keys() - object.__dict__.keys() >= {"a", "b"}, sorted(vars(Own))[:3])
def deco(cls):
    cls.tag = "decorated"; return cls
@deco
class Dd: pass
print(Dd.tag, Dd.__qualname__, Dd.__module__)
