# Single container operations racing on shared lists and dicts are atomic: the totals printed
# are the same whatever the interleaving (each race is a small version of a stress/ program).
import threading

T = 4


def race(body):
    start = threading.Barrier(T)
    out = [None] * T

    def run(t):
        start.wait()
        out[t] = body(t)

    ts = [threading.Thread(target=run, args=(t,)) for t in range(T)]
    for th in ts:
        th.start()
    for th in ts:
        th.join()
    return out


N = 20000

# pop() / pop(0) racing: every item exactly once, only "pop from empty list"
lst = list(range(N))


def pops(t):
    got, msg = [], None
    while True:
        try:
            got.append(lst.pop(0) if t % 2 else lst.pop())
        except IndexError as e:
            return got, str(e)


res = race(pops)
print("pop:", sorted(x for got, _ in res for x in got) == list(range(N)), {m for _, m in res})

# del lst[-1] racing: exactly N successes
lst = list(range(N))


def dels(t):
    n = 0
    while True:
        try:
            del lst[-1]
        except IndexError:
            return n
        n += 1


print("del:", sum(race(dels)), lst)

# remove of own items racing: never ValueError, list ends empty
M = 4000
lst = list(range(M))
lst.reverse()


def removes(t):
    missed = 0
    for x in range(t, M, T):
        try:
            lst.remove(x)
        except ValueError:
            missed += 1
    return missed


print("remove:", sum(race(removes)), lst)

# insert(-1, x) and lst[-1] = x racing: every item kept, the last slot stays a sentinel
lst = ["end"]


def inserts(t):
    for i in range(N // T):
        lst.insert(-1, (t, i))
        lst[-1] = "end"


race(inserts)
print("insert:", len(lst), lst[-1], sorted(lst[:-1]) == sorted((t, i) for t in range(T) for i in range(N // T)))

# setdefault racing on shared keys: one winner per key
d = {}


def setdefaults(t):
    return [d.setdefault(k, t) for k in range(N)]


res = race(setdefaults)
print("setdefault:", all(len({r[k] for r in res}) == 1 and d[k] == res[0][k] for k in range(N)))

# popitem and pop racing: every key removed exactly once
d = {k: k for k in range(N)}


def popitems(t):
    got = []
    while d:
        try:
            if t % 2:
                got.append(d.popitem()[0])
            elif (v := d.pop(len(d) - 1, None)) is not None:
                got.append(v)
        except KeyError:
            pass
    return got


res = race(popitems)
keys = sorted(k for got in res for k in got)
print("popitem:", keys == list(range(N)), d)

# update from a dict racing another update: each key ends with one of the two values
d = {}
srcs = [{k: (t, k) for k in range(N)} for t in range(T)]
race(lambda t: d.update(srcs[t]))
print("update:", len(d), all(v[1] == k for k, v in d.items()))

# sort of ints racing append: nothing lost, no "list modified during sort"
lst = []
errors = []


def sort_or_append(t):
    for i in range(N // T):
        lst.append(t * N + i)
        if i % 50 == 0:
            try:
                lst.sort()
            except ValueError as e:
                errors.append(e)


race(sort_or_append)
print("sort:", len(lst), errors)
