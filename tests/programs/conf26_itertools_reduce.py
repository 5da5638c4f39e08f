import copy, pickle, itertools as it


def shape(v):
    """A reduce value with iterators named by type (their reprs carry addresses)."""
    if isinstance(v, type):
        return v.__name__
    if callable(v) and hasattr(v, "__name__"):
        return v.__name__
    if isinstance(v, tuple):
        return tuple(shape(x) for x in v)
    if isinstance(v, list):
        return [shape(x) for x in v]
    if hasattr(v, "__next__"):
        return "<" + type(v).__name__ + ">"
    return v


def below5(x):
    return x < 5


def below3(x):
    return x < 3


def check(label, make, advance):
    a = make()
    for _ in range(advance):
        next(a, None)
    print(label, shape(a.__reduce__()))
    c = copy.deepcopy(a)
    p = pickle.loads(pickle.dumps(a))
    rest_c = list(it.islice(c, 8))
    rest_p = list(it.islice(p, 8))
    rest_a = list(it.islice(a, 8))
    print("  deepcopy", rest_c, "pickle", rest_p, "original", rest_a)


check("cycle", lambda: it.cycle("abc"), 2)
check("cycle done", lambda: it.cycle("ab"), 5)
check("repeat", lambda: it.repeat("x", 4), 1)
check("repeat forever", lambda: it.repeat(0), 1)
check("chain", lambda: it.chain([1, 2], [3], [4, 5]), 2)
check("chain fresh", lambda: it.chain("ab", "c"), 0)
check("islice", lambda: it.islice(range(20), 2, 15, 3), 2)
check("islice open", lambda: it.islice(it.count(), 1, None), 3)
check("accumulate", lambda: it.accumulate([1, 2, 3, 4]), 2)
check("accumulate initial", lambda: it.accumulate([1, 2], initial=10), 0)
check("zip_longest", lambda: it.zip_longest("ab", "wxyz", fillvalue="-"), 3)
check("starmap", lambda: it.starmap(pow, [(2, 3), (3, 2), (4, 1)]), 1)
check("takewhile", lambda: it.takewhile(below5, range(10)), 2)
check("dropwhile", lambda: it.dropwhile(below3, range(6)), 1)
check("filterfalse", lambda: it.filterfalse(None, [0, 1, 0, 2, 3]), 1)
check("compress", lambda: it.compress("abcdef", [1, 0, 1, 1, 0, 1]), 1)
check("product", lambda: it.product("ab", [1, 2]), 1)
check("product repeat", lambda: it.product(range(2), repeat=3), 3)
check("permutations", lambda: it.permutations("abc", 2), 2)
check("combinations", lambda: it.combinations(range(5), 3), 4)
check("cwr", lambda: it.combinations_with_replacement("xyz", 2), 2)
check("product done", lambda: it.product("a"), 3)
g = it.groupby("aaabbc")
next(g)
print("groupby", shape(g.__reduce__()))
print([(k, list(v)) for k, v in copy.deepcopy(g)], [k for k, _ in g])
c = it.cycle([1, 2])
c.__setstate__(([7, 8, 9], True))
print(list(it.islice(c, 6)))
i = iter(range(5))
print(list(copy.copy(enumerate(i, 10))), list(i))
try:
    copy.copy(it.pairwise([1, 2, 3]))
except TypeError as e:
    print("pairwise", e)
