import types
import sys

# The type objects are the interpreter's own.
def f(): pass
def gen(): yield 1
class C:
    def m(self): pass
    @classmethod
    def cm(cls): pass

print(types.FunctionType is type(f), types.LambdaType is type(lambda: 0))
print(isinstance(f, types.FunctionType), isinstance(len, types.FunctionType))
print(isinstance(gen(), types.GeneratorType), isinstance(f, types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(C.cm, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), isinstance(f.__code__, types.CodeType))
print(isinstance(C.__dict__, types.MappingProxyType))
print(types.NoneType is type(None), types.EllipsisType is type(...))
print(types.NotImplementedType is type(NotImplemented))
ga = types.GenericAlias(list, (int,))
print(ga, ga.__origin__, ga.__args__, ga == types.GenericAlias(list, int))
print(types.GenericAlias(dict, (str, list)), ga())
print(types.FunctionType.__name__, types.MethodType.__name__, types.ModuleType.__name__)
print(types.BuiltinFunctionType.__name__, types.GeneratorType.__name__)

# MethodType binds a function to an object.
class D:
    x = 5
def get_x(self):
    return self.x
d = D()
bm = types.MethodType(get_x, d)
print(bm(), bm.__self__ is d, bm.__func__ is get_x)

# ModuleType creates modules.
m = types.ModuleType("mymod", "doc here")
print(m.__name__, m.__doc__)
m.y = 3
print(m.y, repr(m))

# MappingProxyType is read-only.
mp = types.MappingProxyType({"a": 1, "b": 2})
print(mp["a"], len(mp), list(mp), "a" in mp, mp.get("z", 0))
try:
    mp["c"] = 3
except TypeError as e:
    print("TypeError:", e)

# SimpleNamespace
ns = types.SimpleNamespace(a=1, b="two", c=[3])
print(ns)
print(repr(ns))
ns.d = 4.5
del ns.a
print(ns, ns.b, ns.d)
print(ns == types.SimpleNamespace(b="two", c=[3], d=4.5))
print(ns == types.SimpleNamespace(b="two"), ns != types.SimpleNamespace())
print(types.SimpleNamespace() == types.SimpleNamespace(), types.SimpleNamespace())
print(vars(ns))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print("TypeError:", e)
rec = types.SimpleNamespace(x=1)
rec.me = rec
print(rec)
class Sub(types.SimpleNamespace):
    pass
s = Sub(q=1)
print(s, s == types.SimpleNamespace(q=1))
nested = types.SimpleNamespace(inner=types.SimpleNamespace(v=[1, 2]))
print(nested)
print(types.SimpleNamespace.__name__, types.SimpleNamespace.__module__)
try:
    ns.missing
except AttributeError as e:
    print("AttributeError")

# new_class / prepare_class / resolve_bases
def body(ns):
    ns["greet"] = lambda self: "hi from " + type(self).__name__
    ns["n"] = 7
K = types.new_class("K", (object,), {}, body)
print(K.__name__, K().greet(), K.n, K.__mro__[1] is object)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"tag": "meta"}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
M = types.new_class("M", (), {"metaclass": Meta, "flag": True})
print(type(M) is Meta, M.tag)
meta, ns2, kw = types.prepare_class("P", (), {"metaclass": Meta, "z": 1})
print(meta is Meta, ns2, kw)
meta, ns3, kw = types.prepare_class("Q")
print(meta is type, ns3, kw)

class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
print(types.resolve_bases((int, Entry())))
bases = (int,)
print(types.resolve_bases(bases) is bases)
R = types.new_class("R", (Entry(),))
print(R.__mro__[1] is dict, R.__orig_bases__[0].__class__.__name__)

# DynamicClassAttribute
class W:
    @types.DynamicClassAttribute
    def name(self):
        return "inst-name"
print(W().name)
try:
    W.name
except AttributeError:
    print("class access raises AttributeError")

# FunctionType builds functions from code objects.
def adder(x, y=10):
    "adds"
    return x + y
g = types.FunctionType(adder.__code__, {"__builtins__": __builtins__}, "renamed", (5,))
print(g(1), g.__name__, g.__doc__, g.__defaults__)
def outer():
    v = 3
    def inner():
        return v
    return inner
inn = outer()
h = types.FunctionType(inn.__code__, globals(), None, None, inn.__closure__)
print(h(), h.__name__)
for bad in [lambda: types.FunctionType(1, {}), lambda: types.FunctionType(adder.__code__, []),
            lambda: types.FunctionType(inn.__code__, {}),
            lambda: types.FunctionType(inn.__code__, {}, None, None, ()),
            lambda: types.FunctionType(adder.__code__, {}, 5),
            lambda: types.FunctionType(adder.__code__, {}, None, [1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
