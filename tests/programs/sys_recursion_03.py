# recursion limit: RecursionError caught, then raised limit for a 3000-deep recursion
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("caught", type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
print(depth(500))
sys.setrecursionlimit(10000)
print(sys.getrecursionlimit())
print(depth(3000))
def sum_list(xs, i=0):
    if i == len(xs):
        return 0
    return xs[i] + sum_list(xs, i + 1)
print(sum_list(list(range(3000))))
try:
    infinite(0)
except RecursionError:
    print("caught again with higher limit")
def mutual_a(n):
    return "done" if n == 0 else mutual_b(n - 1)
def mutual_b(n):
    return mutual_a(n)
print(mutual_a(2500))
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
head = None
for _ in range(2000):
    head = Node(head)
print(head.length())
print("recovered fine:", depth(10))
