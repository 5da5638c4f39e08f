"""Exception groups: the methods of the built-in BaseExceptionGroup (whose natives forward
here) and the runtime side of `except*` (`_star_begin`), after CPython 3.11's
Objects/exceptions.c and Python/ceval.c."""

# CPython runs all of this in C: its frames are left out of tracebacks
# (vm/src/stdlib/source_map.rs).
#@native *


def eg_new(cls, *args, **kwargs):
    if kwargs:
        raise TypeError(f"{cls.__name__}() takes no keyword arguments")
    if len(args) != 2:
        raise TypeError(f"BaseExceptionGroup.__new__() takes exactly 2 arguments ({len(args)} given)")
    message, excs = args
    if not isinstance(message, str):
        raise TypeError(f"BaseExceptionGroup.__new__() argument 1 must be str, not {type(message).__name__}")
    if not hasattr(type(excs), '__getitem__') or not hasattr(type(excs), '__len__') or isinstance(excs, (dict, set, frozenset)):
        raise TypeError("second argument (exceptions) must be a sequence")
    excs = tuple(excs)
    if not excs:
        raise ValueError("second argument (exceptions) must be a non-empty sequence")
    nested_base = False
    for i, e in enumerate(excs):
        if not isinstance(e, BaseException):
            raise ValueError(f"Item {i} of second argument (exceptions) is not an exception")
        if not isinstance(e, Exception):
            nested_base = True
    if cls is BaseExceptionGroup:
        if not nested_base:
            cls = ExceptionGroup
    elif issubclass(cls, Exception) and nested_base:
        if cls is ExceptionGroup:
            raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
        raise TypeError(f"Cannot nest BaseExceptions in '{cls.__name__}'")
    self = BaseException.__new__(cls, *args)
    return self


def eg_str(self):
    n = len(self.args[1]) if len(self.args) > 1 else 0
    return f"{self.args[0]} ({n} sub-exception{'s' if n > 1 else ''})"


def eg_message(self):
    return self.args[0]


def eg_exceptions(self):
    return tuple(self.args[1])


def eg_derive(self, excs):
    return BaseExceptionGroup(self.args[0], excs)


def _copy_metadata(src, dst):
    dst.__traceback__ = src.__traceback__
    dst.__cause__ = src.__cause__
    dst.__context__ = src.__context__
    if hasattr(src, '__notes__'):
        dst.__notes__ = src.__notes__


def _matcher(cond):
    if isinstance(cond, type) and issubclass(cond, BaseException):
        return lambda e: isinstance(e, cond)
    if isinstance(cond, tuple) and all(isinstance(c, type) and issubclass(c, BaseException) for c in cond):
        return lambda e: isinstance(e, cond)
    if callable(cond) and not isinstance(cond, type):
        return cond
    raise TypeError("expected a function, exception type or tuple of exception types")


def _split(exc, match, want_rest):
    if match(exc):
        return exc, None
    if not isinstance(exc, BaseExceptionGroup):
        return None, exc
    matched, rest = [], []
    for e in exc.exceptions:
        m, r = _split(e, match, want_rest)
        if m is not None:
            matched.append(m)
        if r is not None:
            rest.append(r)
    m = r = None
    if matched:
        m = exc.derive(matched)
        _copy_metadata(exc, m)
    if want_rest and rest:
        r = exc.derive(rest)
        _copy_metadata(exc, r)
    return m, r


def eg_split(self, cond):
    return _split(self, _matcher(cond), True)


def eg_subgroup(self, cond):
    return _split(self, _matcher(cond), False)[0]


def _check_star_type(t):
    types = t if isinstance(t, tuple) else (t,)
    for c in types:
        if not (isinstance(c, type) and issubclass(c, BaseException)):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")
        if issubclass(c, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")


def _leaves(exc, out):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaves(e, out)
    else:
        out.add(id(exc))


def _same_metadata(a, b):
    # Traceback objects are views made on access here: compare the frames they stand for.
    from _pyrs_traceback import entries
    return (entries(a) == entries(b) and a.__cause__ is b.__cause__
            and a.__context__ is b.__context__)


class _Star:
    """State of one `except*` statement while its handlers run."""

    __slots__ = ('orig', 'rest', 'raised')

    def __init__(self, exc):
        self.orig = exc
        self.rest = exc
        self.raised = []

    def match(self, t):
        _check_star_type(t)
        rest = self.rest
        if rest is None:
            return None
        if not isinstance(rest, BaseExceptionGroup):
            if isinstance(rest, t):
                m = BaseExceptionGroup("", (rest,))  # no traceback of its own in 3.11
                self.rest = None
                return m
            return None
        m, r = rest.split(t)
        self.rest = r
        return m

    def add(self, exc):
        self.raised.append(exc)

    def finish(self):
        excs = [e for e in self.raised if e is not None]
        if self.rest is not None:
            excs.append(self.rest)
        orig = self.orig
        if not excs:
            return None
        if not isinstance(orig, BaseExceptionGroup):
            return excs[0]
        raised, reraised = [], []
        for e in excs:
            (reraised if _same_metadata(e, orig) else raised).append(e)
        keep = set()
        for e in reraised:
            _leaves(e, keep)
        reraised_eg = None
        if keep:
            reraised_eg = _split(orig, lambda e: not isinstance(e, BaseExceptionGroup) and id(e) in keep, False)[0]
        if not raised:
            return reraised_eg
        if reraised_eg is not None:
            raised.append(reraised_eg)
        if len(raised) == 1:
            return raised[0]
        return BaseExceptionGroup("", raised)


def _star_begin(exc):
    return _Star(exc)


def eg_class_getitem(cls, item):
    from types import GenericAlias
    return GenericAlias(cls, item)
