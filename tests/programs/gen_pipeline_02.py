# generator pipelines, lazy evaluation, itertools-like helpers written by hand
def read_lines():
    data = """# comment
alpha,3,1.5
beta,10,0.25

gamma,7,2.0
# another
delta,1,100.0"""
    for line in data.splitlines():
        yield line
def non_blank(lines):
    for l in lines:
        if l.strip() and not l.startswith("#"):
            yield l
def parse(lines):
    for l in lines:
        name, qty, price = l.split(",")
        yield name, int(qty), float(price)
def totals(rows):
    for name, q, p in rows:
        yield name, q * p
for name, t in totals(parse(non_blank(read_lines()))):
    print(f"{name:8} {t:8.2f}")
print(sum(t for _, t in totals(parse(non_blank(read_lines())))))
def my_zip(*its):
    its = [iter(i) for i in its]
    while True:
        out = []
        for i in its:
            try:
                out.append(next(i))
            except StopIteration:
                return
        yield tuple(out)
print(list(my_zip("abc", range(10), [True, False, None, 1])))
def my_enumerate(it, start=0):
    n = start
    for x in it:
        yield n, x
        n += 1
print(list(my_enumerate("xyz", 5)))
def my_islice(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:15], len(list(collatz(27))), max(collatz(27)))
print(list(my_islice(collatz(97), 8)))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(7), 3)))
def moving_avg(it, n):
    for w in window(it, n):
        yield sum(w) / n
print([round(v, 3) for v in moving_avg([1, 5, 2, 8, 3, 9, 4], 3)])
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
g = (x for x in range(3))
print(list(g), list(g), sum(x for x in []))
def unique(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique([3, 1, 3, 2, 1, 5, 2])), "".join(unique("mississippi")))
