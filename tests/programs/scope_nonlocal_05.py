# nonlocal counters, generators of closures, class-based vs closure-based state
def make_bank(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("d", x))
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        history.append(("w", x))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report
dep, wd, rep = make_bank(100)
print(dep(50), wd(30), wd(500), dep(5), rep())
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a += 100
            return a
        return inner()
    r = mid()
    return r, a
print(outer())
def make_ids(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return f"{prefix}-{n:03d}"
    return next_id
u, o = make_ids("user"), make_ids("order")
print(u(), u(), o(), u(), o())
def fib_gen_closure():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
s = fib_gen_closure()
print([s() for _ in range(12)])
def loop_closures():
    out = []
    for i in range(3):
        def f(i=i):
            return i
        out.append(f)
    j = 0
    def g():
        return j
    j = 99
    return [f() for f in out], g()
print(loop_closures())
total = 0
def add_global(x):
    global total
    total += x
    def nested():
        global total
        total *= 2
    nested()
    return total
print(add_global(1), add_global(2), total)
def counter_factory():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return count
cnt = counter_factory()
print([cnt(k) for k in "abacab"])
