# LoadMethod / LoadAttr misses answered by the instance dict's key filter: shadowing a method
# or class attribute after the site ran, deleting the shadow, str-subclass keys of equal hash,
# many attributes (a full filter), and a thread that adds the shadow.
import threading


class A:
    k = "class-k"

    def m(self):
        return "method"


class S(str):
    pass


def call_m(o):
    return o.m()


def read_k(o):
    return o.k


a = A()
print([call_m(a) for _ in range(3)], [read_k(a) for _ in range(3)])
a.__dict__["m"] = lambda: "instance"
a.k = "instance-k"
print(call_m(a), read_k(a))
del a.__dict__["m"]
del a.k
print(call_m(a), read_k(a))
a.__dict__[S("m")] = lambda: "str-subclass key"
print(call_m(a))
b = A()
for i in range(200):
    setattr(b, "x%d" % i, i)
print(call_m(b), read_k(b), b.x199)
b.m = lambda: "after many"
print(call_m(b))
for i in range(200):
    delattr(b, "x%d" % i)
print(call_m(b), len(b.__dict__))

c = A()
seen = []
for _ in range(2):
    seen.append(call_m(c))
t = threading.Thread(target=lambda: setattr(c, "m", lambda: "from thread"))
t.start()
t.join()
seen.append(call_m(c))
print(seen)

# Dicts with non-str keys keep working as namespaces of plain objects.
d = A()
d.__dict__[1] = "one"
print(call_m(d), d.__dict__[1], sorted(map(str, d.__dict__)))
