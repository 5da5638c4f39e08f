# Generator pipelines, yield from, generator expressions with sum/any.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
def chain2(a, b):
    yield from a
    yield from b
tot = 0
for rep in range(10):
    tot += sum(squares(evens(count(100000))))
    tot += sum(x for x in chain2(range(50000), range(50000)) if x & 1)
    tot += any(x > 10**9 for x in count(50000))
print(tot)
