import sys

impl = sys.implementation
print(repr(impl).startswith("namespace(name="))
print(sorted(vars(impl)))
print(impl.version == sys.version_info, impl.hexversion == sys.hexversion)
print(type(impl.name).__name__, type(impl._multiarch).__name__)
import types

print(type(impl) is types.SimpleNamespace, type(impl).__name__, type(impl).__module__)
print(impl == types.SimpleNamespace(**vars(impl)))
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns == types.SimpleNamespace(b="x", a=1), ns != types.SimpleNamespace(a=1))
ns.self = ns
print(ns)
del ns.self
print(types.SimpleNamespace(), types.SimpleNamespace() == types.SimpleNamespace())


class Sub(types.SimpleNamespace):
    pass


print(Sub(z=[1, 2]), Sub(a=1) == types.SimpleNamespace(a=1))
for args in [(1,), ({"a": 1},)]:
    try:
        types.SimpleNamespace(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(ns)
except TypeError as e:
    print("TypeError:", e)
import pickle, copy

print(pickle.loads(pickle.dumps(ns)) == ns, copy.copy(ns), copy.deepcopy(Sub(q=[1])))
