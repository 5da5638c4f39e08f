"""cProfile (pyrs-nogil): the same coarse profiler as `profile` (see there), under
CPython's C profiler's name."""

import profile as _pyprofile
from profile import Profile as _Profile

__all__ = ["run", "runctx", "Profile"]


class Profile(_Profile):
    pass


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


def label(code):
    if isinstance(code, str):
        return ('~', 0, code)
    return (code.co_filename, code.co_firstlineno, code.co_name)
