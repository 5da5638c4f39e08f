# importlib.util: find_spec for present and absent modules, loading a module from a file
# path (spec_from_file_location + module_from_spec + exec_module), packages,
# resolve_name, cache_from_source.
import importlib
import importlib.util
import os
import sys
import tempfile

print(importlib.util.find_spec("json") is not None, importlib.util.find_spec("no_such_module_xyz"))
print(importlib.util.find_spec("json").name, importlib.util.find_spec("collections").submodule_search_locations is not None)
print(importlib.util.find_spec("os.path").name)
for name in ("numpy_not_installed_here", "json", "os"):
    print(name, "available" if importlib.util.find_spec(name) else "missing")
try:
    importlib.util.find_spec("no_such_pkg_xyz.sub")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
try:
    importlib.util.find_spec("json.decoder.x")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)

d = tempfile.mkdtemp()
path = os.path.join(d, "plugin.py")
with open(path, "w") as f:
    f.write("NAME = 'plugin'\ndef hello(who):\n    return 'hello ' + who\nprint('plugin loaded as', __name__)\n")
spec = importlib.util.spec_from_file_location("myplugin", path)
print(spec.name, spec.origin == path, spec.has_location, spec.parent == "", spec.submodule_search_locations)
print(type(spec.loader).__name__, spec.loader.get_filename() == path, spec.loader.is_package("myplugin"))
mod = importlib.util.module_from_spec(spec)
print(type(mod).__name__, mod.__name__, mod.__spec__ is spec, mod.__file__ == path, hasattr(mod, "NAME"))
spec.loader.exec_module(mod)
print(mod.NAME, mod.hello("world"), "myplugin" in sys.modules)
sys.modules["myplugin"] = mod
import myplugin
print(myplugin is mod)

pkgdir = os.path.join(d, "mypkg")
os.mkdir(pkgdir)
with open(os.path.join(pkgdir, "__init__.py"), "w") as f:
    f.write("VALUE = 42\n")
pspec = importlib.util.spec_from_file_location("mypkg", os.path.join(pkgdir, "__init__.py"))
print(pspec.submodule_search_locations == [pkgdir], pspec.parent)
pmod = importlib.util.module_from_spec(pspec)
pspec.loader.exec_module(pmod)
print(pmod.VALUE, pmod.__path__ == [pkgdir], pmod.__package__)
print(importlib.util.spec_from_file_location("data", os.path.join(d, "data.txt")))

sys.path.insert(0, d)
s = importlib.util.find_spec("plugin")
print(s.name, s.origin == path, s.loader.name)
m = importlib.import_module("plugin")
print(m.hello("again"))

print(importlib.util.resolve_name(".b", "a.pkg"), importlib.util.resolve_name("..c", "a.pkg.sub"), importlib.util.resolve_name("x", None))
try:
    importlib.util.resolve_name(".x", None)
except ImportError as e:
    print("ImportError", e)
print(importlib.util.cache_from_source("/a/b/mod.py"), importlib.util.source_from_cache("/a/b/__pycache__/mod.cpython-311.pyc"))
print(importlib.util.MAGIC_NUMBER, importlib.util.decode_source(b"x = 1\r\ny = 2\r\n"))
try:
    importlib.util.find_spec("__main__")
except ValueError as e:
    print("ValueError", e)
