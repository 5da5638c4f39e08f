# Standard library pieces threaded programs lean on: random (seeded), heapq, bisect,
# collections, itertools, functools, json, re, string, textwrap, math, statistics, datetime,
# contextlib, io.StringIO.
import bisect
import collections
import contextlib
import datetime
import functools
import heapq
import io
import itertools
import json
import math
import random
import re
import statistics
import string
import textwrap

random.seed(12345)
print([random.randint(1, 100) for _ in range(8)])
print(round(random.random(), 12), round(random.uniform(-5, 5), 12))
print(random.choice("abcdefg"), random.sample(range(100), 6))
items = list(range(12))
random.shuffle(items)
print(items)
print([round(random.gauss(0, 1), 10) for _ in range(4)])
print(random.randrange(0, 1000, 7), random.getrandbits(40), random.choices("xyz", k=6))
print(random.choices(range(5), weights=[5, 1, 1, 1, 10], k=8))
print(round(random.expovariate(2.0), 10), round(random.normalvariate(10, 2), 10))
print(round(random.triangular(0, 10, 3), 10), round(random.betavariate(2, 3), 10))
r = random.Random("seed-string")
print(r.randint(0, 10 ** 12), r.random())
r2 = random.Random(99)
state = r2.getstate()
a = [r2.random() for _ in range(3)]
r2.setstate(state)
print(a == [r2.random() for _ in range(3)])
random.seed(7, version=2)
print(random.randbytes(6).hex(), random.random())

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, (x % 4, x))
print([heapq.heappop(h) for _ in range(3)], h[0])
print(heapq.nlargest(3, [4, 1, 7, 3, 9, 2]), heapq.nsmallest(2, ["pear", "fig", "apple"], key=len))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), heapq.heappushpop([3, 5], 1), heapq.heapreplace([3, 5], 9))
data = [1, 3, 3, 3, 7, 9]
print(bisect.bisect_left(data, 3), bisect.bisect_right(data, 3), bisect.bisect(data, 8))
bisect.insort(data, 4)
bisect.insort_left(data, 3)
print(data, bisect.bisect_left(data, 5, key=lambda v: v), bisect.bisect_right([("a", 1), ("b", 2)], 1, key=lambda t: t[1]))

c = collections.Counter("mississippi river banks")
print(c.most_common(4), c["s"], c["z"])
c.update(["s", "z", "z"])
c.subtract({"i": 2})
print(sorted(c.items())[:6], c.total(), (c & collections.Counter("ss")), +collections.Counter({"a": -1, "b": 2}))
print(collections.Counter(a=3, b=1) - collections.Counter(a=1, b=5), list(collections.Counter("aab").elements()))
d = collections.deque(range(5), maxlen=5)
d.append(5)
d.appendleft(-1)
d.rotate(2)
print(d, d.maxlen, d.count(3), d.index(3))
d.extend([10, 11])
print(list(d), d.pop(), d.popleft())
dd = collections.defaultdict(list)
for word in "one two three four five six".split():
    dd[len(word)].append(word)
print(dict(dd), dd.default_factory, repr(dd)[:25])
od = collections.OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
Point = collections.namedtuple("Point", "x y z", defaults=[0])
p = Point(1, 2)
print(p, p._replace(y=5), p._asdict(), Point._fields, Point._field_defaults, p._make([7, 8, 9]))
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], dict(cm), cm.new_child({"c": 4}).maps)

print([(k, list(g)) for k, g in itertools.groupby("aaabccdddd")])
print(list(itertools.product("ab", range(2))), len(list(itertools.permutations(range(4), 2))))
print(list(itertools.combinations("abcd", 3)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(itertools.accumulate([3, 1, 4], initial=10)))
print(list(itertools.chain.from_iterable(["ab", "cd"])), list(itertools.islice(itertools.count(5, 3), 2, 6)))
print(list(itertools.zip_longest("abc", "x", fillvalue="-")), list(itertools.pairwise("abcd")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])))
print(list(itertools.dropwhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1])), [list(t) for t in itertools.tee([1, 2], 2)])
print(list(itertools.repeat("z", 3)), list(itertools.islice(itertools.cycle("ab"), 5)))


@functools.lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(20), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__wrapped__(5) if False else fib(5))
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3], 0), functools.partial(int, base=16)("ff"))
pp = functools.partial(round, ndigits=2)
print(pp(3.14159), pp.keywords, pp.func is round)


def deco(fn):
    @functools.wraps(fn)
    def inner(*args, **kw):
        """inner doc"""
        return fn(*args, **kw)
    return inner


@deco
def documented(x):
    """Doubles x."""
    return 2 * x


print(documented.__name__, documented.__doc__, documented(4), documented.__wrapped__.__name__)


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @functools.cached_property
    def area(self):
        self.computed += 1
        return round(math.pi * self.r ** 2, 6)


ci = Circle(2)
print(ci.area, ci.area, ci.computed, "area" in vars(ci))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) <= V(2), V(3) >= V(4), V(2) > V(1))
sd = functools.singledispatch(lambda x: "obj")
sd.register(int, lambda x: "int")
sd.register(list, lambda x: "list")
print(sd(1), sd([]), sd("s"), sd(True))

obj = {"b": [1, 2.5, None, True], "a": {"z": "é", "y": []}, "c": "q\"uote\n"}
print(json.dumps(obj))
print(json.dumps(obj, sort_keys=True, indent=2))
print(json.dumps(obj, separators=(",", ":"), ensure_ascii=False, sort_keys=True))
print(json.dumps([1e100, 1.0, -0.0, 10 ** 20, float("inf")]), json.dumps("\u2603"), json.dumps({1: 2, None: 3}))
print(json.loads('{"a": [1, 2, {"b": null}], "c": 1.5e3, "d": "\\u00e9"}'))
print(json.loads("[1, 2]", object_hook=None), json.loads('{"x": 1}', object_pairs_hook=list), json.loads("3.25", parse_float=str))
for bad in ["{bad", "", "[1, 2", '{"a" 1}', "[1,]", "tru", '"abc', "1 2", "{'a': 1}", "[1] x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"k": 1}, indent="\t"), json.dumps([], indent=4), json.dumps({}, indent=4))

m = re.match(r"(?P<key>\w+)=(?P<val>\d+)", "width=640;height=480")
print(m.group(0), m.group("key"), m.groups(), m.groupdict(), m.span(2), m.start("val"), m.end())
print(re.findall(r"(\w+)=(\d+)", "a=1, b=22, c=333"), re.findall(r"\d+", "x1y22z333"))
print(re.sub(r"\d+", lambda mo: str(int(mo.group()) * 2), "a1b22c333"), re.sub(r"(\w)(\d)", r"\2\1", "a1b2"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b"), re.split(r"x*", "axbc", maxsplit=1))
print(re.subn("a", "A", "banana"), re.escape("a.b*c"), bool(re.fullmatch(r"[a-z]+", "abc")))
print(re.findall(r"^\w", "one\ntwo\nthree", re.M), re.search(r"B", "abc", re.I).group(), re.compile(r"a.c", re.S).match("a\nc").group())
pat = re.compile(r"(?x) (\d{3}) - (\d{4})  # phone")
print(pat.pattern[:10], pat.flags & re.X != 0, pat.search("call 555-1234 now").groups(), [mo.span() for mo in re.finditer(r"o", "foo boo")])

print(string.ascii_letters[:30], string.digits, string.punctuation[:10], string.capwords("hello   big world"))
t = string.Template("$who likes ${what}s")
print(t.substitute(who="tim", what="apple"), t.safe_substitute(who="ann"))
print("{:>8}|{:<6}|{:^7}|{:08.3f}|{:,}|{:x}|{!r}".format("r", "l", "c", 3.14159, 1234567, 255, "q"))
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50, placeholder="..."), repr(textwrap.dedent("  a\n    b\n  c")), textwrap.indent("x\ny", "# "))
print(math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99), math.comb(10, 3), math.perm(5, 2), math.factorial(12))
print(math.floor(-2.5), math.ceil(2.1), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)), math.hypot(5, 12))
print(math.isclose(1.0, 1.0 + 1e-10), math.log(8, 2), math.log10(1000), round(math.exp(1), 12), math.copysign(3, -0.0), math.inf > 10 ** 300)
vals = [2.5, 3.1, 4.7, 1.2, 9.8, 3.3]
print(statistics.mean(vals), statistics.median(vals), statistics.median_low(vals), statistics.mode([1, 2, 2, 3]))
print(round(statistics.stdev(vals), 10), round(statistics.pvariance(vals), 10), statistics.multimode("aabbc"), statistics.fmean([1, 2, 4]))
print(statistics.quantiles(range(1, 21), n=4), statistics.harmonic_mean([40, 60]), round(statistics.geometric_mean([1, 2, 4]), 12))
d1 = datetime.date(2024, 2, 28)
print(d1 + datetime.timedelta(days=2), d1.isoformat(), d1.weekday(), d1.strftime("%A %d %B %Y"), d1.replace(day=1))
dt = datetime.datetime(2023, 12, 31, 23, 59, 30, 123456)
print(dt + datetime.timedelta(seconds=45), dt.isoformat(), dt.strftime("%Y-%m-%d %H:%M:%S.%f %j %p"), dt.date(), dt.time())
td = datetime.timedelta(days=1, hours=25, minutes=-3, seconds=4.5)
print(td, repr(td), td.total_seconds(), td // datetime.timedelta(hours=1), -td, abs(-td), td * 2, td / 3)
print(datetime.datetime.strptime("2021-07-04 08:15", "%Y-%m-%d %H:%M"), datetime.date.fromisoformat("2020-01-15"), datetime.datetime(2020, 1, 1) - datetime.datetime(2019, 12, 25, 12))
print(repr(dt), repr(d1), str(datetime.time(7, 5)), datetime.date(2020, 1, 1) < datetime.date(2021, 1, 1), datetime.timedelta(0) == datetime.timedelta())
tz = datetime.timezone(datetime.timedelta(hours=-5), "EST")
print(datetime.datetime(2022, 5, 1, 12, tzinfo=tz).isoformat(), datetime.datetime(2022, 5, 1, 12, tzinfo=datetime.timezone.utc), tz)
for args in [(2020, 2, 30), (2020, 13, 1), (0, 1, 1)]:
    try:
        datetime.date(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    datetime.date(2020, 1, 1) + 1
except TypeError as e:
    print("TypeError:", e)


@contextlib.contextmanager
def tag(name, log):
    log.append("<" + name + ">")
    try:
        yield name.upper()
    finally:
        log.append("</" + name + ">")


log = []
with tag("a", log) as v1, tag("b", log) as v2:
    log.append(v1 + v2)
print(log)
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with contextlib.ExitStack() as stack:
    for n in "xyz":
        stack.callback(log.append, "cb-" + n)
    stack.enter_context(tag("s", log))
print(log[-5:])
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 1, 2, sep="-")
print(repr(buf.getvalue()))
s = io.StringIO("line1\nline2\nline3")
print(s.readline(), s.read(3), s.tell(), s.readlines(), s.seek(0), s.read())
