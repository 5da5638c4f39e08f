import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Obj({self.n})"

    def __del__(self):
        print("del", self.n)


o = Obj(1)
r = weakref.ref(o, lambda ref: print("callback 1, dead:", ref() is None))
print(r() is o)
del o
print("after del", r())

p = Obj(2)
r2 = weakref.ref(p, lambda ref: print("callback 2"))
p = None
print("after rebind")


def scope():
    q = Obj(3)
    keep = weakref.ref(q, lambda ref: print("callback 3"))
    return keep


k = scope()
print("after return", k())

d = weakref.WeakValueDictionary()
a = Obj(4)
d["a"] = a
print(len(d), list(d.keys()))
a = None
print(len(d))
print("end")
