"""The common idioms of dropping the last reference, then gc.collect(), then checking a weak
reference or a __del__: rebinding a module global, del, a local at return, clearing a dict."""
import weakref, gc
class A:
    pass
a = A()
r = weakref.ref(a)
a = None
gc.collect()
print(1, r())
b = A()
r2 = weakref.ref(b)
del b
print(2, r2())
def f():
    c = A()
    return weakref.ref(c)
r3 = f()
gc.collect()
print(3, r3())
d = {"k": A()}
r4 = weakref.ref(d["k"])
d.clear()
gc.collect()
print(4, r4())
wd = weakref.WeakValueDictionary()
e = A()
wd["e"] = e
print(6, len(wd))
e = 5
gc.collect()
print(7, len(wd))
class B:
    def __del__(self):
        print("B del")
x = B()
x = None
gc.collect()
print(8)
