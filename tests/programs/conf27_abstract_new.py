# object.__new__ refuses classes whose __abstractmethods__ is true (no ABCMeta.__call__ frame),
# readonly members, itertools.count's number check, pickle's "Ran out of input".
import abc, io, itertools, pickle, traceback

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def name(self): ...

class Half(Shape):
    def area(self): return 1

class Full(Half):
    def name(self): return "full"
    def __init__(self, x):
        if x < 0:
            raise ValueError("negative")
        self.x = x

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Full(2).x, Full(2).name(), sorted(Shape.__abstractmethods__), Full.__abstractmethods__)
try:
    Full(-1)
except ValueError:
    tb = traceback.extract_tb(__import__("sys").exc_info()[2])
    print([f.name for f in tb])

class Plain:
    pass
Plain.__abstractmethods__ = frozenset({"g", "f"})
try:
    Plain()
except TypeError as e:
    print(e)
Plain.__abstractmethods__ = ()
print(type(Plain()).__name__)
Half.__abstractmethods__ = frozenset()
print(Half().area())

def f(): pass
for obj, attr in [(property(), "fget"), (slice(1), "start"), (range(3), "step"), (1j, "imag"),
                  (staticmethod(f), "__func__"), (f, "__globals__"), ((1).real, "real"),
                  (f.__code__, "co_name")]:
    try:
        setattr(obj, attr, 1)
    except AttributeError as e:
        print(attr, e)

for args in [("a",), (1, "b"), ([],), (1.5,), (1j, 2)]:
    try:
        print(itertools.count(*args))
    except TypeError as e:
        print(args, e)

for data in [b"", b"\x80\x04\x95", b"\x80\x04X\x01\x00"]:
    try:
        pickle.loads(data)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.Unpickler(io.BytesIO(b"")).load()
except EOFError as e:
    print("EOFError", e)
