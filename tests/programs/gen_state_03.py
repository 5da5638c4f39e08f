# generator state: gi_running-free introspection, reuse, exhaustion, generators in classes
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        n = 1
        while n <= self.start:
            yield n
            n += 1
c = Countdown(4)
print(list(c), list(c), list(reversed(c)), sum(c), 3 in c, 7 in c)
it = iter(c)
print(next(it), next(it), list(it))
class Tree:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right
    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.v
        if self.right:
            yield from self.right.inorder()
    def preorder(self):
        yield self.v
        for ch in (self.left, self.right):
            if ch:
                yield from ch.preorder()
t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7)))
print(list(t.inorder()), list(t.preorder()))
def interleave(a, b):
    ia, ib = iter(a), iter(b)
    while True:
        try:
            yield next(ia)
        except StopIteration:
            yield from ib
            return
        try:
            yield next(ib)
        except StopIteration:
            yield from ia
            return
print(list(interleave([1, 2, 3, 4], "ab")), list(interleave("x", range(4))))
def stateful():
    state = "A"
    while True:
        cmd = yield state
        if cmd == "toggle":
            state = "B" if state == "A" else "A"
        elif cmd == "reset":
            state = "A"
sm = stateful()
print(next(sm), sm.send("toggle"), sm.send("toggle"), sm.send("toggle"), sm.send("reset"), sm.send(None))
def g():
    yield 1
gen = g()
print(gen.gi_frame is not None, list(gen), gen.gi_frame)
def lazy_squares(n):
    for i in range(n):
        yield i * i
ls = lazy_squares(5)
print(next(ls), next(ls), [x for x in ls], next(ls, "exhausted"))
def raiser():
    yield 1
    raise ValueError("inside generator")
try:
    for v in raiser():
        print("got", v)
except ValueError as e:
    print("ValueError:", e)
def stopper():
    yield 1
    raise StopIteration
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e)
