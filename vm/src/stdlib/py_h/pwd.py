"""pwd (pyrs-nogil): the password database, read from /etc/passwd (no NSS)."""

from _pyrs_passwd import struct_seq as _struct_seq, read_db as _read_db

__all__ = ['getpwall', 'getpwnam', 'getpwuid', 'struct_passwd']

struct_passwd = _struct_seq(
    'pwd', 'struct_passwd',
    ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell'),
    "pwd.struct_passwd: Results from getpw*() routines.")


def getpwall():
    out = []
    for r in _read_db('/etc/passwd'):
        if len(r) >= 7:
            try:
                out.append(struct_passwd((r[0], r[1], int(r[2]), int(r[3]), r[4], r[5], r[6])))
            except ValueError:
                pass
    return out


def getpwuid(uid):
    uid = uid.__index__() if not isinstance(uid, int) else uid
    for p in getpwall():
        if p.pw_uid == uid:
            return p
    raise KeyError(f"getpwuid(): uid not found: {uid}")


def getpwnam(name):
    if not isinstance(name, str):
        raise TypeError(f"getpwnam() argument must be str, not {type(name).__name__}")
    for p in getpwall():
        if p.pw_name == name:
            return p
    raise KeyError(f"getpwnam(): name not found: {name!r}")
