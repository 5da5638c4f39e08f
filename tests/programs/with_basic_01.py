# with statement: custom context managers, suppression, nesting, exceptions
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("suppressed!")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with CM("outer") as o, CM("inner") as i:
    print("both", o, i)
with CM("x") as x:
    with CM("y", suppress=True) as y:
        1 / 0
    print("inner suppressed, still in x")
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class Counter:
    def __init__(self):
        self.n = 0
    def __enter__(self):
        self.n += 1
        return self
    def __exit__(self, *args):
        self.n += 10
        return False
c = Counter()
with c as same:
    print(same is c, c.n)
print(c.n)
with (CM("p1") as p1,
      CM("p2") as p2):
    print("parenthesized", p1, p2)
class Bad:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with Bad():
        print("never")
except RuntimeError as e:
    print("enter error", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("exit failed")
try:
    with ExitRaises():
        raise ValueError("body")
except TypeError as e:
    print("exit error replaces:", e, "| context:", repr(e.__context__))
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
