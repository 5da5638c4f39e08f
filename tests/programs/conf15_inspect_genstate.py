# inspect.getgeneratorstate / getcoroutinestate and gi_suspended / cr_suspended (3.11).
import asyncio
import inspect


def gen():
    print('inside:', inspect.getgeneratorstate(g))
    yield 1
    yield 2


g = gen()
print(inspect.getgeneratorstate(g), g.gi_suspended, g.gi_running)
print(next(g), inspect.getgeneratorstate(g), g.gi_suspended)
print(list(g), inspect.getgeneratorstate(g), g.gi_suspended)
g2 = gen()
g2.close()
print(inspect.getgeneratorstate(g2))
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)


async def coro():
    await asyncio.sleep(0)
    return 'done'


async def main():
    c = coro()
    print(inspect.getcoroutinestate(c), c.cr_suspended, inspect.iscoroutine(c))
    print(await c, inspect.getcoroutinestate(c))


asyncio.run(main())
print(inspect.getmro(bool), inspect.isasyncgen(None), inspect.iscoroutine(gen()))
