# functools singledispatch by annotation, wraps annotations, singledispatchmethod
from functools import singledispatch, wraps, singledispatchmethod
@singledispatch
def f(x): return 'obj'
@f.register
def _(x: int): return 'int'
@f.register
def _(x: str): return 'str'
print(f(1), f('a'), f(1.5), f(True))
def d(fn):
    @wraps(fn)
    def w(*a): return fn(*a)
    return w
@d
def g(a: int) -> str: return str(a)
print(g.__annotations__, g(3))
class C:
    @singledispatchmethod
    def m(self, x): return 'obj'
    @m.register
    def _(self, x: int): return 'int'
print(C().m(1), C().m('s'))
