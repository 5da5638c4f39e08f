"""getpass (pyrs-nogil): getuser() from the environment or the password database, and
getpass() reading a line from stdin after writing the prompt to stderr (no terminal echo
control: it behaves like CPython's fallback when there is no terminal)."""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getpass(prompt='Password: ', stream=None):
    if stream is None:
        stream = sys.stderr
    stream.write(prompt)
    stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def getuser():
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    import pwd
    return pwd.getpwuid(os.getuid())[0]
