"""dis (pyrs-nogil): the introspection half of CPython 3.11's `dis`. pyrs-nogil compiles
to its own bytecode, not CPython's, so there is no instruction listing: dis(), distb(),
disassemble(), get_instructions() and Bytecode iteration/dis() raise NotImplementedError
(after the same argument checks as CPython). code_info,
show_code, pretty_flags, findlinestarts, the opcode tables and COMPILER_FLAG_NAMES work as in
CPython."""

import collections
import sys
import types

from opcode import *
from opcode import __all__ as _opcodes_all

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS", 16: "NESTED",
    32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE", 256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

Instruction = collections.namedtuple(
    "Instruction",
    ["opname", "opcode", "arg", "argval", "argrepr", "offset", "starts_line",
     "is_jump_target", "positions"])


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def _get_code_object(x):
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if isinstance(x, str):
        x = compile(x, "<disassembly>", "exec")
    if hasattr(x, 'co_code') or hasattr(x, 'co_name'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % getattr(co, 'co_posonlyargcount', 0))
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % getattr(co, 'co_stacksize', 0))
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    if co.co_consts:
        lines.append("Constants:")
        for i_c in enumerate(co.co_consts):
            lines.append("%4d: %r" % i_c)
    if co.co_names:
        lines.append("Names:")
        for i_n in enumerate(co.co_names):
            lines.append("%4d: %s" % i_n)
    if co.co_varnames:
        lines.append("Variable names:")
        for i_n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % i_n)
    if co.co_freevars:
        lines.append("Free variables:")
        for i_n in enumerate(co.co_freevars):
            lines.append("%4d: %s" % i_n)
    if co.co_cellvars:
        lines.append("Cell variables:")
        for i_n in enumerate(co.co_cellvars):
            lines.append("%4d: %s" % i_n)
    return "\n".join(lines)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*."""
    print(code_info(co), file=file)


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source."""
    lastline = None
    lines = getattr(code, 'co_lines', None)
    if lines is None:
        return
    for start, end, line in lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


def findlabels(code):
    return []


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    _get_code_object(x)
    _no_listing(x)


def _no_listing(x, file=None):
    name = getattr(x, '__qualname__', None) or getattr(x, 'co_name', None) or type(x).__name__
    raise NotImplementedError(
        "cannot disassemble %s: pyrs-nogil compiles to its own bytecode, not CPython's" % name)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, and other compiled objects."""
    if x is None:
        distb(file=file)
        return
    if isinstance(x, (bytes, bytearray)):
        return
    if hasattr(x, '__dict__') and not hasattr(x, '__code__') and isinstance(x, type):
        for name, x1 in sorted(x.__dict__.items()):
            if hasattr(x1, '__code__') or hasattr(x1, '__func__'):
                _no_listing(x1, file)
        return
    _get_code_object(x)
    _no_listing(x, file)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    _no_listing(tb.tb_frame.f_code, file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    _no_listing(co, file)


disco = disassemble


class Bytecode:
    """The bytecode operations of a piece of code (none are listed here)."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _get_code_object(x)
        self.first_line = co.co_firstlineno if first_line is None else first_line
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        _no_listing(self.codeobj)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        return _format_code_info(self.codeobj)

    def dis(self):
        import io
        out = io.StringIO()
        _no_listing(self.codeobj, out)
        return out.getvalue()
