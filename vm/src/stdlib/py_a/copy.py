"""Shallow and deep copy operations (pyrs-nogil).

copy(x) and deepcopy(x, memo) follow CPython 3.11: immutable atoms are returned as is,
built-in containers are copied directly, classes may define __copy__/__deepcopy__, and
everything else goes through __reduce_ex__(4) / __reduce__ (object's default is copyreg's
reduction: class, state, list items, dict items, with __getstate__/__setstate__ honoured).
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_FunctionType = type(lambda: None)
_BuiltinType = type(len)
_CodeType = type((lambda: None).__code__)


class _C:
    def _m(self):
        pass


_BoundMethod = type(_C()._m)
del _C

_ATOMIC = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, bytes,
           str, _CodeType, type, range, _BuiltinType, _FunctionType, property}
_IMMUTABLE = _ATOMIC | {tuple, frozenset, slice}

_object_reduce_ex = object.__reduce_ex__
_object_reduce = getattr(object, '__reduce__', None)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _IMMUTABLE:
        return x
    if cls is list:
        return x.copy()
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # a tuple holding itself (through a list) was copied during the recursion
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is _BoundMethod:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x, cls):
    """x's reduction, as CPython's copy module takes it: a class's own __reduce_ex__ or
    __reduce__, else object.__reduce_ex__(4) (copyreg's default reduction, which refuses
    objects whose state is not all in __dict__ and slots: locks, generators, files)."""
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not _object_reduce_ex:
        return x.__reduce_ex__(4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None and reductor is not _object_reduce:
        return x.__reduce__()
    return _object_reduce_ex(x, 4)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 state_setter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state_setter is not None:
        # a sixth __reduce__ item is a state setter (Python 3.8+)
        state_setter(y, deepcopy(state, memo) if deep else state)
        state = None
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y

