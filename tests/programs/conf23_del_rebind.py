"""Object lifecycle: __del__ runs when the last name lets go of an object, whether the name is
deleted or rebound (module globals, locals, `global` names, class bodies)."""


class Resource:
    live = 0

    def __init__(self, name):
        self.name = name
        Resource.live += 1
        print(f"acquire {name} (live={Resource.live})")

    def __del__(self):
        Resource.live -= 1
        print(f"release {self.name} (live={Resource.live})")


handle = Resource("a")
handle = Resource("b")
print("rebound handle")
handle = None
print("handle is None")

first = Resource("c")
second = first
del first
print("second still holds c")
second = 0
print("second rebound")


def work():
    tmp = Resource("local-1")
    tmp = Resource("local-2")
    print("inside work, tmp =", tmp.name)
    tmp = None
    print("work done")


work()

current = None


def swap(name):
    global current
    current = Resource(name)


swap("g1")
swap("g2")
swap("g3")
current = "text"
print("current is text")


class Holder:
    slot = Resource("class-attr")
    slot = None
    print("class body done")


item = Resource("item")
print("item holds", item.name)
item = None
print("end, live =", Resource.live)
