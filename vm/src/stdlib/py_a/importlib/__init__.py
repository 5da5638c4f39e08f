"""A minimal importlib (pyrs-nogil): import_module, reload, invalidate_caches; the
submodules util and machinery (specs and loaders)."""

import sys

__all__ = ['import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module by (possibly relative) name and return it."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    pass


def reload(module):
    """Re-execute a module's source in its existing namespace (user modules only)."""
    name = getattr(module, '__name__', None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    filename = getattr(module, '__file__', None)
    if filename is None:
        return module
    with open(filename) as f:
        source = f.read()
    code = compile(source, filename, 'exec')
    exec(code, module.__dict__)
    return module


def __getattr__(name):
    # CPython's site imports importlib.util at start-up, so programs may use it after a
    # plain `import importlib`; here it is imported on first use.
    if name == 'util':
        import importlib.util
        return importlib.util
    raise AttributeError(f"module 'importlib' has no attribute '{name}'")
