# CPython-conformance probes: class subscription, super objects, property, weak references,
# function attributes.


def t(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)


# --- subscription of classes: only type and classes with __class_getitem__
for cls in (int, str, float, object, bool, bytes, complex, range, slice):
    t("sub " + cls.__name__, lambda: cls[int])
for cls in (list, dict, tuple, set, frozenset, type, enumerate):
    t("sub " + cls.__name__, lambda: cls[int])
t("sub dict2", lambda: dict[str, int])
t("sub tuple...", lambda: tuple[int, ...])


class Plain:
    pass


class WithCGI:
    def __class_getitem__(cls, item):
        return ("cgi", cls.__name__, item)


class Meta(type):
    def __getitem__(cls, item):
        return ("meta", cls.__name__, item)


class WithMeta(metaclass=Meta):
    pass


t("sub Plain", lambda: Plain[int])
t("sub WithCGI", lambda: WithCGI[int])
t("sub WithMeta", lambda: WithMeta[int])
t("sub instance", lambda: Plain()[0])
t("sub None", lambda: (lambda n: n[0])(None))
import itertools
t("sub chain", lambda: itertools.chain[int])
t("sub ExceptionGroup", lambda: ExceptionGroup[ValueError])
t("sub mappingproxy", lambda: type(Plain.__dict__)[str, int])
t("sub Exception", lambda: Exception[int])
import asyncio
import collections.abc
import dataclasses
import functools
import logging
import os
import weakref
for cls in (collections.abc.AsyncIterator, collections.abc.Awaitable, collections.abc.Coroutine,
            collections.abc.AsyncGenerator, collections.abc.KeysView, asyncio.Queue,
            asyncio.Future, asyncio.Task, weakref.WeakSet, weakref.WeakKeyDictionary,
            functools.cached_property, functools.partialmethod, os.DirEntry, os.stat_result,
            dataclasses.Field, logging.LoggerAdapter, logging.StreamHandler, logging.FileHandler):
    try:
        alias = cls[int]
        print("generic", cls.__name__, alias.__origin__ is cls, alias.__args__)
    except TypeError as e:
        print("generic", cls.__name__, "TypeError", e)


# --- super objects
class B0:
    def f(self):
        return "B0.f"


class B(B0):
    def get(self):
        return super()

    @classmethod
    def cget(cls):
        return super()


b = B()
s = b.get()
print("super attrs", s.__thisclass__.__name__, s.__self__ is b, s.__self_class__.__name__)
print("super repr", repr(s).split(" object")[0])
print("super f", s.f())
s2 = B.cget()
print("super cls", s2.__thisclass__.__name__, s2.__self__ is B, s2.__self_class__.__name__)
print("super cls repr", repr(s2))
s3 = super(B)
print("unbound", s3.__thisclass__.__name__, s3.__self__, s3.__self_class__)
print("unbound repr", repr(s3))
s4 = super(B, b)
print("explicit", s4.__thisclass__ is B, s4.__self__ is b, s4.__self_class__ is B)
t("super class", lambda: s.__class__.__name__)


# --- property
class C:
    def gx(self):
        "doc of gx"
        return 1

    x = property(gx)

    @property
    def y(self):
        "y doc"
        return 2

    @y.setter
    def y(self, v):
        print("set y", v)

    @y.deleter
    def y(self):
        print("del y")


c = C()


def set_x():
    c.x = 5


def del_x():
    del c.x


t("set ro", set_x)
t("del ro", del_x)
c.y = 3
del c.y
print("docs", C.y.__doc__, C.x.__doc__)
print("fdel", C.y.fdel is not None, C.x.fdel, C.x.fset)
print("getter doc", property(lambda s: 1, doc="explicit").getter(lambda s: 2).__doc__)
print("abstract", C.__dict__["y"].__isabstractmethod__, C.__dict__["x"].__isabstractmethod__)
import abc


class A(abc.ABC):
    @property
    @abc.abstractmethod
    def z(self):
        ...


print("abstract z", A.__dict__["z"].__isabstractmethod__)
t("instantiate", lambda: A())
py = C.__dict__["y"]
py.__set__(c, 9)
py.__delete__(c)

class C2:
    @property
    def w(self):
        return 0


t("__delete__ ro", lambda: C2.__dict__["w"].__delete__(C2()))
t("__set__ ro", lambda: C2.__dict__["w"].__set__(C2(), 1))
t("no getter", lambda: property().__get__(c, C))
print("get None", py.__get__(None, C) is py)


class D:
    __slots__ = ()
    x = property(lambda s: 1)


def set_dx():
    D().x = 2


t("slots ro", set_dx)

# --- weak references
import weakref


class S(str):
    pass


class T(tuple):
    pass


class I(int):
    pass


class F(float):
    pass


class Sl:
    __slots__ = ("a",)


class Sl2(Sl):
    pass


class Sl3:
    __slots__ = ("__weakref__",)


class Sl4(Sl):
    __slots__ = ()


class Dd(dict):
    pass


class E(Exception):
    pass


def func():
    pass


for v in [1, "a", (1,), b"x", None, 1.5, [1], {}, 3j, True, range(3), slice(1), bytearray(),
          object(), NotImplemented, ..., Exception(), property(),
          frozenset(), set(), int, func, len, S(), T(), I(), F(), Sl(), Sl2(), Sl3(), Sl4(),
          Dd(), E(), Plain()]:
    try:
        r = weakref.ref(v)
        print("weakref", type(v).__name__, "ok", r() is v)
    except TypeError as e:
        print("weakref", type(v).__name__, e)
t("proxy int", lambda: weakref.proxy(1))
t("WeakSet int", lambda: weakref.WeakSet().add(1))


def wkd():
    weakref.WeakKeyDictionary()[1] = 2


def wvd():
    weakref.WeakValueDictionary()[1] = 2


t("WeakKeyDictionary int", wkd)
t("WeakValueDictionary int", wvd)

# --- function attributes
print("func dir", [n for n in ("__builtins__", "__dict__", "__globals__", "__code__") if n in dir(func)])
print("func dict", func.__dict__)
func.attr = 1
print("func dict2", func.__dict__, func.__dict__ is func.__dict__)
func.__dict__ = {"other": 2}
print("func other", func.other, hasattr(func, "attr"))


def set_fdict():
    func.__dict__ = 3


t("func dict bad", set_fdict)
print("builtins", func.__builtins__ is __builtins__.__dict__, type(func.__builtins__).__name__)
