"""profile (pyrs-nogil): the API of CPython 3.11's deterministic profiler. pyrs-nogil has
no per-call trace hooks (sys.setprofile delivers no events), so a Profile records one entry per
profiled run: the code it ran, called once, with its wall time. run/runctx/runcall,
enable/disable, create_stats, print_stats and dump_stats work; the numbers are coarse."""

import sys
import time
import marshal

__all__ = ["run", "runctx", "Profile"]


class Profile:
    """Profiles what it runs; `stats` maps (file, line, name) to
    (primitive calls, calls, total time, cumulative time, callers)."""

    def __init__(self, timer=None, bias=None):
        self.timer = timer or time.perf_counter
        self.stats = {}
        self._started = None

    def _record(self, key, elapsed):
        cc, nc, tt, ct, callers = self.stats.get(key, (0, 0, 0.0, 0.0, {}))
        self.stats[key] = (cc + 1, nc + 1, tt + elapsed, ct + elapsed, callers)

    def enable(self, subcalls=True, builtins=True):
        self._started = self.timer()

    def disable(self):
        if self._started is not None:
            self._record(('~', 0, '<profiled block>'), self.timer() - self._started)
            self._started = None

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()

    def run(self, cmd):
        import __main__
        dict = __main__.__dict__
        return self.runctx(cmd, dict, dict)

    def runctx(self, cmd, globals, locals):
        start = self.timer()
        try:
            exec(cmd, globals, locals)
        finally:
            self._record(('<string>', 1, '<module>'), self.timer() - start)
        return self

    def runcall(self, func, /, *args, **kw):
        start = self.timer()
        try:
            return func(*args, **kw)
        finally:
            code = getattr(func, '__code__', None)
            if code is not None:
                key = (code.co_filename, code.co_firstlineno, code.co_name)
            else:
                key = ('~', 0, '<built-in method %s>' % getattr(func, '__name__', repr(func)))
            self._record(key, self.timer() - start)

    def create_stats(self):
        self.disable()

    def snapshot_stats(self):
        pass

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def calibrate(self, m, verbose=0):
        return 0.0


def run(statement, filename=None, sort=-1):
    prof = Profile()
    try:
        prof.run(statement)
    except SystemExit:
        pass
    if filename is not None:
        prof.dump_stats(filename)
    else:
        prof.print_stats(sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    prof = Profile()
    try:
        prof.runctx(statement, globals, locals)
    except SystemExit:
        pass
    if filename is not None:
        prof.dump_stats(filename)
    else:
        prof.print_stats(sort)
