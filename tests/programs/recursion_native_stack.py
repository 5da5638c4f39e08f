# With a recursion limit far above what the native stack holds, deep recursion raises
# RecursionError (in the main thread and in other threads) instead of crashing the process,
# and the program goes on.
import sys
import threading

sys.setrecursionlimit(10**7)

def down(n):
    return 0 if n == 0 else 1 + down(n - 1)

print(down(20000))

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("main:", type(e).__name__, e)

def in_thread():
    try:
        forever(0)
    except RecursionError as e:
        print("thread:", type(e).__name__, e)
    print("thread still works:", down(1000))

t = threading.Thread(target=in_thread)
t.start()
t.join()

class Node:
    def __init__(self, child):
        self.child = child
    def depth(self):
        return 1 + (self.child.depth() if self.child else 0)

n = None
for i in range(5000):
    n = Node(n)
print(n.depth())
print("done")
