# async with / async for semantics: exceptions, suppression, break/continue/return.
import asyncio

log = []


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def returns_inside():
    async with Manager("r") as v:
        return "returned " + v


async def main():
    async with Manager("a") as a, Manager("b") as b:
        print("body", a, b)
    async with Manager("s", suppress=True):
        raise KeyError("suppressed")
    print("after suppressed")
    try:
        async with Manager("n"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    print(await returns_inside())

    async for i in Counter(3):
        print("i", i)
    else:
        print("for-else")

    async for i in Counter(10):
        if i == 2:
            continue
        if i == 4:
            break
        print("j", i)
    else:
        print("not printed")

    async def first_over(n):
        async for i in Counter(10):
            if i > n:
                return i
        return None

    print("first_over", await first_over(5))

    total = 0
    async for i in Counter(4):
        async with Manager(f"m{i}"):
            total += i
    print("total", total)

    # exception from __anext__ propagates
    class Failing(Counter):
        async def __anext__(self):
            if self.i == 2:
                raise RuntimeError("iterator failed")
            return await super().__anext__()

    try:
        async for i in Failing(5):
            print("f", i)
    except RuntimeError as e:
        print("caught", e)

    # async with inside try/finally inside a loop with break
    for k in range(3):
        try:
            async with Manager(f"k{k}"):
                if k == 1:
                    break
        finally:
            print("finally", k)


asyncio.run(main())
