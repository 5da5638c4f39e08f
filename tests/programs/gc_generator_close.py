"""Generators dropped while suspended inside try/with blocks are closed (their finally
clauses and __exit__ methods run), as CPython's generator finalizer does: at `del`, at
gc.collect(), and at exit; failures are reported as unraisable."""
import contextlib
import gc
import sys
import threading


def reached(where):
    # Progress on stderr (not compared; unbuffered): a run killed by the test harness's
    # timeout shows in its stderr tail how far it got.
    print("reached:", where, file=sys.stderr, flush=True)


def gen(name, log):
    try:
        yield 1
        yield 2
    finally:
        log.append("cleanup " + name)


log = []
for x in gen("loop", log):
    break
print(log)

g = gen("del", log)
next(g)
del g
print(log)


def bad():
    try:
        yield 1
    finally:
        raise ValueError("boom in finally")


b = bad()
next(b)
del b
print("after bad")


def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring GeneratorExit")


s = stubborn()
next(s)
del s
print("after stubborn")

lock = threading.Lock()


def locked():
    with lock:
        yield 1
        yield 2


def take_one():
    g = locked()
    return next(g)


reached("take_one")
print(take_one())
gc.collect()
print("lock held after collect:", lock.locked())
reached("counters")


def counter(out):
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        out.append(n)


done = []
for i in range(4):
    c = counter(done)
    for _ in range(i + 1):
        next(c)
    del c
print("counters closed at", done)

# Finished generators are not closed again; unstarted ones run nothing.
fin = []
f = gen("finished", fin)
print(list(f), fin)
del f
u = gen("unstarted", fin)
del u
print(fin)


# contextmanager generators finish normally; the ones abandoned inside are closed.
@contextlib.contextmanager
def tag(name, out):
    out.append("<" + name + ">")
    try:
        yield name
    finally:
        out.append("</" + name + ">")


html = []
with tag("p", html):
    with tag("b", html):
        html.append("text")
print("".join(html))


def enter_only():
    cm = tag("i", html)
    cm.__enter__()


enter_only()
gc.collect()  # the context manager object held the generator
print("".join(html))

# Many threads drop many suspended generators: every one is closed once.
closed = []
closed_lock = threading.Lock()


def tracked(i):
    try:
        yield i
        yield i + 1
    finally:
        with closed_lock:
            closed.append(i)


def worker(base):
    for i in range(base, base + 2000):
        t = tracked(i)
        next(t)
        if i % 2 == 0:
            next(t)


reached("threads")
threads = [threading.Thread(target=worker, args=(k * 2000,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
print("closed", len(closed), "distinct", len(set(closed)), "sum", sum(closed))

reached("exit")

last = gen("at exit", log)
next(last)


def report():
    print("atexit sees", log[-1])


import atexit
atexit.register(report)
print("end of module")
