# Random subclasses that override random() / getrandbits() / _randbelow() drive every other
# method through the override, as Lib/random.py; plain Random keeps its exact outputs.
import random


class Half(random.Random):
    def random(self):
        return 0.5


class Zero(random.Random):
    def getrandbits(self, k):
        return 0


class Counter(random.Random):
    n = 0

    def random(self):
        self.n += 1
        return (self.n * 0.37) % 1.0


class Sub(Counter):
    def getrandbits(self, k):
        self.n += 1
        return (self.n * 7919) % (1 << k) if k else 0


class Plain(random.Random):
    pass


def run(r):
    out = [r.randint(1, 10), r.randrange(10), r.randrange(3, 30, 3), r.choice("abcdef"),
           r.uniform(0, 10), r.triangular(), r.sample(range(20), 4),
           r.choices("xyz", k=3), r.choices("xyz", [1, 2, 3], k=2)]
    lst = list(range(8))
    r.shuffle(lst)
    out.append(lst)
    out.append(r.randbytes(3))
    out.append(round(r.expovariate(2.0), 12))
    return out


for cls in (Half, Zero, Counter, Sub, Plain, random.Random):
    print(cls.__name__, run(cls(42)))
print(Counter(1).gauss(), Counter(1).normalvariate())
print(Sub._randbelow is not Counter._randbelow, Plain._randbelow is random.Random._randbelow)
random.seed(7)
print(random.randint(1, 100), random.random(), random.sample(range(100), 3))
