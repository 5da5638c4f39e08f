# Weak references that do not keep their referent alive: del of the last strong reference
# clears them (and runs callbacks) at once, gc.collect() clears what is unreachable.
import weakref, gc, sys
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return "A(%d)" % self.n
a = A(1)
r = weakref.ref(a)
print(r() is a, r is weakref.ref(a), weakref.getweakrefcount(a))
r2 = weakref.ref(a, lambda wr: print("callback", wr is r2))
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
del a
print("dead:", r(), r2())
print(type(r), repr(r).endswith("; dead>"))
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
d = weakref.WeakValueDictionary()
objs = [A(i) for i in range(5)]
for o in objs:
    d[o.n] = o
print(len(d), sorted(d.keys()))
del objs[1:3]
gc.collect()
print(len(d), sorted(d.keys()), d.get(1), d[0])
wk = weakref.WeakKeyDictionary()
k1, k2 = A(10), A(20)
wk[k1] = "x"; wk[k2] = "y"
print(len(wk), wk[k1], k2 in wk)
del k1
print(len(wk), list(wk.values()))
ws = weakref.WeakSet()
s1, s2 = A(1), A(2)
ws.add(s1); ws.add(s2)
print(len(ws), s1 in ws)
del s2
print(len(ws), list(ws))
def f(): print("finalizer ran")
x = A(3)
fin = weakref.finalize(x, f)
print(fin.alive)
del x
print(fin.alive)
class B:
    def m(self): return "m"
b = B()
wm = weakref.WeakMethod(b.m)
print(wm()())
del b
print(wm())

c = A(5)
px = weakref.proxy(c)
print(px.n, repr(px).startswith("<weakproxy"))
del c
try:
    px.n
except ReferenceError as e:
    print("ReferenceError:", e)
