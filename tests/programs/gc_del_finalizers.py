# __del__ on pyrs-nogil's tracing collector: the cases whose timing matches CPython's
# (del of the last reference, gc.collect() of garbage cycles, module teardown at exit).
import gc
import sys
import threading


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


# del of a global that holds the only reference
r = Res("global")
print("before del")
del r
print("after del")


# del of a local
def local_del():
    x = Res("local")
    print("local made")
    del x
    print("local deleted")


local_del()


# a class-body name
class Holder:
    tmp = Res("classbody")
    del tmp


print("class done")

# a subclass inherits __del__; a class that gets __del__ later
class Sub(Res):
    pass


s = Sub("sub")
del s


class Late:
    pass


def late_del(self):
    print("late del")


Late.__del__ = late_del
lt = Late()
del lt

# garbage cycles: found by gc.collect(), finalized oldest first, each exactly once
class Node:
    def __init__(self, n):
        self.n = n
        self.other = None

    def __del__(self):
        print("node", self.n, "->", self.other.n)


def make_cycle():
    a = Node(1)
    b = Node(2)
    a.other = b
    b.other = a


make_cycle()
print("collect:", gc.collect() >= 0)

# resurrection: __del__ runs once even if the object comes back
saved = []


class Phoenix:
    def __del__(self):
        print("phoenix finalized")
        saved.append(self)


p = Phoenix()
del p
print("saved", len(saved))
saved.clear()
gc.collect()
print("not finalized twice")

# an exception in __del__ is reported (stderr) and ignored


class Bad:
    def __del__(self):
        raise ValueError("ignored")


bad = Bad()
del bad
print("still running")

# many finalizable objects made by two threads: every one is finalized
count = 0
lock = threading.Lock()


class Counted:
    def __del__(self):
        global count
        with lock:
            count += 1


def churn():
    for _ in range(5000):
        Counted()


ts = [threading.Thread(target=churn) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
gc.collect()
print("counted", count)

# at exit: what the globals still hold is finalized (CPython's order among several depends on
# the hash seed, so there is one here)
at_exit = Res("exit")
print("end of program")
sys.stdout.flush()
