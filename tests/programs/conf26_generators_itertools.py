import itertools as it, functools, operator, collections

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(it.islice(fib(), 15)))
print(list(it.takewhile(lambda x: x < 50, fib())))
print(list(it.dropwhile(lambda x: x < 50, it.islice(fib(), 13))))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5], max, initial=2)))
print(list(it.chain.from_iterable([[1, 2], (3,), "ab"])))
print(list(it.combinations("ABCD", 2)))
print(list(it.combinations_with_replacement([1, 2, 3], 2)))
print(list(it.permutations(range(3))))
print(list(it.product("ab", repeat=2)))
print([(k, list(g)) for k, g in it.groupby(sorted("mississippi"))])
print(list(it.zip_longest("abc", [1, 2], fillvalue="-")))
print(list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.pairwise([1, 2, 4, 7])))
c = it.count(10, 2.5)
print([next(c) for _ in range(4)], c)
cy = it.cycle("xy")
print([next(cy) for _ in range(5)])
print(list(it.repeat("q", 3)), it.repeat(1, 2))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]))

def gen_with_return():
    x = yield 1
    print("got", x)
    y = yield 2
    print("got", y)
    return "done"

g = gen_with_return()
print(next(g))
print(g.send("A"))
try:
    g.send("B")
except StopIteration as e:
    print("stop", e.value)

def delegator():
    r = yield from gen_with_return()
    print("delegated result", r)
    yield from range(2)

print(list(delegator()))

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = closer()
next(g)
g.close()
print(g.gi_frame is None)

def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
t = thrower(); next(t); t.throw(ValueError("boom")); t.throw(ValueError("bam"))
gen = (x * x for x in range(5) if x % 2 == 0)
print(gen.__name__, list(gen), list(gen))
print(sum(x for x in range(101)))
print(dict(zip("abc", it.count())))
squares = {n: n * n for n in range(6) if n}
print(squares, {v for v in "hello"} == set("helo"))
nested = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(nested, [x for row in nested for x in row if x % 2])
print(sorted(collections.Counter("abracadabra").items(), key=lambda kv: (-kv[1], kv[0])))
