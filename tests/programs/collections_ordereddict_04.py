# collections.OrderedDict and ChainMap
from collections import OrderedDict, ChainMap
od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.items()))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
od.update([("x", 10), ("y", 20)])
od["a"] = 100
print(od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.d = OrderedDict()
    def get(self, k):
        if k not in self.d:
            return -1
        self.d.move_to_end(k)
        return self.d[k]
    def put(self, k, v):
        if k in self.d:
            self.d.move_to_end(k)
        self.d[k] = v
        if len(self.d) > self.cap:
            self.d.popitem(last=False)
lru = LRU(2)
lru.put(1, 1); lru.put(2, 2)
print(lru.get(1))
lru.put(3, 3)
print(lru.get(2))
lru.put(4, 4)
print(lru.get(1), lru.get(3), lru.get(4), list(lru.d.items()))
print(list(reversed(od)), od.copy(), OrderedDict.fromkeys("xyz", 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
defaults = {"color": "red", "size": "M", "qty": 1}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["size"], cm["color"], len(cm), sorted(cm), dict(cm) == {"color": "red", "size": "L", "qty": 1})
cm["qty"] = 5
print(user, defaults)
child = cm.new_child({"color": "blue"})
print(child["color"], child["size"], child.parents["color"], len(child.maps))
