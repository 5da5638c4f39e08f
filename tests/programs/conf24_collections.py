# collections and itertools workout: word statistics and scheduling.
from collections import Counter, deque, defaultdict, OrderedDict, namedtuple, ChainMap
import itertools as it
import functools
import operator

text = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away quick quick brown dogs are lazy"""
words = text.split()
c = Counter(words)
print(c.most_common(5))
print(c.most_common()[-3:])
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
c2 = Counter("abracadabra")
c3 = Counter(a=1, b=5, z=2)
print(c2, c3)
print(c2 + c3, c2 - c3, c2 & c3, c2 | c3)
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2))
c2.subtract(c3)
print(c2, c2.total())
c2.update("zzz")
print(sorted(c2.elements()))
print(Counter({"x": 3}) == Counter({"x": 3, "y": 0}), repr(Counter()))
print(c3["missing"], "missing" in c3)

d = deque(range(10), maxlen=7)
print(d)
d.rotate(3)
print(d)
d.rotate(-5)
print(d, d.maxlen)
d.appendleft(-1)
d.extend([100, 200])
print(d, d.count(200), d.index(100))
d.extendleft("ab")
print(d, d.pop(), d.popleft())
d2 = deque()
try:
    d2.pop()
except IndexError as e:
    print("IndexError:", e)
print(deque("xyz")[1], deque([1, 2]) + deque([3]), deque([1, 2]) * 2)
d3 = deque([1, 2, 3, 2])
d3.remove(2)
d3.reverse()
print(d3, list(reversed(d3)), len(d3))

graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e")]:
    graph[a].append(b)
print(dict(graph), graph["zz"], len(graph))
nested = defaultdict(lambda: defaultdict(int))
for w in words:
    nested[w[0]][len(w)] += 1
print({k: dict(v) for k, v in sorted(nested.items())})
print(repr(defaultdict(int, {"a": 1})))

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("d", last=False)
print(od, list(od))
print(od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))

Point = namedtuple("Point", "x y z", defaults=[0])
p = Point(1, 2)
print(p, p._replace(z=9), p._asdict(), Point._fields, Point._field_defaults)
print(Point._make([4, 5, 6]), p.x + p.y, p[::-1], *p)
x, y, z = p
print(x, y, z, p == (1, 2, 0), hash(p) == hash((1, 2, 0)))
Emp = namedtuple("Emp", ["name", "class", "def"], rename=True)
print(Emp._fields)
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4})["c"])

data = sorted([("fruit", "apple"), ("veg", "carrot"), ("fruit", "banana"), ("nut", "pecan"), ("veg", "leek")])
for key, grp in it.groupby(data, key=operator.itemgetter(0)):
    print(key, [g[1] for g in grp])
print([(k, len(list(g))) for k, g in it.groupby("aaabccddddde")])
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4)))))
print(list(it.permutations("abc", 2)))
print(list(it.combinations_with_replacement("xyz", 2)))
print(list(it.combinations(range(5), 3))[:4])
print(list(it.islice(it.count(10, 5), 3, 8, 2)), list(it.islice("abcdefg", 4)))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.pairwise("abcde")), list(it.pairwise([1])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(it.chain.from_iterable(["ab", "cd"])), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.takewhile(lambda v: v < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda v: v < 4, [1, 3, 5, 2])))
print(list(it.filterfalse(str.isdigit, "a1b2c3")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.repeat("x", 3)), list(it.islice(it.cycle("ab"), 5)))
print(functools.reduce(operator.add, range(10), 100))


def cmp(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(words, key=functools.cmp_to_key(cmp))[:8])
print(sorted(["b", "A", "c", "B"], key=str.lower), sorted(["b", "A", "c", "B"]))
print(sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True))
print(max(words, key=len), min(words, key=len), max([], default="empty"))
print(sorted(c, key=c.get, reverse=True)[:3])


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
p2 = functools.partial(int, base=2)
print(p2("1011"), p2.func, p2.keywords)


@functools.total_ordering
class Ver:
    def __init__(self, s):
        self.t = tuple(map(int, s.split(".")))

    def __eq__(self, o):
        return self.t == o.t

    def __lt__(self, o):
        return self.t < o.t

    def __repr__(self):
        return "Ver(%s)" % ".".join(map(str, self.t))


vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs), Ver("1.0") >= Ver("0.9"), Ver("1.0") <= Ver("0.9"))
