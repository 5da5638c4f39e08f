import pickle, copy, re, threading, itertools


def make_local():
    class Local:
        pass
    return Local()


def outer():
    def inner():
        return 1
    return inner


for label, obj in [("local class", make_local()), ("local function", outer()), ("lambda", lambda: 1),
                   ("generator", (x for x in [])), ("memoryview", memoryview(b"ab")), ("lock", threading.Lock()),
                   ("dict view", {}.keys())]:
    for fn in (pickle.dumps, copy.copy, copy.deepcopy):
        try:
            fn(obj)
            print(label, fn.__name__, "ok")
        except Exception as e:
            msg = re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(e))
            print(label, fn.__name__, type(e).__name__, msg)

print(pickle.dumps.__name__, pickle.loads.__name__, pickle.dump.__name__, pickle.load.__name__)
c = itertools.count(5, 2)
next(c)
print(pickle.loads(pickle.dumps(c)), copy.copy(c))
