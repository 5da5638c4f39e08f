from collections import Counter, defaultdict, OrderedDict, deque, ChainMap
import itertools, functools, operator, heapq, bisect
d = {"b": 2, "a": 1}
d["c"] = 3; del d["b"]; d["b"] = 4
print(d, list(d), list(d.items()), d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.pop("a"), d.pop("zz", None), len(d))
print(d | {"x": 1}, {**d, "c": 0}, dict.fromkeys("ab", 0), dict(zip("xy", range(2))), dict([("k", 1)], j=2))
d2 = dict(d); d2 |= {"q": 9}; print(d2, d2 == d, d.keys() & {"c", "zz"}, d.keys() | {"n"} == {"c", "b", "e", "n"}, sorted(d.keys() - {"c"}), "c" in d.keys(), 3 in d.values())
print(sorted(d.items(), key=lambda kv: -kv[1]), max(d, key=d.get), min(d.values()), list(reversed(d)))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    {}.pop("x")
except KeyError as e:
    print("KeyError", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
s = {3, 1, 2}
s.add(5); s.discard(9); s.remove(1)
print(sorted(s), s | {9}, s & {2, 3}, s - {2}, s ^ {3, 7}, s <= {2, 3, 5, 8}, s < s, s.isdisjoint({100}), frozenset(s) == s, {1, 2} == frozenset({1, 2}))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
try:
    s | [1]
except TypeError as e:
    print("TypeError:", e)
print(s.union([10], (11,)), s.intersection(range(4)), s.difference({2}, {3}), s.symmetric_difference([5, 6]), s.issubset(range(10)), s.issuperset([2]))
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})), set("aab") == {"a", "b"}, sorted(frozenset("hello")))
l = [5, 3, 8, 1, 9, 2]
l.sort(); print(l); l.sort(reverse=True); print(l)
l.insert(0, 7); l.insert(100, 0); l.insert(-1, 4); print(l, l.index(8), l.count(7))
l.extend(range(2)); l += [6]; l *= 1; print(l, l[::-2], l[-3:], l[1:-1:3])
l[1:3] = ["a", "b", "c"]; print(l)
l[::2] = list(range(len(l[::2]))); print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del l[::3]; print(l)
try:
    l.index(999)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    l[100] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    [3, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
recs = [("bob", 3), ("amy", 3), ("cat", 1), ("dan", 2), ("eve", 1)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True), sorted(recs, key=operator.itemgetter(1, 0)))
a = [1, 2]; a.append(a); print(a, repr(a)); dd = {}; dd["self"] = dd; print(dd)
c = Counter("mississippi")
print(c, c.most_common(2), c["s"], c["z"], sorted(c.elements()), c + Counter("ss"), c - Counter("iiii"), c & Counter("sp"), c | Counter("zz"), c.total())
c.update("ab"); c.subtract({"a": 5}); print(c, +c, -c)
dl = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dl[k].append(v)
print(dl, dict(dl), dl["zz"], defaultdict(int, {"x": 1}))
od = OrderedDict.fromkeys("abc"); od.move_to_end("a"); od.popitem(last=False); print(od, list(od))
dq = deque([1, 2, 3], maxlen=4); dq.appendleft(0); dq.append(4); dq.rotate(1); print(dq, dq.popleft(), dq.pop(), dq, dq.maxlen, list(reversed(dq)))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"z": 0}))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)), list(itertools.chain("ab", [1])), list(itertools.chain.from_iterable(["xy", "z"])))
print(list(itertools.combinations("abcd", 2)), list(itertools.permutations([1, 2, 3], 2))[:4], list(itertools.product("ab", repeat=2)), list(itertools.combinations_with_replacement("ab", 2)))
print([(k, list(g)) for k, g in itertools.groupby("aabbbcaa")], list(itertools.compress("abcdef", [1, 0, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 4, 1])), list(itertools.filterfalse(None, [0, 1, 2, 0])))
print(list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat("x", 3)), list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.zip_longest("ab", [1], fillvalue="-")), list(itertools.pairwise("abcd")))
t1, t2 = itertools.tee(iter([1, 2, 3])); print(list(t1), list(t2))
print(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(lambda a, b: a * b, [], 1), functools.partial(int, base=2)("101"), functools.partial(max, 5)(3))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.cache
def sq(x): return x * x
print(sq(4), sq(4), sq.cache_info().hits)
@functools.singledispatch
def show(x): return f"obj {x}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
h = [5, 1, 8, 3]; heapq.heapify(h); heapq.heappush(h, 0); print(h, heapq.heappop(h), heapq.nlargest(2, h), heapq.nsmallest(2, h, key=lambda x: -x), list(heapq.merge([1, 4], [2, 3])))
b = [1, 3, 3, 7]; print(bisect.bisect_left(b, 3), bisect.bisect_right(b, 3), bisect.bisect(b, 10)); bisect.insort(b, 5); print(b)
print(operator.attrgetter("real")(3 + 4j), operator.methodcaller("upper")("x"), operator.add(1, 2), operator.neg(5), operator.contains([1], 1), operator.getitem("abc", 1))
print(list(map(str.upper, ["a", "b"])), list(filter(lambda x: x % 2, range(7))), list(zip("abc", range(5))), list(enumerate("xy", start=10)), any([]), all([]), any(x > 2 for x in [1, 3]))
print(tuple(range(10, 0, -3)), range(5)[-1], range(0, 10, 2)[1:3], len(range(0, -10, -3)), 4 in range(0, 10, 2), range(3) == range(0, 3), list(range(5))[::-1], range(1, 10).index(5), range(2, 8, 3).count(5))
print([x for x in range(3) for y in range(x)], {x: x * x for x in range(4)}, {x % 3 for x in range(10)}, [[j for j in range(i)] for i in range(3)], list(x for x in "ab"))
