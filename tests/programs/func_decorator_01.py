# decorators: simple, with args, stacking, functools.wraps, class decorators
import functools
def trace(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        r = f(*args, **kwargs)
        print(f"  {f.__name__}{args} -> {r}")
        return r
    return wrapper
@trace
def add(a, b):
    """add docs"""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(10, 20))
def repeat(n):
    def deco(f):
        @functools.wraps(f)
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"), hello.__name__)
def bold(f):
    def w():
        return "<b>" + f() + "</b>"
    return w
def italic(f):
    def w():
        return "<i>" + f() + "</i>"
    return w
@bold
@italic
def text():
    return "text"
print(text(), text.__name__)
def count_calls(f):
    def w(*a, **k):
        w.calls += 1
        return f(*a, **k)
    w.calls = 0
    return w
@count_calls
def noop(x=None):
    return x
for i in range(5):
    noop(i)
print("calls:", noop.calls)
def register_class(cls):
    cls.registered = True
    cls.describe = lambda self: f"I am {type(self).__name__}"
    return cls
@register_class
class Thing:
    pass
print(Thing.registered, Thing().describe())
def singleton(cls):
    instances = {}
    @functools.wraps(cls)
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.v, c2.v)
class CountCalls:
    def __init__(self, f):
        functools.update_wrapper(self, f)
        self.f = f
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.f(*a)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.n, square.__name__)
def validate(*types):
    def deco(f):
        @functools.wraps(f)
        def w(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{f.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return f(*args)
        return w
    return deco
@validate(int, str)
def rep(n, s):
    return s * n
print(rep(3, "ab"))
try:
    rep("3", "ab")
except TypeError as e:
    print("TypeError:", e)
