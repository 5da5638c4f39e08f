# Coroutine objects driven by hand: send/throw/close, __await__, flags and types.
import types


async def add(a, b):
    return a + b


async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y


c = main()
print(type(c).__name__, isinstance(c, types.CoroutineType))
print(c.__name__, c.__qualname__, c.cr_code is main.__code__)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
except StopIteration:
    print("StopIteration again")


class Ping:
    def __await__(self):
        got = yield "ping"
        got2 = yield "ping2"
        return (got, got2)


async def pinger():
    r = await Ping()
    print("pinger got", r)
    return "finished"


c = pinger()
print(c.send(None))
print(c.send("a"))
try:
    c.send("b")
except StopIteration as e:
    print("stop", e.value)

# throw into a suspended coroutine
async def catcher():
    try:
        await Ping()
    except ValueError as e:
        print("caught inside", repr(e))
        return "recovered"


c = catcher()
c.send(None)
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print("after throw", e.value)

# close runs finally blocks
async def with_finally():
    try:
        await Ping()
    finally:
        print("finally ran")


c = with_finally()
c.send(None)
c.close()
print("closed")

# a coroutine is not iterable
try:
    iter(add(1, 2))
except TypeError as e:
    print("TypeError", e)

# __await__ of a coroutine returns an iterator
w = add(5, 6).__await__()
try:
    next(w)
except StopIteration as e:
    print("wrapper result", e.value)


# nested awaits through a custom awaitable delegating to a coroutine
class Delegate:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro.__await__()


async def outer():
    return await Delegate(add(20, 22))


c = outer()
try:
    c.send(None)
except StopIteration as e:
    print("delegate", e.value)


def flags(f):
    return bool(f.__code__.co_flags & 0x80), bool(f.__code__.co_flags & 0x20)


def gen():
    yield 1


print("flags", flags(add), flags(gen))
