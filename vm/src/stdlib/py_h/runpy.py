"""runpy (pyrs-nogil): run_path and run_module, after CPython 3.11's `runpy`: the code runs
in a fresh namespace (or as __main__ with alter_sys... not supported: run_name only names
it) and the resulting globals are returned. Modules are looked up as source files on
sys.path (NAME.py, or a package's __main__.py)."""

import os
import sys

__all__ = ["run_module", "run_path"]


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    if init_globals is not None:
        run_globals.update(init_globals)
    run_globals.update(__name__=mod_name, __file__=script_name, __cached__=None,
                       __doc__=None, __loader__=None, __package__=pkg_name,
                       __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _read(path):
    with open(path, 'rb') as f:
        return f.read()


def run_path(path_name, init_globals=None, run_name=None):
    """Execute code located at the specified filesystem location (a file, or a directory
    holding __main__.py)."""
    if run_name is None:
        run_name = "<run_path>"
    path_name = os.fspath(path_name)
    if os.path.isdir(path_name):
        main = os.path.join(path_name, '__main__.py')
        if not os.path.exists(main):
            raise ImportError("can't find '__main__' module in %r" % path_name)
        sys.path.insert(0, path_name)
        try:
            code = compile(_read(main), main, 'exec')
            return _run_code(code, {}, init_globals, run_name, pkg_name='',
                             script_name=main).copy()
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass
    code = compile(_read(path_name), path_name, 'exec')
    pkg_name = run_name.rpartition(".")[0]
    return _run_code(code, {}, init_globals, run_name, pkg_name=pkg_name,
                     script_name=path_name).copy()


def _find(mod_name):
    parts = mod_name.split('.')
    for base in sys.path:
        base = base or '.'
        path = os.path.join(base, *parts)
        if os.path.isdir(path) and os.path.exists(os.path.join(path, '__main__.py')):
            return os.path.join(path, '__main__.py'), mod_name
        if os.path.isfile(path + '.py'):
            return path + '.py', mod_name.rpartition('.')[0]
    raise ImportError("No module named %s" % mod_name, name=mod_name)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute a module's code without importing it."""
    if mod_name.startswith("."):
        raise ImportError("Relative module names not supported")
    path, pkg = _find(mod_name)
    if run_name is None:
        run_name = mod_name
    code = compile(_read(path), path, 'exec')
    return _run_code(code, {}, init_globals, run_name, pkg_name=pkg, script_name=path)
