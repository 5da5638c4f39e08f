# multiple inheritance and C3 MRO
def names(cls):
    return [c.__name__ for c in cls.__mro__]
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(names(D), D().who())
class E(C, B):
    pass
print(names(E), E().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Mix(K1, K2, K3): pass
print(names(Mix))
class O: pass
class F(O): pass
class G(O): pass
class H(O): pass
class I(O): pass
class J(O): pass
class K(F, G, H): pass
class L(I, G): pass
class M(I, J): pass
class N(K, L, M): pass
print(names(N))
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class Init1:
    def __init__(self):
        print("Init1")
        super().__init__()
class Init2:
    def __init__(self):
        print("Init2")
        super().__init__()
class Both(Init1, Init2):
    def __init__(self):
        print("Both")
        super().__init__()
Both()
print(names(Both))
class Mixin:
    def hello(self):
        return f"hello from {self.name} via Mixin"
class LogMixin:
    def log(self, msg):
        return f"[{type(self).__name__}] {msg}"
class Person:
    def __init__(self, name):
        self.name = name
class Employee(LogMixin, Mixin, Person):
    pass
emp = Employee("eve")
print(emp.hello(), emp.log("started"), names(Employee))
print(D.mro() == list(D.__mro__), issubclass(D, C), isinstance(D(), B))
class P1:
    x = "P1"
class P2:
    x = "P2"
    y = "P2y"
class Q(P1, P2):
    pass
print(Q.x, Q.y, Q().x)
class Base1:
    def method(self):
        return ["Base1"]
class Left(Base1):
    def method(self):
        return ["Left"] + super().method()
class Right(Base1):
    def method(self):
        return ["Right"] + super().method()
class Bottom(Left, Right):
    def method(self):
        return ["Bottom"] + super().method()
print(Bottom().method(), super(Left, Bottom()).method())
