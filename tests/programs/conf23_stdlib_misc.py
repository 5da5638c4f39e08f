"""conformance sweep 23: stdlib_misc (realistic mix; deterministic output)."""
import random, hashlib, datetime, calendar, copy, abc, typing, os.path, sys, itertools, string
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 5), random.randrange(0, 100, 7))
print(round(random.gauss(0, 1), 6), random.choices("abc", weights=[1, 2, 3], k=5), random.getrandbits(70))
r = random.Random(7); print(r.random(), r.randint(0, 10**30), round(r.expovariate(2.0), 6), round(r.normalvariate(5, 2), 6), round(r.triangular(0, 1), 6), round(r.betavariate(2, 3), 6))
print(hashlib.md5(b"hello").hexdigest(), hashlib.sha256("héllo".encode()).hexdigest()[:16], hashlib.sha1(b"").hexdigest(), hashlib.new("sha512", b"x").hexdigest()[:10])
h = hashlib.sha256(); h.update(b"a"); h.update(b"b"); print(h.hexdigest() == hashlib.sha256(b"ab").hexdigest(), h.digest_size, h.name, hashlib.blake2b(b"x", digest_size=8).hexdigest())
d = datetime.date(2024, 2, 29); t = datetime.datetime(2023, 12, 31, 23, 59, 30)
print(d + datetime.timedelta(days=366), d.weekday(), d.isoweekday(), d.strftime("%A %d %B %Y %j %U"), d.isocalendar(), d.toordinal())
print(t + datetime.timedelta(seconds=45), t.isoformat(), t.strftime("%I:%M %p %y-%m-%d %H"), repr(t), t.replace(year=2020).timestamp() if False else "")
print(datetime.timedelta(days=1, seconds=3700, microseconds=5), datetime.timedelta(hours=-1), repr(datetime.timedelta(days=-1, seconds=5)), datetime.timedelta(weeks=2) / datetime.timedelta(days=3), datetime.timedelta(days=7) // 2)
print(datetime.datetime.fromisoformat("2024-03-05T10:20:30.123456"), datetime.date.fromisoformat("2020-01-01") - datetime.date(2019, 1, 1), datetime.datetime.strptime("03/04/21 13:05", "%d/%m/%y %H:%M"))
print(calendar.isleap(2100), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1), calendar.month_name[3], calendar.day_abbr[0])
print(calendar.month(2024, 2))
tz = datetime.timezone(datetime.timedelta(hours=5, minutes=30)); print(datetime.datetime(2024,1,1,12,tzinfo=tz).isoformat(), datetime.datetime(2024,1,1,12,tzinfo=datetime.timezone.utc).astimezone(tz), tz)
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
try: A()
except TypeError as e: print(e)
class NT(typing.NamedTuple):
    x: int
    y: str = "d"
print(NT(1), NT._fields, NT.__annotations__, NT(2)._asdict())
class TD(typing.TypedDict):
    a: int
print(TD(a=1), typing.get_type_hints(NT))
T = typing.TypeVar("T")
class Box(typing.Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int](3).v, Box[int], typing.Optional[int], typing.Union[int, str], list[int], dict[str, list[int]], typing.List[int], typing.Callable[[int], str])
@typing.runtime_checkable
class P(typing.Protocol):
    def close(self): ...
print(isinstance(open(__file__), P), isinstance(3, P))
print(os.path.join("a", "b", "../c"), os.path.splitext("x.tar.gz"), os.path.basename("/a/b.txt"), os.path.normpath("a//b/./c/.."), os.path.dirname("a/b/c"), os.path.split("a/b"))
class C:
    def __init__(self): self.l = [1, [2]]
    def __deepcopy__(self, memo): print("deepcopy called"); n = C(); n.l = copy.deepcopy(self.l, memo); return n
c = copy.deepcopy(C()); print(c.l)
x = [1, 2]; y = [x, x]; z = copy.deepcopy(y); print(z[0] is z[1], copy.copy(y)[0] is x)
try: int("1" * 5000)
except ValueError as e: print(e)
try: str(10 ** 5000)
except ValueError as e: print(e)
sys.set_int_max_str_digits(0); print(len(str(10 ** 5000)))
print("a\tb\tc".expandtabs(4), "ß".casefold(), "hello world".title(), "they're".title(), "x".center(6, "*"), "-42".zfill(6), "+7".zfill(4), "abc".translate(str.maketrans("ab", "xy", "c")))
print("a,b,,c".split(","), "a b  c".rsplit(None, 1), "l1\nl2\r\nl3".splitlines(True), "x=1=2".partition("="), "x=1=2".rpartition("="), "ab".isidentifier(), "²".isdigit(), "²".isdecimal(), "½".isnumeric())
print("{name:>{w}}".format_map({"name": "z", "w": 4}), str.removeprefix("prefix_x", "prefix_"), "aaa".replace("a", "b", 2), "abc"[::-1], "a-b-c".split("-", 1))
try: sorted([1, "a"])
except TypeError as e: print(e)
try: a, b = [1, 2, 3]
except ValueError as e: print(e)
try: a, b, c = [1, 2]
except ValueError as e: print(e)
def f(a, b, *, c): pass
for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2, c=3, d=4), lambda: f(1, a=1, c=2), lambda: f(1, 2)]:
    try: call()
    except TypeError as e: print(e)
try: list(zip([1, 2], [1], strict=True))
except ValueError as e: print(e)
print(min([], default=0), max("abc", key=ord), sum([[1], [2]], []), list(iter([1, 2, 0, 3].pop, 0)) if False else "", complex(1, -2), abs(3+4j), (1+2j) ** 2, divmod(-7, 2), pow(2, 100, 10**9+7))
print(repr(1e300*1e10), -0.0, 1/3, 1e100, 12345.6789e-20, float('1e-320'), 2**0.5, 10/3, 1e23, 9007199254740993.0)
print({1: 2}.keys(), {1: 2}.items(), {}.values(), set(), frozenset({1}), range(0, 10, 2), slice(1, None), type(None), type(...), NotImplemented, Ellipsis)
x = [1]; x.append(x); print(x); d = {}; d[1] = d; print(d)
