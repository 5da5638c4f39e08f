import itertools as it
import functools as ft
import operator


@ft.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @ft.cached_property
    def area(self):
        self.computed += 1
        return round(3.14159 * self.r ** 2, 3)


@ft.singledispatch
def show(x):
    return f"object:{x!r}"


@show.register
def _(x: int):
    return f"int:{x}"


@show.register(list)
def _(x):
    return "list:" + ",".join(show(i) for i in x)


@show.register(float)
@show.register(complex)
def _(x):
    return f"num:{x}"


@ft.lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@ft.lru_cache(maxsize=None)
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


def main():
    data = "aaabccddddeaa"
    print([(k, len(list(g))) for k, g in it.groupby(data)])
    words = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "kiwi"], key=lambda w: w[0])
    for k, g in it.groupby(words, key=lambda w: w[0]):
        print(k, list(g))
    print(list(it.accumulate([1, 2, 3, 4, 5])))
    print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
    print(list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
    print(list(it.pairwise("abcde")))
    print(list(it.product("ab", range(2))))
    print(len(list(it.product(range(3), repeat=3))))
    print(list(it.permutations("abc", 2)))
    print(list(it.combinations(range(5), 3))[:4])
    print(list(it.combinations_with_replacement("xy", 3)))
    print(list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefgh", 1, 7, 2)))
    print(list(it.chain.from_iterable([[1, 2], (3,), "ab"])))
    print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
    print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
    print(list(it.filterfalse(None, [0, 1, "", "x", None, []])))
    print(list(it.starmap(pow, [(2, 3), (3, 2), (10, -1)])))
    print(list(it.zip_longest("abc", [1], fillvalue="-")))
    a, b = it.tee(iter([1, 2, 3]))
    print(list(a), list(b))
    print(list(it.repeat("z", 3)), list(it.islice(it.cycle([1, 2]), 5)))
    print(ft.reduce(operator.add, range(10)), ft.reduce(lambda a, b: a * b, [], 1))
    try:
        ft.reduce(operator.add, [])
    except TypeError as e:
        print("TypeError:", e)
    base2 = ft.partial(int, base=2)
    print(base2("1011"), base2("11", base=3), base2.func is int, base2.args, base2.keywords)
    p2 = ft.partial(ft.partial(max, 5), 7)
    print(p2(1), p2.args)
    print(repr(ft.partial(max, 1, key=abs)))
    print(fib(30), fib.cache_info())
    fib.cache_clear()
    print(fib.cache_info())
    print(ways(50, (25, 10, 5, 1)), ways.cache_info().hits > 0)
    vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
    print(sorted(vs), max(vs), Version("1.2") <= Version("1.2"), Version("2") >= Version("1.99"))
    print(Version("1.0") > Version("0.1"), Version("1") != Version("1"))
    try:
        Version("1") < 3
    except TypeError as e:
        print("TypeError:", e)
    c = Circle(2)
    print(c.area, c.area, c.computed, "area" in vars(c))
    del c.area
    print(c.area, c.computed)
    print(show(3), show(2.5), show([1, [2.0, "s"]]), show("s"), show(True), show(1j))
    print(show.dispatch(bool).__name__, sorted(t.__name__ for t in show.registry))
    print(sorted(["b", "A", "c", "B"], key=ft.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))

    @ft.wraps(fib)
    def wrapper(*args):
        return fib(*args)
    print(wrapper.__name__, wrapper.__wrapped__ is fib)
    print(list(map(operator.itemgetter(1, 0), [(1, 2), (3, 4)])), operator.attrgetter("real", "imag")(3 + 4j))
    print(operator.methodcaller("split", ",", 1)("a,b,c"))
    print(list(it.batched(range(5), 2)) if hasattr(it, "batched") else "no batched")


main()
