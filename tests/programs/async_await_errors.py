# Error messages of the await protocol, async with and async for.
import asyncio


class NoAwait:
    pass


class BadAwait:
    def __await__(self):
        return 42


class CoroAwait:
    def __await__(self):
        self.coro = asyncio.sleep(0)
        return self.coro


class NoAexit:
    async def __aenter__(self):
        return self


class SyncEnter:
    def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 1


class AsyncEnterSyncExit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 1


class AiterBad:
    def __aiter__(self):
        return 1


class AnextBad:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 1


def gen():
    yield 1


async def check(label, make):
    try:
        await make()
    except TypeError as e:
        print(label, "->", e)


async def main():
    async def aw(x):
        return await x

    await check("await int", lambda: aw(1))
    await check("await object", lambda: aw(NoAwait()))
    await check("await generator", lambda: aw(gen()))
    await check("bad __await__", lambda: aw(BadAwait()))
    ca = CoroAwait()
    await check("coroutine from __await__", lambda: aw(ca))
    ca.coro.close()

    async def awith(m):
        async with m:
            pass

    await check("async with object", lambda: awith(NoAwait()))
    await check("missing __aexit__", lambda: awith(NoAexit()))
    await check("sync __aenter__", lambda: awith(SyncEnter()))
    await check("sync __aexit__", lambda: awith(AsyncEnterSyncExit()))

    async def afor(x):
        async for _ in x:
            pass

    await check("async for int", lambda: afor(5))
    await check("async for list", lambda: afor([1, 2]))
    await check("bad __aiter__", lambda: afor(AiterBad()))
    await check("bad __anext__", lambda: afor(AnextBad()))


asyncio.run(main())

# compile-time errors
for src in [
    "await x",
    "def f():\n    await x\n",
    "def f():\n    async with x:\n        pass\n",
    "def f():\n    async for i in x:\n        pass\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "def f():\n    return [i async for i in x]\n",
    "lambda: await x",
    "async def f():\n    return lambda: await x\n",
    "def f():\n    return [[y async for y in x] for z in w]\n",
    "async def f():\n    return [[y async for y in x] for z in w]\n",
    "def f():\n    return (y async for y in x)\n",
    "class C:\n    await x\n",
]:
    try:
        compile(src, "<src>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)
