# copy.deepcopy of nested containers and small objects.
import copy
class P:
    def __init__(self, a, b):
        self.a = a; self.b = b
data = {"k%d" % i: [i, (i, str(i)), {"x": [1, 2, {"y": i}]}, P(i, [i] * 3)] for i in range(100)}
n = 0
for i in range(60):
    d = copy.deepcopy(data)
    n += len(d)
print(n)
