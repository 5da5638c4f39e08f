# The aiter() and anext() builtins (3.10+).
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    it = aiter(agen(2))
    print(await anext(it), await anext(it), await anext(it, 'default'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    c = Countdown(2)
    print(aiter(c) is c, [await anext(c), await anext(c), await anext(c, None)])
    for bad in (1, [1]):
        try:
            aiter(bad)
        except TypeError as e:
            print(e)
        try:
            anext(bad)
        except TypeError as e:
            print(e)

    class BadAiter:
        def __aiter__(self):
            return 5

    try:
        aiter(BadAiter())
    except TypeError as e:
        print(e)
    print(callable(aiter), anext.__name__)


asyncio.run(main())
