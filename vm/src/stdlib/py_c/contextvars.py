"""Context variables (pyrs-nogil's pure-Python implementation of CPython's
`contextvars`, written from PEP 567 and the documentation).

Each OS thread has its own current Context, empty when the thread starts (as
in CPython 3.11). A Context maps ContextVars to values and never changes in
place: ContextVar.set() gives the thread's current context a new mapping,
so a copy taken earlier (copy_context()) keeps the values it saw.
Context.run() makes a context current for the duration of a call; a context
can be entered by only one call at a time.
"""

# CPython runs this module in C (_contextvars): its frames are left out of tracebacks
# (vm/src/stdlib/source_map.rs).
#@native *

import threading as _threading

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MISSING = object()


class _State(_threading.local):
    def __init__(self):
        # The thread's current context (None: not made yet) in a one-item list, so that
        # Context.run reads the thread-local object once and then switches contexts with
        # item stores (each attribute access on a local runs Python code).
        self.cell = [None]


_state = _State()


def _current():
    cell = _state.cell
    ctx = cell[0]
    if ctx is None:
        ctx = cell[0] = Context()
    return ctx


class Context:
    """A mapping of ContextVars to their values in one execution context."""

    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        """Call callable(*args, **kwargs) with this context as the current one;
        the changes it makes to context variables stay in this context."""
        if self._entered:
            raise RuntimeError('cannot enter context: %r is already entered' % (self,))
        cell = _state.cell
        self._prev = cell[0]
        self._entered = True
        cell[0] = self
        try:
            return callable(*args, **kwargs)
        finally:
            cell[0] = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


def copy_context():
    """A copy of the current thread's current context."""
    return _current().copy()


class ContextVar:
    """A context variable: its value depends on the current context."""

    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, default=_MISSING):
        """The value in the current context, else `default`, else the
        variable's default; LookupError without any."""
        ctx = _current()
        try:
            return ctx._data[self]
        except KeyError:
            pass
        if default is not _MISSING:
            return default
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Set the value in the current context; returns a Token for reset()."""
        ctx = _current()
        data = ctx._data
        old = data.get(self, Token.MISSING)
        new = dict(data)
        new[self] = value
        ctx._data = new
        return Token(ctx, self, old)

    def reset(self, token):
        """Restore the value the variable had before the set() that made token."""
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError("%r was created in a different Context" % (token,))
        new = dict(ctx._data)
        if token._old_value is Token.MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old_value
        ctx._data = new
        token._used = True

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        r = '<ContextVar name=%r' % (self._name,)
        if self._default is not _MISSING:
            r += ' default=%r' % (self._default,)
        return r + ' at 0x%x>' % id(self)

    def __hash__(self):
        return object.__hash__(self)


class Token:
    """What ContextVar.set() returns: reset() takes it back."""

    __slots__ = ('_ctx', '_var', '_old_value', '_used')

    MISSING = None   # replaced below by the marker object

    def __init__(self, ctx, var, old_value):
        self._ctx = ctx
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        return '<Token%s var=%r at 0x%x>' % (' used' if self._used else '', self._var, id(self))


class _TokenMissing:
    def __repr__(self):
        return '<Token.MISSING>'


Token.MISSING = _TokenMissing()
