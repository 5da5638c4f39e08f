"""codeop (pyrs-nogil): telling complete from incomplete interactive input, after CPython's
`codeop`. pyrs-nogil's compiler has no "incomplete input" flag, so _maybe_compile reads the
syntax error: one that only says the input stopped early (an indented block expected, a
bracket never closed, end of input) at the last line means incomplete, and a compound
statement needs a blank line to end it, as at the interactive prompt."""

import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000


# Errors that only say the input stopped early.
_INCOMPLETE = ("expected an indented block", "was never closed", "unexpected EOF",
               "unterminated triple-quoted string", "incomplete input")


def _maybe_compile(compiler, source, filename, symbol):
    for line in source.split("\n"):
        line = line.strip()
        if line and line[0] != '#':
            break
    else:
        if symbol != "eval":
            source = "pass"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        try:
            code = compiler(source, filename, symbol)
        except SyntaxError as e:
            last = source.rstrip("\n").count("\n") + 1
            if any(m in e.msg for m in _INCOMPLETE) and (e.lineno or 0) >= last and \
                    not source.endswith("\n"):
                return None
            if "unexpected EOF" in e.msg or "was never closed" in e.msg:
                if not source.endswith("\n\n"):
                    return None
            raise
    # A compound statement is complete only after a blank line (interactive input).
    if symbol == "single" and not source.endswith("\n") and _opens_block(source):
        return None
    return code


def _opens_block(source):
    lines = [l for l in source.split("\n") if l.strip() and not l.lstrip().startswith("#")]
    if not lines:
        return False
    first = lines[0].split("#", 1)[0].rstrip()
    return first.endswith(":") or first.startswith("@") or len(lines) > 1 and \
        lines[-1][:1] in (" ", "\t")


def _compile(source, filename, symbol):
    return compile(source, filename, symbol, PyCF_DONT_IMPLY_DEDENT)


def compile_command(source, filename="<input>", symbol="single"):
    """Compile a command: a code object if complete, None if incomplete; SyntaxError,
    OverflowError or ValueError if invalid."""
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """Instances behave like the built-in compile, remembering __future__ statements."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT

    def __call__(self, source, filename, symbol, **kwargs):
        return compile(source, filename, symbol, self.flags, True)


class CommandCompiler:
    """Instances behave like compile_command, remembering __future__ statements."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
