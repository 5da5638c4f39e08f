"""tracemalloc (pyrs-nogil): CPython 3.11's API with an honest approximation.

The runtime's objects live in a garbage-collected heap with no per-allocation hook, so no
individual allocation is traced. What is measured: while tracing, `get_traced_memory()`
reports the growth of the process's resident memory (/proc/self/statm) since `start()` (or
the last `clear_traces`) as *current*, and the largest such value seen by any call as
*peak*. Snapshots hold no traces: `Snapshot.statistics()` and `compare_to()` return empty
lists, `get_object_traceback()` returns None. Start/stop/is_tracing, frame limits, the
errors for calls made while not tracing, Filter/DomainFilter/Statistic/StatisticDiff/
Frame/Traceback classes and their reprs follow CPython."""

import os as _os

_tracing = False
_nframe = 1
_base = 0
_peak = 0


def _rss():
    try:
        with open('/proc/self/statm') as f:
            pages = int(f.read().split()[1])
        return pages * 4096
    except Exception:
        return 0


def _sample():
    global _peak
    cur = max(0, _rss() - _base)
    if cur > _peak:
        _peak = cur
    return cur


def start(nframe=1):
    global _tracing, _nframe, _base, _peak
    if not isinstance(nframe, int):
        raise TypeError(f"'{type(nframe).__name__}' object cannot be interpreted as an integer")
    if nframe < 1 or nframe > 65535:
        raise ValueError("the number of frames must be in range [1; 65535]")
    if not _tracing:
        _base = _rss()
        _peak = 0
    _tracing = True
    _nframe = nframe


def stop():
    global _tracing, _peak
    _tracing = False
    _peak = 0


def is_tracing():
    return _tracing


def get_traceback_limit():
    return _nframe


def get_traced_memory():
    if not _tracing:
        return (0, 0)
    cur = _sample()
    return (cur, _peak)


def reset_peak():
    global _peak
    if _tracing:
        _peak = max(0, _rss() - _base)


def clear_traces():
    global _base, _peak
    if _tracing:
        _base = _rss()
        _peak = 0


def get_tracemalloc_memory():
    return 0


def get_object_traceback(obj):
    return None


class Frame:
    __slots__ = ('filename', 'lineno')

    def __init__(self, frame):
        self.filename, self.lineno = frame

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return (self.filename, self.lineno) == (other.filename, other.lineno)

    def __lt__(self, other):
        return (self.filename, self.lineno) < (other.filename, other.lineno)

    def __hash__(self):
        return hash((self.filename, self.lineno))

    def __str__(self):
        return f"{self.filename}:{self.lineno}"

    def __repr__(self):
        return f"<Frame filename={self.filename!r} lineno={self.lineno!r}>"


class Traceback(tuple):
    def __new__(cls, frames, total_nframe=None):
        self = tuple.__new__(cls, tuple(Frame(f) for f in reversed(frames)))
        self.total_nframe = total_nframe
        return self

    def __str__(self):
        return str(self[0]) if self else ''

    def __repr__(self):
        s = f"<Traceback {tuple(self)}"
        if self.total_nframe is None:
            s += ">"
        else:
            s += f" total_nframe={self.total_nframe}>"
        return s

    def format(self, limit=None, most_recent_first=False):
        return [f'  File "{f.filename}", line {f.lineno}' for f in self]


class Statistic:
    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback, self.size, self.count = traceback, size, count

    def __str__(self):
        return f"{self.traceback}: size={self.size} B, count={self.count}"

    def __repr__(self):
        return f"<Statistic traceback={self.traceback!r} size={self.size} count={self.count}>"


class StatisticDiff:
    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback, self.size, self.size_diff = traceback, size, size_diff
        self.count, self.count_diff = count, count_diff

    def __repr__(self):
        return (f"<StatisticDiff traceback={self.traceback!r} size={self.size} "
                f"size_diff={self.size_diff} count={self.count} count_diff={self.count_diff}>")


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive


class Filter(BaseFilter):
    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self.filename_pattern = filename_pattern
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain


class DomainFilter(BaseFilter):
    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self.domain = domain


class Snapshot:
    def __init__(self, traces, traceback_limit):
        self.traces = list(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        import pickle
        with open(filename, 'wb') as fp:
            pickle.dump(self, fp)

    @staticmethod
    def load(filename):
        import pickle
        with open(filename, 'rb') as fp:
            return pickle.load(fp)

    def filter_traces(self, filters):
        return Snapshot([], self.traceback_limit)

    def _check_key(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError(f"unknown key_type: {key_type!r}")
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)

    def statistics(self, key_type, cumulative=False):
        self._check_key(key_type, cumulative)
        return []

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        self._check_key(key_type, cumulative)
        return []


def take_snapshot():
    if not _tracing:
        raise RuntimeError("the tracemalloc module must be tracing memory allocations to take a snapshot")
    return Snapshot([], _nframe)
