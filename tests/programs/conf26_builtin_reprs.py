tests = r'''
print(repr(iter([])).split(" at ")[0], repr(iter(())).split(" at ")[0], repr(iter("")).split(" at ")[0], repr(iter({})).split(" at ")[0])
print(repr(map(str, [])).split(" at ")[0], repr(zip()).split(" at ")[0], repr(reversed([])).split(" at ")[0], repr(enumerate([])).split(" at ")[0])
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()), repr(range(3)), repr(slice(1)), repr(Ellipsis), repr(NotImplemented))
print(repr(type), repr(object), repr(int.__add__), repr(len), repr([].append).split(" at ")[0], repr(str.upper), repr(dict.fromkeys).split(" at ")[0])
print(repr(property()).split(" at ")[0], repr(staticmethod(len)).split(" at ")[0], repr(classmethod(len)).split(" at ")[0])
import functools, itertools, collections, operator
print(repr(functools.partial(len)), repr(itertools.count(1, 2)), repr(itertools.repeat("a", 2)), repr(collections.deque([1], maxlen=3)))
print(repr(collections.OrderedDict(a=1)), repr(collections.defaultdict(int, a=1)), repr(collections.Counter("aab")), repr(collections.ChainMap({1: 2})))
print(repr(operator.itemgetter(1, 2)), repr(operator.attrgetter("a.b")), repr(operator.methodcaller("f", 1, k=2)))
print(repr(memoryview(b"")).split(" at ")[0], repr(bytearray()), repr(frozenset()), repr(set()), repr(b"'\""), repr("'\""), repr('"'))
print(repr(1e16), repr(-1.5e-10), repr(complex(0, -0.0)), repr(complex(-0.0, 1)), repr(1j ** 2), repr(float("-inf")), repr(complex(float("nan"), 1)))
g = (x for x in []); print(repr(g).split(" at ")[0])
def gf(): yield
print(repr(gf()).split(" at ")[0], repr(gf).split(" at ")[0], repr(lambda: 0).split(" at ")[0])
class C:
    def m(self): pass
print(repr(C.m).split(" at ")[0], repr(C().m).split(" at ")[0], repr(C).replace("__main__", "M"), repr(C()).split(" at ")[0])
import sys, types
print(repr(sys).split(" (")[0], type(sys.stdout).__name__, repr(types.SimpleNamespace(a=1, b="x")), types.MappingProxyType({"a": 1}))
print(repr(ValueError("x", 1)), repr(KeyError()), repr(StopIteration(5)), repr(SystemExit(2)), repr(OSError(2, "x")), repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")), str(UnicodeEncodeError("ascii", "é", 0, 1, "no")))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e: print(e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e: print(e)
print(bool.__repr__(True), int.__repr__(True), float.__repr__(1.0), object.__repr__(C()).split(" at ")[0])
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, type(iter(range(3))).__name__, type({}.keys()).__name__)
import re; print(repr(re.compile(r"a\d+", re.I)), repr(re.match("a", "a")), repr(re.compile("x")))
import datetime; print(repr(datetime.date(2020, 1, 1)), repr(datetime.timedelta(hours=1)), repr(datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)))
import decimal, fractions; print(repr(decimal.Decimal("1.50")), repr(fractions.Fraction(1, 3)), repr(decimal.Decimal("NaN")), str(decimal.Decimal("1E+2")))
import enum
class E(enum.Enum):
    A = 1
print(repr(E), repr(E.A), repr(E.__members__).split("(")[0])
import pathlib; print(repr(pathlib.PurePosixPath("/a/b")), repr(pathlib.Path("x")))
import array; print(repr(array.array("b")), repr(array.array("u", "hi")), repr(array.array("f", [1.5])))
import threading; print(repr(threading.Lock()).split(" at ")[0], repr(threading.Event()).split(" at ")[0][:28])
print(repr(str.maketrans("a", "b")), repr(dict(zip(range(3), "abc"))), repr([None, True, 1.0, "s", b"b", (1,), [], {}, set()]))
'''
exec(tests)
