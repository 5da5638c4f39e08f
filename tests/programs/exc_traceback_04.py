# regen: full-stderr
# Exception raised inside a method called from a generator driven by a for loop
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop_into(self, buf):
        if not self.items:
            raise IndexError("pop from empty Stack")
        buf.append(self.items.pop())


def drain(stack, n):
    buf = []
    for _ in range(n):
        stack.pop_into(buf)
        yield buf[-1]


s = Stack()
s.push(1)
s.push(2)
for v in drain(s, 3):
    print("popped", v)
