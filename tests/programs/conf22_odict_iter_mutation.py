import collections
od = collections.OrderedDict(a=1)
for k in od:
    print('k', k); od['b'] = 2
print(od)
od = collections.OrderedDict(a=1, c=3)
try:
    for k in od:
        print('k', k); od['b'] = 2
except RuntimeError as e: print(e)
od = collections.OrderedDict(a=1, c=3)
try:
  for k, v in od.items():
    print("k", k); od["z"] = v
except RuntimeError as e: print(e)
print(od)
od = collections.OrderedDict(a=1, c=3)
try:
  for k in od:
    print('k', k); del od['c']
except RuntimeError as e: print(e)
import collections
l = [3, 1, 2]
def key(x):
    l.append(0)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print("ValueError:", e)
d = {1: 1, 2: 2}
try:
    for k in d: d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for k in s: s.add(k + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
dq = collections.deque([1, 2, 3])
try:
    for x in dq: dq.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
od = collections.OrderedDict(a=1)
try:
    for k in od: od["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3, 4]
for x in lst:
    if x % 2 == 0: lst.remove(x)
print(lst)
try:
    sorted([1, None, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    max([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    {}.fromkeys([[]])
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    set([{}])
except TypeError as e:
    print("TypeError:", e)
try:
    print(list(zip([1, 2], [3], strict=True)))
except ValueError as e:
    print("ValueError:", e)
try:
    dict(a=1)["b"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    raise KeyError()
except KeyError as e:
    print("KeyError:", repr(str(e)))
try:
    raise KeyError("a", "b")
except KeyError as e:
    print("KeyError:", e)
print(repr(OSError(2, "No such file")), str(OSError(2, "No such file", "x.txt")), OSError(2, "x").__class__.__name__, repr(UnicodeError("u")))
print(str(StopIteration(5)), repr(SystemExit(3)), ExceptionGroup("m", [ValueError(1)]).__repr__(), str(BaseExceptionGroup("x", [KeyboardInterrupt()])))
