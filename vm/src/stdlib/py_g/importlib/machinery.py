"""The import system's specs, loaders and finders (pyrs-nogil).

pyrs-nogil's implementation of the parts of CPython 3.11's `importlib.machinery` that
programs use directly: ModuleSpec, SourceFileLoader (also for the embedded standard
library, whose sources live in the binary under CPython's library paths),
BuiltinImporter (for native modules), PathFinder.find_spec, the suffix lists. The import
statement does not go through these classes: `import.rs` does its own search, and
`_pyrs_import.locate` reports where that search finds a module.
"""

import sys
import _pyrs_import

__all__ = ['ModuleSpec', 'SourceFileLoader', 'BuiltinImporter', 'PathFinder',
           'SOURCE_SUFFIXES', 'BYTECODE_SUFFIXES', 'DEBUG_BYTECODE_SUFFIXES',
           'OPTIMIZED_BYTECODE_SUFFIXES', 'EXTENSION_SUFFIXES', 'all_suffixes']

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = ['.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.so']


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What the import system knows about a module before it is loaded."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and
                    self.origin == other.origin and smsl == other.submodule_search_locations and
                    self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith(tuple(SOURCE_SUFFIXES)):
                from importlib.util import cache_from_source
                try:
                    self._cached = cache_from_source(self.origin)
                except NotImplementedError:
                    pass
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)

ModuleSpec.__module__ = '_frozen_importlib'


class BuiltinImporter:
    """The loader of the modules built into the interpreter."""

    @staticmethod
    def find_spec(fullname, path=None, target=None):
        found = _pyrs_import.locate(fullname, None)
        if found is not None and found[0] == 'native':
            return ModuleSpec(fullname, BuiltinImporter, origin='built-in')
        return None

    @staticmethod
    def create_module(spec):
        __import__(spec.name)
        return sys.modules[spec.name]

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

BuiltinImporter.__module__ = '_frozen_importlib'


class SourceFileLoader:
    """Loads a module from a Python source file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        try:
            with open(path, 'rb') as f:
                return f.read()
        except OSError:
            # An embedded standard-library module: its source is in the binary.
            src = _pyrs_import.embedded_source(self.name) if path == self.path else None
            if src is None:
                raise
            return src.encode('utf-8')

    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def is_package(self, fullname):
        filename = self.path.rpartition('/')[2]
        filename_base = filename.rsplit('.', 1)[0]
        tail_name = fullname.rpartition('.')[2]
        return filename_base == '__init__' and tail_name != '__init__'

    def get_source(self, fullname):
        from importlib.util import decode_source
        return decode_source(self.get_data(self.path))

    def get_code(self, fullname):
        return compile(self.get_data(self.path), self.path, 'exec', dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError('cannot load module {!r} when get_code() returns None'
                              .format(module.__name__))
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        from importlib.util import spec_from_file_location, module_from_spec
        fullname = fullname or self.name
        spec = spec_from_file_location(fullname, self.path, loader=self)
        module = module_from_spec(spec)
        sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            del sys.modules[fullname]
            raise
        return sys.modules[fullname]

SourceFileLoader.__module__ = '_frozen_importlib_external'


class PathFinder:
    """Finds modules on sys.path or on a package's __path__."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _pyrs_import.locate(fullname, path)
        if found is None or found[0] == 'native':
            return None
        from importlib.util import spec_from_file_location
        return spec_from_file_location(fullname, found[1])

    @classmethod
    def invalidate_caches(cls):
        pass

PathFinder.__module__ = '_frozen_importlib_external'
