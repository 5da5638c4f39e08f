# coroutine-style generators: pipelines driven by send, throw to reset, close for cleanup
def coroutine(f):
    def start(*a, **k):
        g = f(*a, **k)
        next(g)
        return g
    return start
@coroutine
def printer(prefix):
    try:
        while True:
            item = yield
            print(prefix, item)
    except GeneratorExit:
        print(prefix, "closed")
@coroutine
def filt(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
@coroutine
def mapper(f, target):
    while True:
        target.send(f((yield)))
sink = printer("out:")
pipe = filt(lambda x: x % 3 == 0, mapper(lambda x: x * x, sink))
for i in range(10):
    pipe.send(i)
sink.close()
class Reset(Exception):
    pass
@coroutine
def counter():
    n = 0
    while True:
        try:
            cmd = yield n
            n += 1 if cmd is None else cmd
        except Reset:
            n = 0
c = counter()
print(c.send(None), c.send(5), c.send(None), c.throw(Reset), c.send(2))
c.close()
@coroutine
def grep(pattern, results):
    while True:
        line = yield
        if pattern in line:
            results.append(line)
res = []
g = grep("py", res)
for line in ["python", "ruby", "pypy", "rust", "cpython"]:
    g.send(line)
print(res)
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
a, b = [], []
@coroutine
def collect(lst):
    while True:
        lst.append((yield))
bc = broadcast([collect(a), collect(b)])
next(bc)
for x in "xyz":
    bc.send(x)
print(a, b)
def gen_with_return():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total * 100
        total += x
gr = gen_with_return()
next(gr)
gr.send(1); gr.send(2)
try:
    gr.send(None)
except StopIteration as e:
    print("final", e.value)
print(gr.send.__name__, type(gr).__name__)
