# regen: full-stderr
class A:
    def m(self, x):
        return x * 2
def f(a, x):
    return a.m(x) + a.m(x + 1)
print(f(A(), 3))
l = []
def g(l):
    for i in range(5):
        l.append(i)
    return l.pop(), l
print(g(l))
def h(a):
    return a.nope(1)
try:
    h(A())
except AttributeError as e:
    print("AttributeError:", e)
def k(flag):
    if flag:
        s = "x"
    return s.upper()
print(k(True))
k(False)
