"""Weak references (pyrs-nogil).

A weak reference does not keep its referent alive. The referent is kept in a table outside the
collected heap (`_pyrs_weakref`, vm/src/stdlib/a/weak.rs); the collector clears the entry in
the pause that finds the referent unreachable, and the reference's callback then runs on a
Python thread.

pyrs-nogil counts no references, so an object is found dead by a collection, not when its last
reference goes: `del name` of a weakly referenced object collects at once (so `ref()` is None
right after it, as in CPython), and `gc.collect()` clears the references to everything
unreachable. An object dropped any other way (a rebinding, a function's return) is found by a
later collection. Conservative stack scanning may keep a just-dropped object alive a while.
"""

import sys
from _pyrs_weakref import _set, _get, _count, _refs

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


# Built-in types whose instances CPython gives no weak-reference slot (tp_weaklistoffset 0);
# their Python-level subclasses get one unless a class declares __slots__ without
# "__weakref__". int, tuple and bytes are variable-size: no subclass of theirs gets one.
_NO_WEAKREF = (float, complex, str, bytearray, list, dict, type(None), range, slice,
               type(NotImplemented), type(...), BaseException, property, staticmethod,
               classmethod, object, bool)
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


class ReferenceType:
    """ref(object[, callback]) -- a weak reference to `object`; calling it returns the object,
    or None once it died. `callback(ref)` is called when the object dies."""

    __slots__ = ('__callback__', '_hash')

    def __new__(cls, ob, callback=None, *args, **kwargs):
        _check_weakrefable(ob)
        if cls is ReferenceType and callback is None:
            # CPython shares the plain reference to an object.
            for r in _refs(ob):
                if type(r) is ReferenceType and r.__callback__ is None:
                    return r
        self = object.__new__(cls)
        object.__setattr__(self, '__callback__', callback)
        object.__setattr__(self, '_hash', None)
        _set(self, ob, callback is not None)
        return self

    def __init__(self, ob, callback=None, *args, **kwargs):
        pass

    def __call__(self):
        return _get(self)

    def __hash__(self):
        h = self._hash
        if h is None:
            o = _get(self)
            if o is None:
                raise TypeError("weak object has gone away")
            h = hash(o)
            object.__setattr__(self, '_hash', h)
        return h

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = _get(self)
        b = _get(other)
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = _get(self)
        b = _get(other)
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        o = _get(self)
        if o is None:
            return "<weakref at %#x; dead>" % id(self)
        name = getattr(o, '__name__', None)
        if isinstance(name, str):
            return "<weakref at %#x; to '%s' at %#x (%s)>" % (id(self), type(o).__name__, id(o), name)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


ReferenceType.__module__ = 'weakref'
ref = ReferenceType


class KeyedRef(ref):
    """ref with a `key` attribute (the mappings below use it to find an entry to drop)."""

    __slots__ = ('key',)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakMethod(ref):
    """A weak reference to a bound method: alive while both its object and its function are."""

    __slots__ = ('_func_ref', '_meth_type', '_alive', '__weakref__')

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


def _proxy_target(p):
    o = _get(object.__getattribute__(p, '_ref'))
    if o is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return o


class ProxyType:
    """proxy(obj[, callback]): forwards attribute access and operators to obj while it lives."""

    __slots__ = ('_ref',)

    def __init__(self, ob, callback=None):
        object.__setattr__(self, '_ref', ref(ob, callback) if callback is not None else _proxy_ref(ob))

    def __getattr__(self, name):
        return getattr(_proxy_target(self), name)

    def __setattr__(self, name, value):
        setattr(_proxy_target(self), name, value)

    def __delattr__(self, name):
        delattr(_proxy_target(self), name)

    def __repr__(self):
        o = _proxy_target(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_proxy_target(self))

    def __bool__(self):
        return bool(_proxy_target(self))

    def __len__(self):
        return len(_proxy_target(self))

    def __iter__(self):
        return iter(_proxy_target(self))

    def __getitem__(self, k):
        return _proxy_target(self)[k]

    def __setitem__(self, k, v):
        _proxy_target(self)[k] = v

    def __delitem__(self, k):
        del _proxy_target(self)[k]

    def __contains__(self, k):
        return k in _proxy_target(self)

    def __eq__(self, other):
        return _proxy_target(self) == other

    def __ne__(self, other):
        return _proxy_target(self) != other

    def __lt__(self, other):
        return _proxy_target(self) < other

    def __le__(self, other):
        return _proxy_target(self) <= other

    def __gt__(self, other):
        return _proxy_target(self) > other

    def __ge__(self, other):
        return _proxy_target(self) >= other

    def __add__(self, other):
        return _proxy_target(self) + other

    def __sub__(self, other):
        return _proxy_target(self) - other

    def __mul__(self, other):
        return _proxy_target(self) * other

    def __truediv__(self, other):
        return _proxy_target(self) / other

    def __neg__(self):
        return -_proxy_target(self)

    __hash__ = None


class _ProxyRef(ref):
    """The proxy's own reference (not shared with plain refs)."""
    __slots__ = ()


def _proxy_ref(ob):
    return _ProxyRef(ob)


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _proxy_target(self)(*args, **kwargs)


ProxyType.__module__ = 'weakref'
CallableProxyType.__module__ = 'weakref'
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None):
    _check_weakrefable(ob)
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)


def getweakrefcount(ob):
    return _count(ob)


def getweakrefs(ob):
    return _refs(ob)


class WeakValueDictionary:
    """Mapping class that references values weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None and self.data.get(wr.key) is wr:
                del self.data[wr.key]
        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __or__(self, other):
        if hasattr(other, 'keys'):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, 'keys'):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    def copy(self):
        new = type(self)()
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[k] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[deepcopy(k, memo)] = o
        return new

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                yield k, o

    def keys(self):
        return iter(self)

    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if hasattr(other, 'keys'):
                other = [(k, other[k]) for k in other.keys()]
            for k, v in other:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class WeakKeyDictionary:
    """Mapping class that references keys weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                try:
                    del self.data[k]
                except KeyError:
                    pass
        self._remove = remove
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        new = type(self)()
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                new[o] = v
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                new[o] = deepcopy(v, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                yield o, v

    def keys(self):
        return iter(self)

    def values(self):
        for wr, v in list(self.data.items()):
            if wr() is not None:
                yield v

    def keyrefs(self):
        return list(self.data)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, v = self.data.popitem()
            o = wr()
            if o is not None:
                return o, v

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if hasattr(dict, 'keys'):
                dict = [(k, dict[k]) for k in dict.keys()]
            for k, v in dict:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def __or__(self, other):
        if hasattr(other, 'keys'):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, 'keys'):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class WeakSet:
    """A set of weakly referenced objects: an element goes when it dies."""

    def __init__(self, data=None):
        def remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = remove
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        return self.__class__, (list(self),), getattr(self, '__dict__', None)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            o = wr()
            if o is not None:
                return o

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class finalize:
    """finalize(obj, func, *args, **kwargs): call func(*args, **kwargs) once, when obj dies,
    when the finalize object is called, or at interpreter exit (if `atexit` is true)."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _registered_with_atexit = False
    _counter = [0]

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
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
