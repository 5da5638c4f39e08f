"""__del__ runs when a function returns and its locals die (CPython frees them at the return):
locals in their order, a local list's items last to first; parameters and the return value are
not finalized there; suspended generators in locals are closed."""
import gc
class A:
    def __init__(self, n):
        self.n = n
        print("init", n)
    def __del__(self):
        print("del", self.n)
    def method(self):
        tmp = 5
        return self.n

def f():
    a = A(1)
    b = A(2)
    print("end f")

f()
print("after f")

def g():
    x = A(3)
    return x

y = g()
print("after g", y.method())

def k():
    lst = [A(5), A(6)]
    c = A(7)
    print("end k")
k()
print("after k")

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("node gone", self.name)

def build(store):
    n = Node("kept")
    store.append(n)
    return len(store)

keep = []
print(build(keep))
print("after build")
def gen():
    try:
        yield 1
    finally:
        print("gen closed")
def use_gen():
    it = gen()
    next(it)
    print("leaving use_gen")
use_gen()
print("after use_gen")
for i in range(3):
    f()
print("end")
