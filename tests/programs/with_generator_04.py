# with-statements interacting with generators, loops and exceptions; __exit__ return values
class Tracker:
    depth = 0
    def __init__(self, name, swallow=()):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("  " * Tracker.depth + f"enter {self.name}")
        Tracker.depth += 1
        return self
    def __exit__(self, et, ev, tb):
        Tracker.depth -= 1
        handled = et is not None and issubclass(et, self.swallow)
        print("  " * Tracker.depth + f"exit {self.name} exc={et.__name__ if et else None} handled={handled}")
        return handled
def gen():
    with Tracker("gen-body"):
        yield 1
        yield 2
for v in gen():
    print("value", v)
g = gen()
print(next(g))
g.close()
print("after close")
with Tracker("outer", swallow=(KeyError,)):
    with Tracker("middle", swallow=(ValueError,)):
        with Tracker("inner"):
            raise KeyError("deep")
    print("not reached")
print("after nested")
def f():
    for i in range(3):
        with Tracker(f"iter{i}", swallow=(ZeroDivisionError,)):
            if i == 1:
                1 / 0
            if i == 2:
                return "returned from with"
print(f())
results = []
with Tracker("multi-a") as a, Tracker("multi-b", swallow=(IndexError,)) as b:
    results.append((a.name, b.name))
    [][0]
print(results)
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 1
with Truthy():
    raise RuntimeError("swallowed because __exit__ returned 1")
print("truthy exit swallowed")
