# partial application patterns and reduce-based utilities
from functools import partial, reduce
import operator
def log(level, msg, *, prefix=""):
    return f"{prefix}[{level}] {msg}"
info = partial(log, "INFO")
warn = partial(log, "WARN", prefix=">> ")
print(info("started"), warn("disk low"), warn("x", prefix="!! "))
print(repr(type(info).__name__), info.args, warn.keywords)
add = partial(operator.add)
inc = partial(operator.add, 1)
print(add(2, 3), inc(41), list(map(inc, range(5))))
pipeline = [partial(operator.mul, 3), inc, partial(pow, 2)]
print(reduce(lambda v, f: f(v), pipeline, 2))
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
h = compose(str.strip, str.upper, partial(str.replace, old="A", new="4") if False else (lambda s: s.replace("A", "4")))
print(h("  banana  "))
print(reduce(operator.or_, [{1}, {2, 3}, {3, 4}]), reduce(operator.and_, [{1, 2, 3}, {2, 3}, {3, 2, 9}]))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]))
print(reduce(operator.concat, [[1], [2, 3], []]), reduce(operator.add, "abc"))
nested = {"a": {"b": {"c": 42}}}
print(reduce(operator.getitem, ["a", "b", "c"], nested))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(reduce(gcd, [84, 126, 210]), reduce(lambda a, b: a * b // gcd(a, b), range(1, 16)))
sorted_by = partial(sorted, key=len)
print(sorted_by(["ccc", "a", "bb"]), sorted_by(["ccc", "a", "bb"], reverse=True))
p = partial(partial(log, "DBG"), prefix="# ")
print(p("nested partial"), p.func.__name__, p.args)
