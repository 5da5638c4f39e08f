# decorators preserving metadata; decorator factories with state
import functools
def retry(times):
    def deco(f):
        @functools.wraps(f)
        def w(*a, **k):
            last = None
            for i in range(times):
                try:
                    return f(*a, **k)
                except ValueError as e:
                    last = e
                    print(f"  attempt {i + 1} failed: {e}")
            raise RuntimeError(f"{f.__name__} failed after {times} attempts") from last
        return w
    return deco
state = {"n": 0}
@retry(3)
def unstable(limit):
    """Fails until called `limit` times."""
    state["n"] += 1
    if state["n"] < limit:
        raise ValueError(f"call {state['n']}")
    return f"ok on call {state['n']}"
print(unstable(2), unstable.__name__, unstable.__doc__)
state["n"] = 0
try:
    unstable(10)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", e.__cause__)
def memo(f):
    cache = {}
    @functools.wraps(f)
    def w(*a):
        if a not in cache:
            cache[a] = f(*a)
        return cache[a]
    w.cache = cache
    return w
@memo
def slow_sq(x):
    return x * x
print([slow_sq(i % 3) for i in range(6)], sorted(slow_sq.cache.items()), slow_sq.__wrapped__(9))
def trace(f):
    depth = [0]
    @functools.wraps(f)
    def w(*a):
        print("  " * depth[0] + f"-> {f.__name__}{a}")
        depth[0] += 1
        r = f(*a)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {r}")
        return r
    return w
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(4)
print(fact.__name__, fact.__qualname__, fact.__module__)
def plain(f):
    def w():
        return f()
    return w
@plain
def named():
    pass
print(named.__name__, hasattr(named, "__wrapped__"))
