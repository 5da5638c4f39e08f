# sort stability, keys, reverse with stability, sorting tuples and objects
recs = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "SF"), ("dave", 30, "NY"), ("eve", 22, "LA"), ("frank", 25, "LA")]
print(sorted(recs))
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: (r[2], -r[1], r[0])))
s1 = sorted(recs, key=lambda r: r[0])
s2 = sorted(s1, key=lambda r: r[2])
print(s2)
from operator import itemgetter
print(sorted(recs, key=itemgetter(2, 0)))
print([r[0] for r in sorted(recs, key=itemgetter(1), reverse=True)])
class Item:
    def __init__(self, name, w):
        self.name, self.w = name, w
    def __lt__(self, other):
        return self.w < other.w
    def __repr__(self):
        return f"Item({self.name!r}, {self.w})"
items = [Item("a", 3), Item("b", 1), Item("c", 2), Item("d", 1)]
print(sorted(items))
print(sorted(items, reverse=True))
print(max(items), min(items))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
nums = [5, -3, 2, -8, 7, 0, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=lambda n: (n < 0, abs(n))))
print(sorted("Hello World"), sorted("Hello World", key=str.lower), sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({3: "c", 1: "a"}.items()), sorted([(1, "b"), (1, "a"), (0, "z")]))
big = [(i * 7919) % 1009 for i in range(200)]
big.sort()
print(big[:10], big[-10:], big == sorted(big), len(big))
lst = [3, 1, 2]
print(sorted(lst, reverse=True), lst, list(reversed(sorted(lst))))
print(sorted([[2, 1], [1, 2], [1], [], [2]]), sorted([(1, 2.5), (1, 2), (0.5, 9)]))
print(sorted([True, False, 0, 1, -1]), sorted([2.5, 1, 3 ** 0.5]))
