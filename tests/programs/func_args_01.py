# defaults, keyword-only, *args, **kwargs, positional-only
def f(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"
print(f(1, c=3))
print(f(1, 20, 30, 40, c=3, e=5, d=6))
print(f(a=1, c=3, z=0))
print(f(*[1, 2, 3], **{"c": 9, "x": 8}))
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
try:
    pos_only(a=1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, c=3, a=5)
except TypeError as e:
    print("TypeError:", e)
def g(x, y):
    return x - y
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, z=2)
except TypeError as e:
    print("TypeError:", e)
try:
    g()
except TypeError as e:
    print("TypeError:", e)
print(g(y=1, x=10), g(*(5, 3)), g(**{"y": 1, "x": 2}))
def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
print(mutable_default(1), mutable_default(2), mutable_default(3, []), mutable_default(4))
def safe_default(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_default(1), safe_default(2))
def varargs(*args):
    return len(args), sum(args), args
print(varargs(), varargs(1), varargs(1, 2, 3), varargs(*range(5)))
def kw(**kwargs):
    return sorted(kwargs.items())
print(kw(), kw(a=1), kw(b=2, a=1, c=3), kw(**{"x": 1}, y=2))
def combined(*args, sep="-", **opts):
    return sep.join(map(str, args)) + str(sorted(opts))
print(combined(1, 2, 3), combined(1, 2, sep="+", z=1, y=2))
print(f.__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
def annotated(x: int, y: "str" = "s") -> bool:
    return True
print(annotated.__annotations__)
def counter(start=0, *, step=1):
    return [start + i * step for i in range(4)]
print(counter(), counter(10), counter(step=5), counter(1, step=-1))
try:
    counter(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(max(1, 5, 3), max([1, 5, 3]), max("abc", key=ord), min([], default="empty"), max([2, 1], key=lambda v: -v))
