# class scope vs function scope, comprehensions in class body, name resolution
x = "module"
class A:
    x = "class A"
    y = x + " (seen in class body)"
    def meth(self):
        return x
    lst = [x for _ in range(2)]
    def meth2(self):
        return self.x, A.x, type(self).x
print(A.y, A().meth(), A.lst, A().meth2())
class B(A):
    x = "class B"
print(B().meth2(), B.y)
def factory(n):
    class Local:
        val = n
        def get(self):
            return self.val * n
    return Local
L3 = factory(3)
L5 = factory(5)
print(L3().get(), L5().get(), L3.__name__, L3.__qualname__)
def outer():
    z = "enclosing"
    class C:
        z = "class attr"
        def f(self):
            return z
        g = lambda self: z
    return C().f(), C().g(), C.z
print(outer())
counter = 0
class Tracker:
    global counter
    counter += 100
    instances = 0
    def __init__(self):
        Tracker.instances += 1
        type(self).last = self
print(counter)
for _ in range(3):
    Tracker()
print(Tracker.instances)
def make_adders():
    adders = {}
    for n in range(3):
        adders[n] = lambda v, n=n: v + n
    return adders
ad = make_adders()
print([ad[k](10) for k in ad])
def scope_test():
    def do_local():
        spam = "local spam"
    def do_nonlocal():
        nonlocal spam
        spam = "nonlocal spam"
    def do_global():
        global spam
        spam = "global spam"
    spam = "test spam"
    do_local()
    print("After local assignment:", spam)
    do_nonlocal()
    print("After nonlocal assignment:", spam)
    do_global()
    print("After global assignment:", spam)
scope_test()
print("In global scope:", spam)
