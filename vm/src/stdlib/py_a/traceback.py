"""Extract, format and print exceptions and stacks (pyrs-nogil).

The report text comes from the interpreter's own formatter (the one used for uncaught
exceptions), so it matches CPython 3.11 line for line, carets included.
"""

import sys
import _pyrs_traceback as _tb

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()


def _exc_value(exc, value):
    if value is _sentinel:
        return exc
    return value


def _split(text):
    """Cut a report into CPython's chunks: one per frame, one per other line.

    A frame's chunk is its '  File ..., line N, in NAME' line with the indented source and
    caret lines under it; a SyntaxError's own '  File ..., line N' line (no ', in ') and the
    source and caret lines under it are separate chunks, as CPython yields them."""
    chunks = []
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if (line.startswith('    ') and chunks and chunks[-1].startswith('  File ')
                and ', in ' in chunks[-1].partition('\n')[0]):
            chunks[-1] += line
        elif (line == '\n' and i + 2 < len(lines) and lines[i + 2] == '\n' and
              lines[i + 1].startswith(('The above exception', 'During handling'))):
            chunks.append(line + lines[i + 1] + lines[i + 2])
            i += 2
        else:
            chunks.append(line)
        i += 1
    return chunks


def _limit_frames(chunks, limit):
    if limit is None:
        return chunks
    out = []
    frames = []

    def flush():
        kept = frames[:limit] if limit >= 0 else frames[limit:]
        if not kept and out and out[-1].startswith('Traceback '):
            out.pop()
        out.extend(kept)
        frames.clear()

    for c in chunks:
        if c.startswith('  File '):
            frames.append(c)
        else:
            flush()
            out.append(c)
    flush()
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of a report, each ending in a newline (join them to print)."""
    value = _exc_value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    if tb is not _sentinel and tb is not value.__traceback__:
        # CPython reports the frames of the traceback given, not the exception's own
        # (code.InteractiveInterpreter passes tb.tb_next to leave its own frame out).
        saved = value.__traceback__
        value.__traceback__ = tb
        try:
            return _limit_frames(_split(_tb.format(value, chain, True)), limit)
        finally:
            value.__traceback__ = saved
    return _limit_frames(_split(_tb.format(value, chain, True)), limit)


def format_exception_only(exc, /, value=_sentinel):
    value = _exc_value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _split(_tb.format(value, False, False))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    pass


class FrameSummary:
    """Information about a single frame of a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _tb.source_line(self.filename, self.lineno)
        return self._line.strip()


def _summary(entries, limit):
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    s = StackSummary()
    for filename, lineno, name, line, end_lineno, colno, end_colno in entries:
        s.append(FrameSummary(filename, lineno, name, line=line, end_lineno=end_lineno,
                              colno=colno, end_colno=end_colno))
    return s


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        frames = list(frame_gen)
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[limit:]
        result = klass()
        for f, lineno in frames:
            code = f.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       locals=f.f_locals if capture_locals else None))
            if lookup_lines:
                result[-1].line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last = None
        repeated = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if key == last:
                repeated += 1
                if repeated >= 3:
                    continue
            else:
                if repeated >= 3:
                    n = repeated - 2
                    result.append(f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n')
                last = key
                repeated = 0
            result.append(self.format_frame_summary(frame))
        if repeated >= 3:
            n = repeated - 2
            result.append(f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n')
        return result


def extract_tb(tb, limit=None):
    if tb is None:
        return StackSummary()
    exc, index = _tb.tb_info(tb)
    return _summary(_tb.entries(exc)[index:], limit)


def format_tb(tb, limit=None):
    if tb is None:
        return []
    exc, index = _tb.tb_info(tb)
    frames = [c for c in _split(_tb.format(exc, False, True)) if c.startswith('  File ')]
    frames = frames[index:]
    if limit is not None:
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    return frames


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end="")


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end="")


def _stack_entries(f, limit):
    """Entries (outermost first) of the running frames: those of the caller of the public
    function that called this one, or from frame `f` outwards along `f_back`."""
    if f is None:
        entries = _tb.stack()[:-2]
    else:
        entries = []
        while f is not None:
            code = f.f_code
            lineno = f.f_lineno
            entries.append((code.co_filename, lineno, code.co_name,
                            _tb.source_line(code.co_filename, lineno) if lineno else None,
                            None, None, None))
            f = f.f_back
        entries.reverse()
    if limit is not None:
        entries = entries[-limit:] if limit >= 0 else entries[:-limit]
    return entries


def extract_stack(f=None, limit=None):
    return _summary(_stack_entries(f, limit), None)


def format_stack(f=None, limit=None):
    return _summary(_stack_entries(f, limit), None).format()


def print_stack(f=None, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in _summary(_stack_entries(f, limit), None).format():
        print(item, file=file, end="")


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe(1)
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class TracebackException:
    """An exception captured for later formatting."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        self._exc = exc_value
        self._limit = limit
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit=limit) if exc_traceback is not None else StackSummary()
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self._str = str(exc_value) if exc_value is not None else ''
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        cause = getattr(exc_value, '__cause__', None)
        context = getattr(exc_value, '__context__', None)
        self.__cause__ = TracebackException.from_exception(cause) if cause is not None else None
        self.__context__ = (TracebackException.from_exception(context)
                            if context is not None and cause is None else None)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self._exc is None:
            yield 'NoneType: None\n'
            return
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True):
        if self._exc is None:
            yield 'NoneType: None\n'
            return
        yield from format_exception(self._exc, limit=self._limit, chain=chain)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
