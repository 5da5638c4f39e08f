# regen: full-stderr
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x + self.y
p = P(1)
p.y = 2
print(p.get(), p.x)
def f(o):
    return o.missing
try:
    f(p)
except AttributeError as e:
    print("AttributeError:", e)
class Q:
    @property
    def boom(self):
        raise KeyError("from property")
def g(q):
    return q.boom
try:
    g(Q())
except KeyError as e:
    import traceback
    print([l for l in "".join(traceback.format_exception(e)).splitlines()[-4:] if "File" not in l])
def h(flag):
    if flag:
        o = 1
    return o.real
print(h(True))
p2 = P(5)
del p2.x
p2.get()
