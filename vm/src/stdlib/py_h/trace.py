"""trace (pyrs-nogil): the API of CPython 3.11's `trace`. pyrs-nogil has no line or call
trace hooks (sys.settrace delivers no events), so Trace.run/runctx/runfunc run the code untraced
and the results hold no counts; CoverageResults.write_results writes nothing."""

import sys

__all__ = ['Trace', 'CoverageResults']


class CoverageResults:
    def __init__(self, counts=None, calledfuncs=None, infile=None, callers=None,
                 outfile=None):
        self.counts = counts if counts is not None else {}
        self.calledfuncs = calledfuncs if calledfuncs is not None else {}
        self.callers = callers if callers is not None else {}
        self.infile = infile
        self.outfile = outfile

    def is_ignored_filename(self, filename):
        return filename.startswith('<') and filename.endswith('>')

    def update(self, other):
        self.counts.update(other.counts)
        self.calledfuncs.update(other.calledfuncs)
        self.callers.update(other.callers)

    def write_results(self, show_missing=True, summary=False, coverdir=None):
        if summary:
            print("lines   cov%   module   (path)")


class Trace:
    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0, ignoremods=(),
                 ignoredirs=(), infile=None, outfile=None, timing=False):
        self.count = count
        self.trace = trace
        self.countfuncs = countfuncs
        self.countcallers = countcallers
        self.infile = infile
        self.outfile = outfile
        self.counts = {}
        self._calledfuncs = {}
        self._callers = {}

    def run(self, cmd):
        import __main__
        dict = __main__.__dict__
        self.runctx(cmd, dict, dict)

    def runctx(self, cmd, globals=None, locals=None):
        if globals is None:
            globals = {}
        if locals is None:
            locals = {}
        exec(cmd, globals, locals)

    def runfunc(self, func, /, *args, **kw):
        return func(*args, **kw)

    def results(self):
        return CoverageResults(self.counts, infile=self.infile, outfile=self.outfile,
                               calledfuncs=self._calledfuncs, callers=self._callers)
