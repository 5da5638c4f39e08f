"""dbm (pyrs-nogil): the generic interface to key-value database files. As in a CPython
built without gdbm/ndbm, the only backend is `dbm.dumb` (same .dat/.dir/.bak files)."""

import os

__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    pass


_names = ['dbm.dumb']
_defaultmod = None
_modules = {}

error = (error, OSError)


def open(file, flag='r', mode=0o666):
    import dbm.dumb as mod
    result = whichdb(file) if 'n' not in flag else None
    if result is None:
        if 'c' in flag or 'n' in flag:
            return mod.open(file, flag, mode)
        raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
    elif result == "":
        raise error[0]("db type could not be determined")
    elif result != 'dbm.dumb':
        raise error[0]("db type is {0}, but the module is not available".format(result))
    return mod.open(file, flag, mode)


def whichdb(filename):
    """'dbm.dumb' for a dumb database, None when the files are missing, '' otherwise."""
    filename = os.fsencode(filename)
    filename = os.fsdecode(filename)
    try:
        f = io_open(filename + ".dat", "rb")
        f.close()
        f = io_open(filename + ".dir", "rb")
        try:
            if f.read(1) in (b"'", b'"'):
                return "dbm.dumb"
        finally:
            f.close()
    except OSError:
        pass
    try:
        os.stat(filename + ".dat")
        size = os.stat(filename + ".dir").st_size
        if size == 0:
            return "dbm.dumb"
    except OSError:
        pass
    try:
        with io_open(filename, "rb") as f:
            f.read(16)
    except OSError:
        return None
    return ""


from io import open as io_open
