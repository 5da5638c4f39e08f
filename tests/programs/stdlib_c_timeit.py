import timeit


class FakeClock:
    """A timer that advances by one 'second' per call: results are exact."""
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        self.t += 1.0
        return self.t


counter = {"n": 0}


def bump():
    counter["n"] += 1


print(timeit.timeit(bump, number=7, timer=FakeClock()), counter["n"])
print(timeit.repeat(bump, repeat=3, number=5, timer=FakeClock()), counter["n"])
t = timeit.Timer("acc.append(x * 2)", setup="acc = []; x = 21", timer=FakeClock())
print(t.timeit(number=10), t.repeat(2, 3))
g = {"data": []}
timeit.timeit("data.append(len(data))", number=4, globals=g)
print(g["data"])
timeit.timeit("data.append(i)\ndata.append(-i)", setup="i = 5", number=2, globals=g)
print(g["data"])
t = timeit.Timer(bump, setup=lambda: counter.__setitem__("n", 100), timer=FakeClock())
print(t.timeit(number=3), counter["n"])
calls = []
t = timeit.Timer("pass", timer=FakeClock())
print(t.autorange(lambda number, taken: calls.append((number, taken))), calls)
print(timeit.default_timer is __import__("time").perf_counter)
r = timeit.timeit("sum(range(10))", number=100)
print(type(r).__name__, r >= 0)
for bad in [dict(stmt=5), dict(setup=5)]:
    try:
        timeit.Timer(**bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    timeit.Timer("x = ")
except SyntaxError as e:
    print("SyntaxError")
try:
    timeit.timeit("1/0", number=1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
