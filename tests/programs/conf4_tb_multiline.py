# regen: full-stderr
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
def total(node):
    s = 0
    while True:
        s += node.val
        node = node.next
n = Node(1, Node(2, Node(3)))
x = {"a": {"b": [1, 2, 3]}}
print(x["a"]["b"][1] +
      x["a"]["b"][2])
result = (total(n)
          + 1)
