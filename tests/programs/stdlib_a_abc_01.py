# abc: abstract methods, instantiation errors, register, __subclasshook__
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    @abc.abstractmethod
    def b(self): pass
    def concrete(self): return "c"
try: A()
except TypeError as e: print(e)
class B(A):
    def f(self): return "f"
try: B()
except TypeError as e: print(e)
class C(B):
    def b(self): return "b"
c = C(); print(c.f(), c.b(), c.concrete(), isinstance(c, A), issubclass(C, A))
print(sorted(A.__abstractmethods__), sorted(B.__abstractmethods__), C.__abstractmethods__, type(A).__name__, abc.ABCMeta.__module__, repr(abc.ABC))
class Iface(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iface:
            return hasattr(C, "quack") or NotImplemented
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Iface), issubclass(int, Iface), issubclass(Duck, Iface))
class Reg(abc.ABC): pass
Reg.register(int)
@Reg.register
class Other: pass
print(isinstance(3, Reg), isinstance("x", Reg), issubclass(bool, Reg), isinstance(Other(), Reg), Other.__name__)
class P(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def util(): ...
try: P()
except TypeError as e: print(e)
class Q(P):
    name = "q"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def util(): return 1
print(Q.make().name)
try: issubclass(3, Reg)
except TypeError as e: print(e)
class WithInit(abc.ABC):
    def __init__(self, x): self.x = x
print(WithInit(4).x, abc.get_cache_token() >= 0)
