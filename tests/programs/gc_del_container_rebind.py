"""A small list or tuple holding objects with __del__: rebinding a module-level name, or deleting
a name, that held it finalizes them at once (CPython frees the container and its items there), last item first."""
import gc


class B:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("B del", self.tag)


items = [B(i) for i in range(3)]
names = [type(x).__name__ for x in items]
items = []
print("after rebinding the list", names)

pair = (B("t0"), B("t1"))
del pair
print("after del of the tuple")


def local_list():
    xs = [B("l0"), B("l1")]
    del xs
    print("after local del")


local_list()

shared = [B("s0")]
alias = shared
shared = None
print("alias keeps it:", alias[0].tag)
alias = None
print("end")
