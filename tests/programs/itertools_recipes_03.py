# itertools recipes
import itertools as it
import operator
def take(n, iterable):
    return list(it.islice(iterable, n))
def tabulate(f, start=0):
    return map(f, it.count(start))
def nth(iterable, n, default=None):
    return next(it.islice(iterable, n, None), default)
def all_equal(iterable):
    g = it.groupby(iterable)
    return next(g, True) and not next(g, False)
def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))
def ncycles(iterable, n):
    return it.chain.from_iterable(it.repeat(tuple(iterable), n))
def dotproduct(v1, v2):
    return sum(map(operator.mul, v1, v2))
def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))
def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return list(it.filterfalse(pred, t1)), list(filter(pred, t2))
def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element
def sliding_window(iterable, n):
    itr = iter(iterable)
    window = list(it.islice(itr, n))
    if len(window) == n:
        yield tuple(window)
    for x in itr:
        window = window[1:] + [x]
        yield tuple(window)
def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)
def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
print(take(5, tabulate(lambda x: x * x)))
print(nth(range(10), 3), nth(range(3), 10, "dflt"))
print(all_equal("aaaa"), all_equal("aaba"), all_equal(""))
print(quantify([1, 0, 2, 0, 3]), quantify(range(10), lambda x: x > 6))
print(list(ncycles("ab", 3)), dotproduct([1, 2, 3], [4, 5, 6]), list(flatten([[1, 2], [3], []])))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
print(partition(lambda x: x % 2, range(10)))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(sliding_window("ABCDEFG", 4)))
print(first_true([0, None, "", 7, 9]), first_true([], "none"), first_true(range(10), pred=lambda x: x > 4))
print(list(powerset("abc")))
print(list(it.accumulate(range(1, 6), operator.mul)), list(it.starmap(operator.sub, [(5, 3), (10, 1)])))
print(list(it.islice(it.cycle(range(3)), 2, 10)))
running = list(it.accumulate([5, -3, 8, -10, 4], lambda acc, x: max(0, acc + x)))
print(running)
