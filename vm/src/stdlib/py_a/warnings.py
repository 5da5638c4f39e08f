"""Python part of the warnings subsystem (pyrs-nogil).

warn() finds the caller's file, line and module, consults the filter list and the
per-module registry, and prints CPython's two-line message to sys.stderr (or raises, for
"error"). The default filters are CPython's for a release build.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = [1]
_registries = {}

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _filters_mutated():
    _filters_version[0] += 1


def _source_line(filename, lineno):
    import linecache
    return linecache.getline(filename, lineno)


def formatwarning(message, category, filename, lineno, line=None):
    """Format a warning the standard way."""
    s = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        try:
            line = _source_line(filename, lineno)
        except Exception:
            line = None
    if line:
        line = line.strip()
        s += "  %s\n" % line
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


class _Pattern:
    """A compiled filter pattern: re.compile(text, flags).match, or None for 'match all'."""

    def __init__(self, text, ignorecase):
        self.pattern = text
        import re
        self._rx = re.compile(text, re.I if ignorecase else 0)

    def match(self, s):
        return self._rx.match(s)

    def __eq__(self, other):
        return isinstance(other, _Pattern) and other.pattern == self.pattern

    def __hash__(self):
        return hash(self.pattern)

    def __repr__(self):
        return f"re.compile({self.pattern!r})"


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front by default)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    msg = _Pattern(message, True) if message else None
    mod = _Pattern(module, False) if module else None
    _add_filter(action, msg, category, mod, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry (no message or module patterns) into the filters."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    pass


def _caller(stacklevel):
    """(filename, lineno, module globals) of the frame `stacklevel` levels up from warn()."""
    try:
        frame = sys._getframe(stacklevel + 1)
    except ValueError:
        return "sys", 1, sys.__dict__
    return frame.f_code.co_filename, frame.f_lineno, frame.f_globals


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    filename, lineno, globals_ = _caller(stacklevel)
    module = globals_.get('__name__', '<string>') if isinstance(globals_, dict) else '<string>'
    registry = _registries.setdefault(module, {})
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and issubclass(category, cat) and
                (mod is None or mod.match(module)) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name, self.filename, self.lineno,
                                self.line))


class catch_warnings(object):
    """Save and restore the warnings filters and showwarning(); with record=True, __enter__
    returns a list that receives WarningMessage objects instead of printing."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        globals()['filters'] = self._module.filters
        _filters_mutated()
        self._showwarning = self._module.showwarning
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module.showwarning = lambda *a, **k: log.append(WarningMessage(*a, **k))
            globals()['showwarning'] = self._module.showwarning
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        globals()['filters'] = self._filters
        _filters_mutated()
        self._module.showwarning = self._showwarning
        globals()['showwarning'] = self._showwarning


def _setup_defaults():
    simplefilter("ignore", category=ResourceWarning, append=True)
    simplefilter("ignore", category=ImportWarning, append=True)
    simplefilter("ignore", category=PendingDeprecationWarning, append=True)
    simplefilter("ignore", category=DeprecationWarning, append=True)
    filters.insert(0, ("default", None, DeprecationWarning, _MainModule(), 0))


class _MainModule:
    """The module pattern of the default DeprecationWarning filter: exactly '__main__'."""
    pattern = '__main__'

    def match(self, s):
        return s == '__main__'

    def __eq__(self, other):
        return other == '__main__' or isinstance(other, _MainModule)

    def __hash__(self):
        return hash('__main__')

    def __repr__(self):
        return "'__main__'"


_setup_defaults()
del _setup_defaults
