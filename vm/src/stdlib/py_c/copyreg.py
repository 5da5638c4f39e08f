"""Helpers for pickle and copy: a registry of reduction functions by type,
and the extension-code registry (pyrs-nogil's implementation of CPython's
`copyreg`, written from its documentation)."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Declare pickle_function as the reduction function of ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the slots of cls and its bases, private names mangled.

    (CPython caches the list as cls.__slotnames__; pyrs-nogil keeps its own
    tuple of slot names under that name, so the list is not cached.)"""
    names = cls.__dict__.get("__slotnames__")
    if isinstance(names, list):
        return names
    names = []
    if not hasattr(cls, "__slots__"):
        pass
    else:
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        if stripped:
                            names.append('_%s%s' % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    return names


# Extension codes: (module, name) <-> int in 1..0x7fffffff.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code (for testing only)."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()


# The default reductions. object.__reduce_ex__ / __reduce__ / __getstate__ (the runtime,
# vm/src/objects/object_reduce.rs) call these with what Python code cannot see: `base`, the
# first built-in class of the object's MRO, and `plain`, whether the object's layout holds
# nothing beyond its __dict__ and slots. They follow CPython's typeobject.c (reduce_newobj,
# object_getstate) and copyreg._reduce_ex. `tp_name` is the class's name as CPython's C
# messages write it ('_thread.lock').

def _reduce_object(obj, proto, base, plain, tp_name):
    """The reduction object.__reduce_ex__(proto) returns for obj."""
    cls = type(obj)
    rv = _builtin_reduce(obj, cls, proto)
    if rv is not None:
        return rv
    if proto < 2:
        return _reduce_ex(obj, proto, base)
    return _reduce_newobj(obj, cls, plain, tp_name)


def _builtin_reduce(obj, cls, proto):
    """The reductions CPython's built-in types define as their own __reduce__ or
    __reduce_ex__ (exceptions, sets, bytearray, range, slice), for their subclasses too."""
    if isinstance(obj, BaseException):
        d = getattr(obj, '__dict__', None)
        return (cls, obj.args, d) if d else (cls, obj.args)
    if isinstance(obj, (set, frozenset)):
        return (cls, (list(obj),), _getstate_default(obj, False, True))
    if isinstance(obj, bytearray):
        state = _getstate_default(obj, False, True)
        if proto < 3:
            return (cls, (bytes(obj).decode('latin-1'), 'latin-1'), state)
        return (cls, (bytes(obj),), state) if obj else (cls, (), state)
    if isinstance(obj, (range, slice)):
        return (cls, (obj.start, obj.stop, obj.step))
    return None


def _reduce_ex(self, proto, base):
    """Protocols 0 and 1: rebuild through _reconstructor from the built-in base's value."""
    assert proto < 2
    cls = self.__class__
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    if type(self).__getstate__ is object.__getstate__ and getattr(self, "__slots__", None):
        raise TypeError("a class that defines __slots__ without "
                        "defining __getstate__ cannot be pickled")
    dict = self.__getstate__()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


_NEWARGS_BASES = (int, float, str, bytes, tuple, complex)


def _reduce_newobj(obj, cls, plain, tp_name):
    """Protocols 2 and up: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems)."""
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        newargs = getnewargs_ex()
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be "
                            "a tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be "
                            "a dict, not '%s'" % type(kwargs).__name__)
    else:
        kwargs = None
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                                % type(args).__name__)
        else:
            args = None
            for b in _NEWARGS_BASES:
                if isinstance(obj, b):
                    args = (b(obj),)
                    break
    hasargs = args is not None
    if not kwargs:
        newobj = __newobj__
        newargs = (cls,) + (args or ())
    else:
        newobj = __newobj_ex__
        newargs = (cls, args, kwargs)
    required = not hasargs and not isinstance(obj, (list, dict))
    if type(obj).__getstate__ is object.__getstate__:
        state = _getstate_default(obj, required, plain, tp_name)
    else:
        state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return newobj, newargs, state, listitems, dictitems


def _getstate_default(obj, required, plain, tp_name=None):
    """object.__getstate__: a copy of the instance dict (None when empty), paired with a
    dict of the set slots when there are any. `required`: the state must rebuild the whole
    object, which a layout with data of its own (not `plain`) cannot."""
    if required and not plain:
        raise TypeError(f"cannot pickle {tp_name or type(obj).__name__!r} object")
    d = getattr(obj, '__dict__', None)
    state = dict(d) if d else None
    names = _slotnames(type(obj))
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state
