# pickle's classes and exceptions are CPython's `_pickle` ones.
import io, pickle, _pickle

def shown(obj):
    r = repr(obj)
    return r[:r.index(' at 0x')] + '>' if ' at 0x' in r else r

print(pickle.PickleError, pickle.PicklingError, pickle.UnpicklingError)
print(pickle.Pickler, pickle.Unpickler, pickle.Pickler.__name__, pickle.Unpickler.__qualname__)
print(shown(pickle.Pickler(io.BytesIO())), shown(pickle.Unpickler(io.BytesIO())))
print(_pickle.Pickler is pickle.Pickler, _pickle.dumps is pickle.dumps)
try:
    pickle.loads(b"\x80\x04X")
except pickle.UnpicklingError as e:
    print(type(e).__module__, type(e).__qualname__, e)

class P(pickle.Pickler):
    def persistent_id(self, obj):
        return "K" if obj == "key" else None

class U(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded-" + pid

f = io.BytesIO()
P(f, 2).dump(["a", "key", {"key": 1}])
print(U(io.BytesIO(f.getvalue())).load(), shown(P(f)))
print(pickle.loads(pickle.dumps(pickle.PicklingError("again"))).args)
raise pickle.PicklingError("final")
