# Built-in functions and methods carry CPython's __text_signature__, which
# inspect.signature reads; natives without one raise ValueError.
import inspect
import math


class C:
    pass


objs = [len, abs, isinstance, divmod, repr, print, sorted, round, pow, sum,
        list.append, dict.get, str.join, str.split, [].append, "".split, {}.get,
        int.from_bytes, dict.fromkeys, math.sqrt, math.isclose, math.log,
        str.replace, bytes.hex, list.sort, list.index, max, min, getattr, iter, next,
        range, dict, int, type, vars, dir]
for o in objs:
    try:
        sig = inspect.signature(o)
        print(repr(getattr(o, "__text_signature__", None)), sig)
        print("   ", [(p.name, str(p.kind)) for p in sig.parameters.values()])
    except ValueError as e:
        print("ValueError:", e)

print(inspect.signature(object), inspect.signature(C))
print(len.__self__ is __import__("builtins"), math.sqrt.__self__ is math)
print([].append.__text_signature__, list.append.__text_signature__)
sig = inspect.signature(sorted)
print(sig.bind([3, 1], reverse=True).arguments)
try:
    sig.bind([1], [2])
except TypeError as e:
    print("TypeError:", e)
print(inspect.signature(str.replace).parameters["count"].default)
print(inspect.signature(list.index).parameters["stop"].default == __import__("sys").maxsize)


class D(dict):
    pass


for cls in (D, ValueError):
    try:
        inspect.signature(cls)
    except ValueError as e:
        print("ValueError:", e)
