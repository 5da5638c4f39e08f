# The classes of native callables and descriptors, as CPython names them, with their reprs
# (those without addresses), names, __objclass__/__self__, binding and type checks.
import types
import inspect

samples = [
    ('len', len), ('str.upper', str.upper), ('[].append', [].append),
    ('object.__init__', object.__init__), ('object().__str__', object().__str__),
    ('int.__add__', int.__add__), ('(1).__add__', (1).__add__),
    ("dict.__dict__['fromkeys']", dict.__dict__['fromkeys']), ('dict.fromkeys', dict.fromkeys),
    ('int.real', int.real), ('object.__new__', object.__new__),
]
for label, obj in samples:
    print(f'{label:28} {type(obj).__name__}')

for obj in (str.upper, list.append, object.__init__, int.__add__, dict.__dict__['fromkeys'], int.real,
            len, str.__dict__['join']):
    print(repr(obj))

print(str.upper.__name__, str.upper.__qualname__, str.upper.__objclass__)
print(object.__init__.__name__, object.__init__.__qualname__, object.__init__.__objclass__)
print(int.real.__name__, int.real.__qualname__, int.real.__objclass__)
print([].append.__self__, (5).__add__.__self__, (5).__add__.__name__)
print((5).__add__.__qualname__, [].append.__qualname__, len.__qualname__)

bound = str.upper.__get__('abc')
print(type(bound).__name__, bound())
print(str.upper.__get__(None, str) is str.upper)
print(int.__add__.__get__(2)(3), type(int.__add__.__get__(2)).__name__)
print(int.real.__get__(7), int.real.__get__(None, int) is int.real)
for call in (lambda: str.upper.__get__(5), lambda: int.real.__get__('x'), lambda: str.upper(5),
             lambda: list.append((), 1)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

print(isinstance(str.upper, types.MethodDescriptorType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(object.__init__, types.WrapperDescriptorType), isinstance(object().__str__, types.MethodWrapperType))
print(isinstance([].append, types.BuiltinMethodType), isinstance(dict.__dict__['fromkeys'], types.ClassMethodDescriptorType))
print(inspect.isbuiltin(len), inspect.isbuiltin(str.upper), inspect.ismethoddescriptor(str.upper))
print(inspect.isroutine(str.upper), inspect.isroutine(object.__init__), callable(str.upper))
print(object().__str__ == object().__str__, (1).__add__ == (1).__add__)
print(sorted(map(str.upper, ['b', 'a'])), list(map(int.__neg__, [1, 2])))
print(dict.fromkeys('ab'), dict.__dict__['fromkeys'].__get__(None, dict)('x'))
