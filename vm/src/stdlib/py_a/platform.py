"""Identify the underlying platform (pyrs-nogil).

python_implementation() answers 'CPython': pyrs-nogil implements CPython 3.11's language and
library behaviour, and code that branches on it should take the CPython paths.
"""

import os
import sys

__version__ = '1.0.8'


class uname_result(tuple):
    _fields = ('system', 'node', 'release', 'version', 'machine')

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    @property
    def processor(self):
        return processor()

    def __repr__(self):
        return 'uname_result(' + ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self)) + ')'


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    return ('64bit' if sys.maxsize > 2 ** 32 else '32bit', 'ELF')


def python_implementation():
    return 'CPython'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('main', '')


def python_compiler():
    return 'rustc'


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    import posix
    ver = posix._libc_version()
    return ('glibc', ver) if ver else (lib, version)


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return f'{u.system}-{u.release}'
    lib, ver = libc_ver()
    suffix = f'-with-{lib}{ver}' if lib else ''
    return f'{u.system}-{u.release}-{u.machine}{suffix}'


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def freedesktop_os_release():
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path, encoding='utf-8') as f:
                text = f.read()
        except OSError:
            continue
        info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith('#') or '=' not in line:
                continue
            k, v = line.split('=', 1)
            if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'':
                v = v[1:-1]
            info[k] = v
        return info
    raise OSError(2, 'Unable to read files /etc/os-release, /usr/lib/os-release')
