"""Utilities for importers (pyrs-nogil).

pyrs-nogil's implementation of the commonly used parts of CPython 3.11's
`importlib.util`: find_spec, spec_from_file_location, spec_from_loader,
module_from_spec, resolve_name, cache_from_source/source_from_cache, decode_source,
MAGIC_NUMBER. Modules this runtime imported carry `__spec__ = None`; find_spec builds
their spec from where the import system finds them.

Not offered: LazyLoader, source_hash, the deprecated module_for_loader/set_loader/
set_package decorators.
"""

import sys
import _pyrs_import
from importlib.machinery import (ModuleSpec, SourceFileLoader, BuiltinImporter,
                                 SOURCE_SUFFIXES)

__all__ = ['MAGIC_NUMBER', 'cache_from_source', 'decode_source', 'find_spec',
           'module_from_spec', 'resolve_name', 'source_from_cache', 'spec_from_file_location',
           'spec_from_loader']

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'

_POPULATE = object()


def resolve_name(name, package):
    """The absolute name of the module `name` ('.x' relative to `package`)."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name[level:]) if name[level:] else base


def _spec_from_location(fullname, found):
    kind, origin, is_package = found
    if kind == 'native':
        return ModuleSpec(fullname, BuiltinImporter, origin='built-in')
    return spec_from_file_location(fullname, origin)


def find_spec(name, package=None):
    """The spec of the module `name` (imported or not), or None if it cannot be found."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, '__spec__', None)
        if spec is not None:
            return spec
        # This runtime's modules carry no spec: build it from where the module was found
        # (under its own name: sys.modules['os.path'] is posixpath).
        found = None
        modname = getattr(module, '__name__', fullname)
        if modname != '__main__' and isinstance(modname, str):
            parent = modname.rpartition('.')[0]
            path = getattr(sys.modules.get(parent), '__path__', None) if parent else None
            found = _pyrs_import.locate(modname, path)
        if found is None:
            raise ValueError('{}.__spec__ is None'.format(name))
        return _spec_from_location(modname, found)
    parent_name = fullname.rpartition('.')[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} "
                f"while trying to find {fullname!r}", name=fullname) from e
    else:
        parent_path = None
    found = _pyrs_import.locate(fullname, parent_path)
    if found is None:
        return None
    return _spec_from_location(fullname, found)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for `name` loaded by `loader`."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A spec for the module `name` in the file `location` (None for a file that is not
    Python source, when no loader is given)."""
    import os
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = os.fspath(location)
        try:
            location = os.path.join(os.getcwd(), location) if not os.path.isabs(location) else location
        except OSError:
            pass
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        if location.endswith(tuple(SOURCE_SUFFIXES)):
            loader = SourceFileLoader(name, location)
            spec.loader = loader
        else:
            return None
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            dirname = os.path.split(location)[0]
            spec.submodule_search_locations.append(dirname)
    return spec


def module_from_spec(spec):
    """A new module for `spec` (not yet executed, not in sys.modules)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    try:
        if getattr(module, '__name__', None) is None:
            module.__name__ = spec.name
    except AttributeError:
        pass
    try:
        module.__loader__ = spec.loader
    except AttributeError:
        pass
    try:
        module.__package__ = spec.parent
    except AttributeError:
        pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if spec.submodule_search_locations is not None:
        try:
            module.__path__ = spec.submodule_search_locations
        except AttributeError:
            pass
    if spec.has_location:
        try:
            module.__file__ = spec.origin
        except AttributeError:
            pass
        if spec.cached is not None:
            try:
                module.__cached__ = spec.cached
            except AttributeError:
                pass
    return module


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The .pyc path CPython would cache the source file `path` under."""
    import os
    if debug_override is not None:
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    path = os.fspath(path)
    head, tail = os.path.split(path)
    base, sep, rest = tail.rpartition('.')
    almost_filename = ''.join([(base if base else rest), sep, 'cpython-311'])
    if optimization is None:
        optimization = sys.flags.optimize if hasattr(sys, 'flags') else 0
    if optimization == 0:
        optimization = ''
    if optimization != '':
        optimization = str(optimization)
        if not optimization.isalnum():
            raise ValueError('{!r} is not alphanumeric'.format(optimization))
        almost_filename = '{}.opt-{}'.format(almost_filename, optimization)
    return os.path.join(head, '__pycache__', almost_filename + '.pyc')


def source_from_cache(path):
    """The source file of the .pyc path `path` (PEP 3147)."""
    import os
    path = os.fspath(path)
    head, pycache_filename = os.path.split(path)
    head, pycache = os.path.split(head)
    if pycache != '__pycache__':
        raise ValueError('__pycache__ not bottom-level directory in {!r}'.format(path))
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError('expected only 2 or 3 dots in {!r}'.format(pycache_filename))
    elif dot_count == 3:
        optimization = pycache_filename.rsplit('.', 2)[-2]
        if not optimization.startswith('opt-'):
            raise ValueError("optimization portion of filename does not start with 'opt-'")
        opt_level = optimization[len('opt-'):]
        if not opt_level.isalnum():
            raise ValueError("optimization level {!r} is not an alphanumeric value"
                             .format(optimization))
    base_filename = pycache_filename.partition('.')[0]
    return os.path.join(head, base_filename + SOURCE_SUFFIXES[0])


def decode_source(source_bytes):
    """The text of Python source bytes, with universal newlines."""
    import io
    text = source_bytes.decode('utf-8') if not source_bytes.startswith(b'\xef\xbb\xbf') \
        else source_bytes[3:].decode('utf-8')
    return text.replace('\r\n', '\n').replace('\r', '\n')
