# Async generators: async for, asend/athrow/aclose, finally, async comprehensions.
import asyncio
import types


async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("ticker cleanup")


async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except GeneratorExit:
        print("echo closing with", received)
        raise


async def main():
    g = ticker(3)
    print(type(g).__name__, isinstance(g, types.AsyncGeneratorType))
    print(g.__name__, g.__qualname__)
    async for v in g:
        print("tick", v)

    print([v async for v in ticker(4)])
    print({v: v * v async for v in ticker(3)})
    print({v % 2 async for v in ticker(5)})
    print([v async for v in ticker(6) if v % 2 == 0])

    e = echo()
    print("first", await e.__anext__())
    print("asend", await e.asend("a"))
    print("asend", await e.asend("b"))
    await e.aclose()
    try:
        await e.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")

    async def thrower():
        try:
            yield 1
        except ValueError as exc:
            print("handled", exc)
            yield 2
        yield 3

    t = thrower()
    print(await t.__anext__())
    print("athrow ->", await t.athrow(ValueError("x")))
    print(await t.__anext__())
    try:
        await t.__anext__()
    except StopAsyncIteration:
        print("done")

    # breaking out of async for leaves the generator suspended; aclose runs finally
    g = ticker(10)
    async for v in g:
        if v == 1:
            break
    print("broke at", v)
    await g.aclose()

    # async generator expression
    agen = (x * 10 async for x in ticker(3))
    print(type(agen).__name__)
    print([x async for x in agen])

    # await inside the comprehension
    async def double(x):
        await asyncio.sleep(0)
        return 2 * x

    print([await double(x) for x in range(4)])
    print([await double(x) async for x in ticker(2)])

    # exception inside async generator body
    async def broken():
        yield 1
        raise KeyError("inside agen")

    try:
        async for v in broken():
            print("broken yielded", v)
    except KeyError as exc:
        print("caught", repr(exc))

    # anext() builtin-like manual iteration
    it = ticker(2).__aiter__()
    print(await it.__anext__(), await it.__anext__())
    try:
        await it.__anext__()
    except StopAsyncIteration:
        print("stop")


asyncio.run(main())
