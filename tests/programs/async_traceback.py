# regen: full-stderr
# An exception escaping nested coroutines: traceback through the await chain.
import asyncio


async def level3(x):
    await asyncio.sleep(0)
    return 10 // x


async def level2(x):
    return await level3(x) + 1


async def level1():
    print("level1", await level2(5))
    return await level2(0)


def sync_entry():
    c = level1()
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value


sync_entry()
