import sys, atexit
class A:
    def hi(self): return "A"
class B(A):
    def hi(self): return "B>" + super().hi()
class C(A):
    def hi(self): return "C>" + super().hi()
class D(B, C):
    def hi(self): return "D>" + super().hi()
print(D().hi(), [k.__name__ for k in D.__mro__])
try:
    class X(A, B): pass
except TypeError as e: print(e)
class DD(dict):
    def __missing__(self, k): return k * 2
dd = DD(a=1); print(dd["a"], dd["zz"], dd.get("q"), "zz" in dd, repr(dd), type(dd.copy()))
class OldIter:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(OldIter()), 20 in OldIter(), list(reversed([1,2,3])))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())))
class E:
    def __eq__(self, o): return True
try: hash(E())
except TypeError as e: print(e)
print(E.__hash__)
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
    def __add__(self, o): return MyInt(int(self) + o)
m = MyInt(5); print(m, m + 1, 1 + m, type(1 + m).__name__, str(m), f"{m}", m * 2, type(m * 2).__name__, -m)
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hey"); print(s.shout(), repr(s), s + "x", type(s + "x").__name__, type(s[0]).__name__, s == "hey", {s: 1}["hey"])
class MyList(list):
    def __init__(self, *a): super().__init__(a)
ml = MyList(3, 1, 2); ml.sort(); print(ml, type(ml[:1]).__name__, type(ml + [1]).__name__, len(ml))
class Cnt:
    count = 0
    def __new__(cls, *a):
        cls.count += 1
        inst = super().__new__(cls)
        return inst
    def __init__(self, x): self.x = x
Cnt(1); Cnt(2); print(Cnt.count)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class Bad:
    def __init__(self): return 5
try: Bad()
except TypeError as e: print(e)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v): self._c = v
    @c.deleter
    def c(self): print("deleting"); self._c = None
t = Temp(); t.c = 5; print(t.c); del t.c; print(t.c)
class RO:
    @property
    def x(self): return 1
try: RO().x = 2
except AttributeError as e: print(e)
try: del RO().x
except AttributeError as e: print(e)
def deco(cls):
    cls.extra = "added"
    return cls
@deco
class Decd: pass
print(Decd.extra)
class G:
    def __class_getitem__(cls, item): return f"G[{item}]"
print(G[int], G["x"])
x = 10
def scope():
    global x
    x += 1
    y = 5
    def inner():
        nonlocal y
        y += 1
        return y
    return inner()
print(scope(), x)
class Scope:
    v = 1
    lst = [v for _ in range(2)] if False else None
    def meth(self): return v if False else Scope.v
print(Scope().meth())
def defaults(a, L=[]):
    L.append(a); return L
print(defaults(1), defaults(2))
def kw(a, /, b, *, c): return a, b, c
print(kw(1, 2, c=3), kw(1, b=2, c=3))
try: kw(a=1, b=2, c=3)
except TypeError as e: print(e)
try: kw(1, 2, 3)
except TypeError as e: print(e)
def star(*args, **kwargs): return args, kwargs
print(star(*[1, 2], *(3,), **{"a": 1}, b=2))
try: star(**{"a": 1}, a=2)
except TypeError as e: print(e)
def f(a, b): pass
try: f(1, a=2)
except TypeError as e: print(e)
try: f(1, 2, c=3)
except TypeError as e: print(e)
try: f()
except TypeError as e: print(e)
first, *middle, last = range(6); print(first, middle, last)
(a, b), c = "xy", 3; print(a, b, c)
a = b = []; a.append(1); print(b)
i = 0; lst = [0, 0]; i, lst[i] = 1, 5; print(lst)
print(sys.getrecursionlimit())
atexit.register(print, "atexit 1")
atexit.register(lambda: print("atexit 2"))
class Del:
    def __del__(self): print("del called")
d = Del(); del d
print("walrus", [y for x in range(5) if (y := x * x) > 4])
print(*range(3), sep=", ", end=" END\n")
print("a", "b", sep="")
print(file=sys.stdout)
sys.stdout.write("written\n")
print(sys.stdout.write("abc"), flush=True)
sys.exit("fatal: giving up")
