"""Weak references (pyrs-nogil) -- APPROXIMATION.

pyrs-nogil's collector has no weak references yet, so a "weak" reference here is a STRONG
reference: ref(obj)() returns obj for as long as the ref exists, the referent is kept alive
by it, callbacks are never called, and WeakValueDictionary / WeakKeyDictionary / WeakSet
never lose entries on their own. finalize() objects still run at interpreter exit (as
CPython's do for objects alive then) or when called. Programs that only use weak references
to avoid reference cycles or to cache objects behave the same, but they may use more memory.
"""

import sys

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


# Built-in types whose instances CPython gives no weak-reference slot (tp_weaklistoffset 0);
# their Python-level subclasses get one unless a class declares __slots__ without
# "__weakref__". int, tuple and bytes are variable-size: no subclass of theirs gets one.
_NO_WEAKREF = (float, complex, str, bytearray, list, dict, type(None), range, slice,
               type(NotImplemented), type(...), BaseException, property, staticmethod,
               classmethod, object)
_VARSIZE = (int, tuple, bytes)


def _weakrefable(t):
    if issubclass(t, _VARSIZE):
        return False
    for c in t.__mro__:
        if c in _NO_WEAKREF or (c.__module__ == 'builtins' and issubclass(c, BaseException)):
            return False
        d = c.__dict__
        if '__weakref__' in d:
            return True
        slots = d.get('__slots__', None)
        if slots is None:
            return True
        if isinstance(slots, str):
            slots = (slots,)
        if '__weakref__' in slots:
            return True
    return False


def _check_weakrefable(ob):
    if not _weakrefable(type(ob)):
        raise TypeError("cannot create weak reference to '%s' object" % type(ob).__name__)


class ref:
    """A reference to an object (kept alive: see the module docstring)."""

    __slots__ = ('_obj', '__callback__', '_hash')

    def __init__(self, ob, callback=None):
        self._obj = ob
        self.__callback__ = callback
        self._hash = None

    def __new__(cls, ob, callback=None, *args, **kwargs):
        _check_weakrefable(ob)
        self = object.__new__(cls)
        return self

    def __call__(self):
        return self._obj

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._obj)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj != other._obj

    def __repr__(self):
        o = self._obj
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(o).__qualname__, id(o))

    def __class_getitem__(cls, item):
        return cls


ReferenceType = ref


class KeyedRef(ref):
    __slots__ = ('key',)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakMethod(ref):
    """A reference to a bound method (the method's object and function are kept)."""

    __slots__ = ('_meth_type',)

    def __new__(cls, meth, callback=None):
        try:
            meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        self = ref.__new__(cls, meth, callback)
        return self

    def __init__(self, meth, callback=None):
        super().__init__(meth, callback)


class ProxyType:
    """proxy(obj): forwards attribute access and operators to obj."""

    __slots__ = ('_obj', '__callback__')

    def __init__(self, ob, callback=None):
        object.__setattr__(self, '_obj', ob)
        object.__setattr__(self, '__callback__', callback)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, '_obj'), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_obj'), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, '_obj'), name)

    def __repr__(self):
        o = object.__getattribute__(self, '_obj')
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__qualname__, id(o))

    def __str__(self):
        return str(object.__getattribute__(self, '_obj'))

    def __bool__(self):
        return bool(object.__getattribute__(self, '_obj'))

    def __len__(self):
        return len(object.__getattribute__(self, '_obj'))

    def __iter__(self):
        return iter(object.__getattribute__(self, '_obj'))

    def __getitem__(self, k):
        return object.__getattribute__(self, '_obj')[k]

    def __setitem__(self, k, v):
        object.__getattribute__(self, '_obj')[k] = v

    def __contains__(self, k):
        return k in object.__getattribute__(self, '_obj')

    def __eq__(self, other):
        return object.__getattribute__(self, '_obj') == other

    def __lt__(self, other):
        return object.__getattribute__(self, '_obj') < other

    def __add__(self, other):
        return object.__getattribute__(self, '_obj') + other

    def __sub__(self, other):
        return object.__getattribute__(self, '_obj') - other

    def __mul__(self, other):
        return object.__getattribute__(self, '_obj') * other

    __hash__ = None


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, '_obj')(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None):
    _check_weakrefable(ob)
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)


def getweakrefcount(ob):
    return 0


def getweakrefs(ob):
    return []


class WeakValueDictionary:
    """Mapping whose values are referenced "weakly" (strongly here: see the module doc)."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        _check_weakrefable(value)
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(list(self.data))

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __or__(self, other):
        c = self.copy()
        c.update(other)
        return c

    def __ior__(self, other):
        self.update(other)
        return self

    def copy(self):
        new = type(self)()
        new.data = dict(self.data)
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for k, v in self.data.items():
            new[deepcopy(k, memo)] = v
        return new

    def get(self, key, default=None):
        return self.data.get(key, default)

    def items(self):
        return list(self.data.items())

    def keys(self):
        return list(self.data.keys())

    def values(self):
        return list(self.data.values())

    __marker = object()

    def pop(self, key, *args):
        return self.data.pop(key, *args)

    def popitem(self):
        return self.data.popitem()

    def setdefault(self, key, default=None):
        return self.data.setdefault(key, default)

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if hasattr(other, 'keys'):
                for k in other.keys():
                    self.data[k] = other[k]
            else:
                for k, v in other:
                    self.data[k] = v
        for k, v in kwargs.items():
            self.data[k] = v

    def clear(self):
        self.data.clear()

    def itervaluerefs(self):
        return iter([KeyedRef(v, None, k) for k, v in self.data.items()])

    def valuerefs(self):
        return [KeyedRef(v, None, k) for k, v in self.data.items()]

    def __class_getitem__(cls, item):
        # `C[int]`: a types.GenericAlias, as CPython's classmethod(GenericAlias).
        from types import GenericAlias
        return GenericAlias(cls, item)


class WeakKeyDictionary:
    """Mapping whose keys are referenced "weakly" (strongly here: see the module doc)."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        _check_weakrefable(key)
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            return key in self.data
        except TypeError:
            return False

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(list(self.data))

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        new = type(self)()
        new.data = dict(self.data)
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(key, default)

    def items(self):
        return list(self.data.items())

    def keys(self):
        return list(self.data.keys())

    def values(self):
        return list(self.data.values())

    def keyrefs(self):
        return [ref(k) for k in self.data]

    def pop(self, key, *args):
        return self.data.pop(key, *args)

    def popitem(self):
        return self.data.popitem()

    def setdefault(self, key, default=None):
        return self.data.setdefault(key, default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if hasattr(dict, 'keys'):
                for k in dict.keys():
                    self.data[k] = dict[k]
            else:
                for k, v in dict:
                    self.data[k] = v
        for k, v in kwargs.items():
            self.data[k] = v

    def clear(self):
        self.data.clear()

    def __or__(self, other):
        c = self.copy()
        c.update(other)
        return c

    def __ior__(self, other):
        self.update(other)
        return self

    def __class_getitem__(cls, item):
        # `C[int]`: a types.GenericAlias, as CPython's classmethod(GenericAlias).
        from types import GenericAlias
        return GenericAlias(cls, item)


class WeakSet:
    """A set of "weakly" referenced objects (strongly here: see the module doc)."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            return item in self.data
        except TypeError:
            return False

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def add(self, item):
        _check_weakrefable(item)
        self.data.add(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        return self.data.pop()

    def remove(self, item):
        self.data.remove(item)

    def discard(self, item):
        self.data.discard(item)

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        return self.__class__(self.data - set(other))

    __sub__ = difference

    def intersection(self, other):
        return self.__class__(self.data & set(other))

    __and__ = intersection

    def union(self, other):
        return self.__class__(self.data | set(other))

    __or__ = union

    def symmetric_difference(self, other):
        return self.__class__(self.data ^ set(other))

    __xor__ = symmetric_difference

    def issubset(self, other):
        return self.data.issubset(other)

    __le__ = issubset

    def issuperset(self, other):
        return self.data.issuperset(other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == other.data

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __class_getitem__(cls, item):
        # `C[int]`: a types.GenericAlias, as CPython's classmethod(GenericAlias).
        from types import GenericAlias
        return GenericAlias(cls, item)


class finalize:
    """finalize(obj, func, *args, **kwargs): call func(*args, **kwargs) once, when called
    or at interpreter exit (objects are never collected while it exists: see the module doc)."""

    _registry = {}
    _shutdown = False
    _index_iter = None
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    _counter = [0]

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._counter[0] += 1
        info.index = finalize._counter[0]
        self._registry[self] = info

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self),
                                                     type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        pending = sorted(((f, i) for (f, i) in cls._registry.items() if i.atexit),
                         key=lambda item: item[1].index)
        for f, _ in reversed(pending):
            try:
                f()
            except Exception:
                sys.excepthook(*sys.exc_info())
        finalize._shutdown = True
