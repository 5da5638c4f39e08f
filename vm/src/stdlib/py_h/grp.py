"""grp (pyrs-nogil): the group database, read from /etc/group (no NSS)."""

from _pyrs_passwd import struct_seq as _struct_seq, read_db as _read_db

__all__ = ['getgrall', 'getgrgid', 'getgrnam', 'struct_group']

struct_group = _struct_seq(
    'grp', 'struct_group', ('gr_name', 'gr_passwd', 'gr_gid', 'gr_mem'),
    "grp.struct_group: Results from getgr*() routines.")


def getgrall():
    out = []
    for r in _read_db('/etc/group'):
        if len(r) >= 4:
            try:
                mem = [m for m in r[3].split(',') if m]
                out.append(struct_group((r[0], r[1], int(r[2]), mem)))
            except ValueError:
                pass
    return out


def getgrgid(id):
    if not isinstance(id, int):
        raise TypeError(f"'{type(id).__name__}' object cannot be interpreted as an integer")
    for g in getgrall():
        if g.gr_gid == id:
            return g
    raise KeyError(f"getgrgid(): gid not found: {id}")


def getgrnam(name):
    if not isinstance(name, str):
        raise TypeError(f"getgrnam() argument must be str, not {type(name).__name__}")
    for g in getgrall():
        if g.gr_name == name:
            return g
    raise KeyError(f"getgrnam(): name not found: {name!r}")
