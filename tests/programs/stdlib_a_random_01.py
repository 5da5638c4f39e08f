# random: bit-exact sequences for every method, seeds of each type, state, subclassing
import random
r = random.Random(5)
st = r.getstate()
print(st[0], len(st[1]), st[2], st[1][-1])
for e in ["random.seed(1.5)", "random.seed([1])", "random.seed(1, version=3)", "random.randrange(1.5)", "random.randrange(2.0)", "random.randrange(0)", "random.randrange(5, 2)", "random.randrange(1, 10, 0)", "random.randrange(10, step=2)", "random.choice([])", "random.sample({1,2},1)", "random.sample([1,2],3)", "random.getrandbits(-1)", "random.getrandbits(1.5)", "random.Random(1,2)", "random.choices([1,2], [1], k=2)", "random.choices([1,2], [1,2], cum_weights=[1,2])", "random.setstate((9,(),None))", "random.shuffle((1,2))", "random.randint(1.5, 3)", "random.expovariate(0)", "random.sample(range(10), k=-1)"]:
    try: print(e, eval(e))
    except BaseException as x: print(e, type(x).__name__, x)
for s in [0, 1, -1, 2**64, "hello", b"hello", bytearray(b"x"), 3.25, None]:
    random.seed(s)
    if s is not None: print(s, random.random(), random.randrange(10**30), random.getrandbits(70))
random.seed("abc", version=1); print(random.random())
random.seed(b"abc", version=1); print(random.random())
random.seed(7)
print(random.sample(range(10**6), 5), random.sample("abcdefgh", 3), random.sample(["x","y"], counts=[3, 2], k=4))
print(random.choices(range(5), cum_weights=[1, 1, 5, 6, 10], k=8))
print(random.choices("ab", weights=[0.3, 0.7]), random.randbytes(5))
print([random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.gammavariate(0.5, 1), random.gammavariate(2, 3), random.gammavariate(1, 1), random.paretovariate(2), random.weibullvariate(1, 2)])
print(random.triangular(), random.triangular(1, 5), random.uniform(3, 3), random.gauss(), random.normalvariate())
s = random.getstate(); a = [random.gauss() for _ in range(3)]; random.setstate(s); print(a == [random.gauss() for _ in range(3)])
class MyR(random.Random):
    def __init__(self, x):
        super().__init__(x)
        self.tag = "mine"
m = MyR(3)
print(m.tag, m.random(), isinstance(m, random.Random), MyR.__mro__[1])
print(random.Random(3).random())
x = list(range(20)); random.Random(1).shuffle(x); print(x)
class Seq:
    def __init__(self): self.d = list("abcdef")
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
q = Seq(); random.Random(2).shuffle(q); print(q.d, random.Random(2).choice(q))
print(random.randrange(-10, 10, 3), random.randrange(10, -10, -3), random.randint(-2**70, 2**70))
