# weakref (referents stay reachable while used) and gc basics, importlib.import_module
import gc
import importlib
import weakref
class A:
    def __init__(self, v):
        self.v = v
    def m(self):
        return self.v
a = A(3)
r = weakref.ref(a)
print(r() is a, r().v, r == weakref.ref(a), weakref.ReferenceType is weakref.ref, r.__callback__)
d = weakref.WeakValueDictionary()
d["k"] = a
print(d["k"].v, "k" in d, len(d), list(d.keys()), d.get("x"), [v.v for v in d.values()])
k = weakref.WeakKeyDictionary()
k[a] = 1
print(k[a], a in k, len(k), k.get(a))
s = weakref.WeakSet([a])
print(a in s, len(s), [x.v for x in s])
p = weakref.proxy(a)
print(p.v, p.m())
wm = weakref.WeakMethod(a.m)
print(wm()())
f = weakref.finalize(a, print, "finalizer ran at exit")
print(f.alive, f.peek()[1] is print)
g = weakref.finalize(a, print, "finalizer called explicitly")
g()
print(g.alive)
print(gc.collect(), gc.isenabled(), gc.disable(), gc.isenabled(), gc.enable(), gc.isenabled())
print(gc.get_threshold(), len(gc.get_stats()), sorted(gc.get_stats()[0]), gc.is_tracked(1), gc.is_tracked([]), gc.garbage)
big = [[i] * 10 for i in range(20000)]
del big
print(gc.collect() >= 0, r() is a)
print(importlib.import_module("math").pi, importlib.import_module("os.path").join("a", "b"))
import platform
print(platform.python_implementation(), platform.python_version() == "%d.%d.%d" % __import__("sys").version_info[:3], platform.system(), platform.architecture()[0])
