# list.sort of objects with key=lambda / attrgetter, sorted with reverse.
import operator, random
random.seed(7)
class Item:
    def __init__(self, a, b, name):
        self.a = a; self.b = b; self.name = name
items = [Item(random.random(), random.randrange(1000), "n%d" % random.randrange(10000)) for i in range(20000)]
tot = 0
for rep in range(6):
    s1 = sorted(items, key=lambda o: o.a)
    s2 = sorted(items, key=operator.attrgetter("b"), reverse=True)
    s3 = sorted(items, key=lambda o: (o.b, o.name))
    tot += s1[0].b + s2[0].b + s3[-1].b
print(tot)
