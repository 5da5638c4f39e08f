# Small conformance fixes: staticmethod/classmethod reprs, sys struct-sequence type names,
# Decimal Infinity/NaN formatting, Enum member attribute errors, Random.shuffle's argument
# errors, `1 if` syntax errors, metaclass conflicts in type().
import random
import sys
from decimal import Decimal
from enum import Enum


class A:
    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass


r = repr(A.__dict__['s'])
print(r[:r.index(' at ')], repr(A.__dict__['c']).split(' at ')[0])
print(repr(staticmethod(len)), repr(classmethod(1)))
print(type(sys.version_info).__name__, type(sys.float_info).__name__, type(sys.flags).__name__,
      type(sys.hash_info).__name__, type(sys.int_info).__name__)
for v in (Decimal('Infinity'), Decimal('-Infinity'), Decimal('NaN'), Decimal('-NaN')):
    print([format(v, s) for s in ('', '%', '.1%', '012.2f', '012', 'E', 'G', '+^12', '=12', '<10')])
print(format(Decimal('1.5'), '08.2f'), format(Decimal('-1.5'), '%'), format(Decimal('2'), 'E'))


class Color(Enum):
    RED = 1


for stmt in ('Color.RED.value = 3', 'Color.RED.name = "x"', 'del Color.RED.value'):
    try:
        exec(stmt)
    except AttributeError as e:
        print(e)
for call in (lambda: random.shuffle([1, 2], random.random), lambda: random.shuffle()):
    try:
        call()
    except TypeError as e:
        print(e)
x = [1, 2, 3]
random.seed(4)
random.shuffle(x=x)
print(x)
for src in ('1 if', '1 if x', 'f(1 if)', '[1 if 2]', 'x = (1 if )'):
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print(repr(src), e.msg)
for bases in ((1,), (int, 1)):
    try:
        type('X', bases, {})
    except TypeError as e:
        print(e)
print('__dict__' in dir(object()), '__dict__' in dir(1), '__dict__' in dir(A()), '__dict__' in dir(A),
      '__dict__' in dir(int), '__dict__' in dir(type))
print(Decimal('1.23').fma(2, 1), Decimal(2).fma(3, Decimal('0.5')), Decimal('1e30').fma(Decimal('1e-30'), -1))


class LoudProperty(property):
    # A property subclass's own __get__/__set__/__delete__ run (as enum.property's do).
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return ('loud', super().__get__(obj, objtype))

    def __set__(self, obj, value):
        raise AttributeError(f'custom set {value!r}')

    def __delete__(self, obj):
        raise AttributeError('custom delete')


class QuietProperty(property):
    pass


class Holder:
    @LoudProperty
    def x(self):
        return 1

    @QuietProperty
    def y(self):
        return 2


h = Holder()
print(h.x, h.y, getattr(h, 'x'), isinstance(Holder.x, property))
for stmt in ('h.x = 5', 'del h.x', 'h.y = 5', 'del h.y'):
    try:
        exec(stmt)
    except AttributeError as e:
        print(e)
