"""sysconfig (pyrs-nogil): CPython 3.11's installation-path and configuration queries for this
runtime, which reports CPython's layout under `sys.prefix`.

Offers get_paths/get_path/get_path_names/get_scheme_names/get_default_scheme/
get_preferred_scheme, get_config_vars/get_config_var (the common variables: prefixes, version
strings, EXT_SUFFIX, SOABI, LIBDIR, INCLUDEPY, MULTIARCH, SIZEOF_VOID_P...), get_platform,
get_python_version, is_python_build, get_config_h_filename, get_makefile_filename. Not
offered: the ~900 Makefile variables CPython reads from its build (missing names give None),
parse_config_h, _main's printing."""

import os
import sys

__all__ = ['get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_makefile_filename',
           'get_path', 'get_path_names', 'get_paths', 'get_platform', 'get_python_version',
           'get_scheme_names', 'parse_config_h']

_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{installed_base}/lib/python',
        'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python',
        'platlib': '{base}/lib/python',
        'include': '{installed_base}/include/python',
        'platinclude': '{installed_base}/include/python',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_user': {
        'stdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
    'posix_venv': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'nt': {}, 'nt_user': {}, 'nt_venv': {}, 'osx_framework_user': {}, 'venv': {},
}
_SCHEMES['venv'] = _SCHEMES['posix_venv']

_PATH_NAMES = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')

_CONFIG_VARS = None


def get_python_version():
    return '%d.%d' % sys.version_info[:2]


def _version_full():
    v = sys.version_info
    s = '%d.%d.%d' % v[:3]
    if v.releaselevel != 'final':
        s += {'alpha': 'a', 'beta': 'b', 'candidate': 'rc'}[v.releaselevel] + str(v.serial)
    return s


def get_config_vars(*args):
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        prefix = os.path.normpath(sys.prefix)
        exec_prefix = os.path.normpath(sys.exec_prefix)
        short = get_python_version()
        nodot = short.replace('.', '')
        soabi = 'cpython-%s-x86_64-linux-gnu' % nodot
        _CONFIG_VARS = {
            'prefix': prefix, 'exec_prefix': exec_prefix,
            'py_version': _version_full(), 'py_version_short': short,
            'py_version_nodot': nodot, 'py_version_nodot_plat': '',
            'installed_base': os.path.normpath(sys.base_prefix),
            'base': prefix, 'installed_platbase': os.path.normpath(sys.base_exec_prefix),
            'platbase': exec_prefix, 'projectbase': os.path.dirname(sys.executable or prefix + '/bin/python3'),
            'platlibdir': getattr(sys, 'platlibdir', 'lib'), 'abiflags': '',
            'userbase': os.path.expanduser('~/.local') if 'HOME' in os.environ else '/.local',
            'VERSION': short, 'SOABI': soabi, 'EXT_SUFFIX': '.' + soabi + '.so',
            'SHLIB_SUFFIX': '.so', 'SO': '.' + soabi + '.so', 'MULTIARCH': 'x86_64-linux-gnu',
            'MACHDEP': 'linux', 'HOST_GNU_TYPE': 'x86_64-pc-linux-gnu',
            'LIBDIR': prefix + '/lib', 'BINDIR': prefix + '/bin',
            'LIBDEST': prefix + '/lib/python' + short, 'BINLIBDEST': prefix + '/lib/python' + short,
            'INCLUDEPY': prefix + '/include/python' + short,
            'CONFINCLUDEPY': prefix + '/include/python' + short,
            'LDLIBRARY': 'libpython%s.so' % short, 'LIBRARY': 'libpython%s.a' % short,
            'SIZEOF_VOID_P': 8, 'SIZEOF_LONG': 8, 'SIZEOF_INT': 4, 'SIZEOF_SIZE_T': 8,
            'SIZEOF_DOUBLE': 8, 'SIZEOF_FLOAT': 4, 'SIZEOF_SHORT': 2, 'SIZEOF_WCHAR_T': 4,
            'Py_DEBUG': 0, 'Py_ENABLE_SHARED': 1, 'Py_TRACE_REFS': 0, 'WITH_DOC_STRINGS': 1,
            'WITH_PYMALLOC': 1, 'HAVE_FORK': 1, 'CC': 'gcc', 'CXX': 'g++', 'AR': 'ar',
            'CFLAGS': '', 'LDFLAGS': '', 'CCSHARED': '-fPIC', 'LDSHARED': 'gcc -shared',
            'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
        }
        _CONFIG_VARS['srcdir'] = _CONFIG_VARS['LIBDEST'] + '/config-%s-x86_64-linux-gnu' % short
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    return get_config_vars().get(name)


def get_scheme_names():
    return tuple(sorted(_SCHEMES))


def get_default_scheme():
    return 'posix_prefix'


def get_preferred_scheme(key):
    if key == 'prefix':
        return 'posix_prefix'
    if key == 'home':
        return 'posix_home'
    if key == 'user':
        return 'posix_user'
    raise ValueError(f"{key!r} is not a valid key. Use 'prefix', 'home', or 'user'.")


def get_path_names():
    return _PATH_NAMES


def _expand(scheme, vars):
    if vars is None:
        vars = {}
    values = dict(get_config_vars())
    values.update(vars)
    res = {}
    for key, template in _SCHEMES[scheme].items():
        res[key] = os.path.normpath(template.format_map(values))
    return res


def get_paths(scheme=None, vars=None, expand=True):
    if scheme is None:
        scheme = get_default_scheme()
    if not expand:
        return dict(_SCHEMES[scheme])
    return _expand(scheme, vars)


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def get_platform():
    return 'linux-x86_64'


def is_python_build(check_home=False):
    return False


def get_config_h_filename():
    return get_config_var('INCLUDEPY') + '/pyconfig.h'


def get_makefile_filename():
    return get_config_var('srcdir') + '/Makefile'


def parse_config_h(fp, vars=None):
    import re
    if vars is None:
        vars = {}
    define_rx = re.compile("#define ([A-Z][A-Za-z0-9_]+) (.*)\n")
    undef_rx = re.compile("/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n")
    for line in fp:
        m = define_rx.match(line)
        if m:
            n, v = m.group(1, 2)
            try:
                v = int(v)
            except ValueError:
                pass
            vars[n] = v
        else:
            m = undef_rx.match(line)
            if m:
                vars[m.group(1)] = 0
    return vars
