# Asynchronous comprehensions: async for / await in list, set, dict comprehensions,
# nested comprehensions, async generator expressions, f-strings and conditions.
import asyncio


async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def is_even(x):
    await asyncio.sleep(0)
    return x % 2 == 0


async def main():
    print([x async for x in arange(5)])
    print([x async for x in arange(6) if await is_even(x)])
    print({x: await double(x) for x in range(4)})
    print({await double(x) % 3 for x in range(6)})
    print([await double(x) async for x in arange(3)])
    print([(x, y) async for x in arange(2) for y in range(2)])
    print([(x, y) for x in range(2) async for y in arange(2)])
    print([[y async for y in arange(x)] for x in range(4)])
    print([[await double(y) for y in range(x)] for x in range(3)])
    gen = (await double(x) async for x in arange(3))
    print(type(gen).__name__, [v async for v in gen])
    print(f"{await double(21)} and {[x async for x in arange(2)]}")
    total = sum([x async for x in arange(5)])
    print("total", total)
    pairs = {k: [v async for v in arange(k)] async for k in arange(3)}
    print(pairs)


asyncio.run(main())
