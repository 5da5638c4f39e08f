# Attribute loads and stores at one bytecode site see objects of many shapes; the per-site
# entry-index hints must never change what an attribute access returns.

class A:
    cls_attr = "class"

    def __init__(self, order):
        for name in order:
            setattr(self, name, name.upper())


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


objs = [A("xyz"), A("zyx"), A("yxz"), A("x"), A("abcdefghijx")]
for o in objs * 3:
    print(read_x(o), end=" ")
print()

for i, o in enumerate(objs * 2):
    write_x(o, i)
print([read_x(o) for o in objs])

# Deleting the attribute leaves the old entry empty: the hint must miss, not return a stale value.
o = objs[0]
print(read_x(o))
del o.x
try:
    read_x(o)
except AttributeError as e:
    print("AttributeError:", e)
o.x = "again"
print(read_x(o), list(vars(o)))

# A class attribute is found when the instance has no such key.
class B:
    x = "from class"

b = B()
print(read_x(b))
b.x = "instance"
print(read_x(b))
del b.x
print(read_x(b))

# A data descriptor added to the class later takes precedence over the instance dict.
class C:
    pass

c = C()
write_x(c, 1)
print(read_x(c))
C.x = property(lambda self: "property wins", lambda self, v: print("setter got", v))
print(read_x(c))
write_x(c, 5)
print(c.__dict__)
del C.x
print(read_x(c))

# Replacing __dict__ wholesale.
d = C()
write_x(d, "old dict")
print(read_x(d))
d.__dict__ = {"y": 1, "x": "new dict"}
print(read_x(d))
write_x(d, "stored")
print(d.__dict__)

# Names that are equal but not the same object (built at run time).
e = C()
setattr(e, "".join(["x"]), "runtime name")
print(read_x(e))
write_x(e, "site name")
print(getattr(e, "".join(["x"])), e.__dict__)

# __getattr__ / __setattr__ / __slots__ classes take the general path.
class G:
    def __getattr__(self, name):
        return "getattr:" + name

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)

g = G()
print(read_x(g))
write_x(g, 21)
print(read_x(g))

class S:
    __slots__ = ("x",)

s = S()
write_x(s, "slot")
print(read_x(s))
try:
    s.y = 1
except AttributeError as e:
    print("AttributeError:", e)

# Many instances growing dicts past a resize keep their values.
class P:
    pass

ps = []
for i in range(50):
    p = P()
    for j in range(i % 12):
        setattr(p, "a%d" % j, j)
    write_x(p, i)
    ps.append(p)
print(sum(read_x(p) for p in ps), sum(len(vars(p)) for p in ps))

# Threads racing on one site with objects of different shapes: every read sees its own value.
import threading

shapes = [A("x"), A("ax"), A("bax"), A("cbax")]
errors = []

def worker(k):
    mine = A("q" * (k % 3) + "x")
    for i in range(3000):
        write_x(mine, (k, i))
        if read_x(mine) != (k, i):
            errors.append(k)
        for s in shapes:
            read_x(s)

ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("errors", len(errors), [read_x(s) for s in shapes])
