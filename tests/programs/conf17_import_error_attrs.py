# ImportError raised by the import machinery carries msg, name and path as
# ImportError.__init__ sets them (path None without a file).
try:
    from math import nope
except ImportError as e:
    print(type(e).__name__, e.name, e.msg.split(" (")[0])
try:
    import no_such_module_conf17
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path, e.msg)
e = ImportError("x", name="n", path="p")
print(e.name, e.path, e.msg)
