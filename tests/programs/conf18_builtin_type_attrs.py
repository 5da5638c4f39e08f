# Built-in types: __doc__ entries, object's rich comparisons, __class_getitem__,
# in-place operator methods, __module__ of builtin functions.
import math

print(int.__doc__.splitlines()[0], '|', (5).__doc__.splitlines()[0])
print(list.__doc__, [].__doc__ == list.__doc__)
print(dict.__doc__.splitlines()[0], str.__doc__.splitlines()[0])
print(ValueError.__doc__, KeyError().__doc__)
print(type(None).__doc__, '__doc__' in int.__dict__)
class A:
    pass
class B(int):
    'B doc'
    def m(self):
        'm doc'
    def n(self):
        pass
print(A.__doc__, A().__doc__, B.__doc__, B(1).__doc__, B(1).m.__doc__, B(1).n.__doc__, B.m.__doc__)

print(object.__lt__(A(), A()), object.__ge__(1, 2), A().__le__(A()))
try:
    A() < A()
except TypeError as e:
    print('TypeError', e)
try:
    object.__lt__(A())
except TypeError as e:
    print('TypeError', e)
for name in ['int', 'str', 'list', 'dict', 'tuple', 'set', 'frozenset', 'float', 'bool', 'bytes', 'type', 'A']:
    o = eval(name)
    print(name, [n for n in ('__doc__', '__lt__', '__ge__', '__class_getitem__', '__imul__', '__ior__', '__ror__', '_tolist') if n in dir(o)])
print([n for n in dir(b'') if not n.startswith('__')][:3])

print(list.__class_getitem__(int), dict[str, int], tuple.__class_getitem__((int, ...)), set[str], frozenset[int], enumerate[str])
class L(list):
    pass
class S(set):
    pass
class D(dict):
    pass
x = L([1, 2]); y = x; x *= 2; print(y, x is y, type(x).__name__)
s = S({1}); u = s
s |= {2}; s &= {2, 3}; print(u, s is u)
s ^= {4}; s -= {2}; print(u, s is u, type(s).__name__)
print(list.__imul__([1], 3), set.__ior__({1}, {2}), set.__iand__({1, 2}, {2}), set.__isub__({1, 2}, {2}), set.__ixor__({1}, {2}))
print(set.__ior__({1}, [2]), dict.__ror__({1: 2}, {3: 4}), dict.__ror__({1: 2}, [3]))
try:
    list.__imul__((1,), 2)
except TypeError as e:
    print('TypeError', e)
print(len.__module__, print.__module__, math.sqrt.__module__, [].append.__module__, dict.fromkeys.__module__)
print(sorted([3, 1, 2], reverse=1), sorted([3, 1, 2], reverse=0))
for bad in [None, 1.5, 'x']:
    try:
        sorted([1], reverse=bad)
    except TypeError as e:
        print('TypeError', e)
