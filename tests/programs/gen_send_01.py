# generator send / throw / close
def echo():
    print("  started")
    received = None
    while True:
        try:
            received = yield f"echo:{received}"
        except ValueError as e:
            print("  caught inside:", e)
            received = "after-error"
        except GeneratorExit:
            print("  generator closing")
            raise
g = echo()
print(next(g))
print(g.send("hello"))
print(g.send(42))
print(g.throw(ValueError("boom")))
print(g.send("again"))
g.close()
print("closed")
try:
    g.send("x")
except StopIteration:
    print("StopIteration after close")
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return (count, avg)
a = averager()
next(a)
for v in [10, 20, 30, 45]:
    print("avg", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
g2 = echo()
try:
    g2.send("not started")
except TypeError as e:
    print("TypeError:", e)
def unhandled():
    yield 1
    yield 2
g3 = unhandled()
next(g3)
try:
    g3.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(g3))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup in closer")
c = closer()
print(next(c))
c.close()
c.close()
print("closed twice ok")
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def running_max():
    m = None
    while True:
        x = yield m
        m = x if m is None or x > m else m
rm = running_max()
next(rm)
print([rm.send(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]])
def throw_return():
    try:
        yield 1
    except ValueError:
        return "handled and returned"
tr = throw_return()
next(tr)
try:
    tr.throw(ValueError)
except StopIteration as e:
    print("StopIteration value:", e.value)
