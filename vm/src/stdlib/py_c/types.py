"""Names for the built-in types that have no name in builtins, and a few helpers
for creating classes dynamically (pyrs-nogil's own implementation of CPython's
`types` module).

The type objects are taken from the running interpreter (``type(len)``, ...),
so ``isinstance(f, types.FunctionType)`` answers as the interpreter does.
"""

import sys as _sys


def _function(): pass
FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)


def _generator():
    yield 1
GeneratorType = type(_generator())


# Coroutines and async generators exist only where the compiler accepts
# `async def`; elsewhere these names raise AttributeError (see __getattr__).
_async_types = {}
try:
    _ns = {}
    exec("async def _co(): pass\n"
         "async def _ag():\n    yield 1\n", _ns)
    _c = _ns['_co']()
    _async_types['CoroutineType'] = type(_c)
    _c.close()
    _async_types['AsyncGeneratorType'] = type(_ns['_ag']())
    del _c
except SyntaxError:
    pass
globals().update(_async_types)


class _C:
    def _m(self): pass
MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(_sys)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)
    del _e

# Descriptor types: pyrs-nogil implements these attributes with its own
# descriptor objects, so the names give whatever type it uses.
try:
    GetSetDescriptorType = type(FunctionType.__dict__['__code__'])
except (KeyError, AttributeError):
    GetSetDescriptorType = type(type.__dict__['__dict__'])
try:
    MemberDescriptorType = type(FunctionType.__dict__['__globals__'])
except (KeyError, AttributeError):
    MemberDescriptorType = GetSetDescriptorType


def _cell_factory():
    a = 1
    def f():
        return a
    return f.__closure__[0]
CellType = type(_cell_factory())

EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del _function, _generator, _C, _cell_factory


class GenericAlias:
    # pyrs-nogil's subscription of built-in classes returns the class itself; this class
    # serves ``__class_getitem__`` implementations that build aliases explicitly.
    __doc__ = ("Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list "
               "and t.__args__ is (int,).")

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        params = []
        for a in args:
            for p in getattr(a, '__parameters__', ()) if not isinstance(a, type) else ():
                if p not in params:
                    params.append(p)
            if type(a).__name__ == 'TypeVar' and a not in params:
                params.append(a)
        self.__parameters__ = tuple(params)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __repr__(self):
        def r(a):
            if a is Ellipsis:
                return '...'
            if isinstance(a, type) and not isinstance(a, GenericAlias):
                if a.__module__ == 'builtins':
                    return a.__qualname__
                return '%s.%s' % (a.__module__, a.__qualname__)
            if isinstance(a, (list, tuple)) and not a:
                return '()' if isinstance(a, tuple) else '[]'
            return repr(a)
        args = ', '.join(r(a) for a in self.__args__) if self.__args__ else '()'
        return '%s[%s]' % (r(self.__origin__), args)


def _union_arg_repr(a):
    if a is NoneType:
        return 'None'
    if isinstance(a, type) and not isinstance(a, GenericAlias):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return '%s.%s' % (a.__module__, a.__qualname__)
    return repr(a)


def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def _union_or(a, b):
    """`a | b` for classes, aliases and None (type.__or__ and type.__ror__ forward here)."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        for y in (x.__args__ if isinstance(x, UnionType) else (x,)):
            if y is None:
                y = NoneType
            if not any(y is z or (not isinstance(y, type) and y == z) for z in args):
                args.append(y)
    if len(args) == 1:
        return args[0]
    u = object.__new__(UnionType)
    object.__setattr__(u, '_args', tuple(args))
    return u


class UnionType:
    __doc__ = "Represent a PEP 604 union type\n\nE.g. for int | str"

    __slots__ = ('_args',)

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    @property
    def __args__(self):
        return self._args

    @property
    def __parameters__(self):
        params = []
        for a in self._args:
            for p in getattr(a, '__parameters__', ()) if not isinstance(a, type) else ():
                if p not in params:
                    params.append(p)
        return tuple(params)

    def __repr__(self):
        return ' | '.join(_union_arg_repr(a) for a in self._args)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self._args) == set(other._args)

    def __hash__(self):
        return hash(frozenset(self._args))

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def _check(self, what):
        for a in self._args:
            if isinstance(a, GenericAlias):
                raise TypeError(f"{what}() argument 2 cannot be a parameterized generic")

    def __instancecheck__(self, obj):
        self._check('isinstance')
        return any(isinstance(obj, a) for a in self._args)

    def __subclasscheck__(self, cls):
        self._check('issubclass')
        return any(issubclass(cls, a) for a in self._args)


UnionType.__module__ = 'types'


def __getattr__(name):
    if name in ('CoroutineType', 'AsyncGeneratorType'):
        raise AttributeError("module 'types' has no attribute %r "
                             "(pyrs-nogil does not support 'async def')" % name)
    raise AttributeError("module 'types' has no attribute %r" % name)


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        cls = type(self)
        name = "namespace" if cls is SimpleNamespace else cls.__name__
        key = (_get_ident(), id(self))
        if key in _repr_running:
            return name + "(...)"
        _repr_running.add(key)
        try:
            items = ["%s=%r" % (k, v) for k, v in self.__dict__.items()]
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (name, ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))

    def __hash__(self):
        # CPython's type is unhashable; its C name appears in the message.
        cls = type(self)
        name = "types.SimpleNamespace" if cls is SimpleNamespace else cls.__name__
        raise TypeError("unhashable type: '%s'" % name)

SimpleNamespace.__module__ = "types"
# CPython's sys.implementation is a SimpleNamespace (types.py even takes the type from it).
_sys.implementation.__class__ = SimpleNamespace

# (thread id, namespace id) of the reprs being computed, to print "namespace(...)"
# for a namespace that contains itself.
_repr_running = set()
from _thread import get_ident as _get_ident


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds)."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    A descriptor that behaves like a property on instances and raises
    AttributeError when looked up on the class."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


def coroutine(func):
    """Convert a regular generator function into a coroutine function: its calls return
    an awaitable wrapper of the generator (already-async functions are returned as is)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    co = getattr(func, '__code__', None)
    if co is not None and co.co_flags & 0x180:
        return func

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if isinstance(coro, GeneratorType):
            return _GeneratorWrapper(coro)
        return coro

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped


class _GeneratorWrapper:
    # A generator made awaitable by types.coroutine (no docstring, as in CPython).

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


__all__ = [n for n in globals() if n[:1] != '_']
