# pickle dumps/loads of mixed structures and simple class instances.
import pickle
class Rec:
    def __init__(self, i):
        self.i = i; self.name = "rec%d" % i; self.vals = [i, i * 2.5, None, True]
data = [{"id": i, "t": (i, "x", 1.5), "rec": Rec(i), "s": {i, i + 1}} for i in range(300)]
n = 0
for i in range(40):
    for proto in (2, 4):
        s = pickle.dumps(data, proto)
        d = pickle.loads(s)
        n += len(s) + len(d)
print(n)
