# asyncio.timeout / timeout_at and TaskGroup.
import asyncio


async def sleeper(d, v):
    await asyncio.sleep(d)
    return v


async def main():
    async with asyncio.timeout(1) as cm:
        r = await sleeper(0.01, "fast")
    print(r, cm.expired())

    try:
        async with asyncio.timeout(0.01) as cm:
            await sleeper(1, "slow")
    except TimeoutError as e:
        print("TimeoutError", repr(e), cm.expired())
        print("cause", type(e.__cause__).__name__)

    async with asyncio.timeout(None) as cm:
        print("when", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 1)
        print("rescheduled", cm.when() is not None)

    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")

    # nested timeouts: the inner one fires
    try:
        async with asyncio.timeout(1):
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
    except TimeoutError:
        print("inner timeout")

    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(sleeper(0.02, 1))
        t2 = tg.create_task(sleeper(0.01, 2))
        print("inside group", t1.done(), t2.done())
    print("group done", t1.result(), t2.result())

    async def fail(msg, d=0):
        await asyncio.sleep(d)
        raise ValueError(msg)

    try:
        async with asyncio.TaskGroup() as tg:
            slow = tg.create_task(sleeper(1, "never"))
            tg.create_task(fail("first", 0.01))
    except ExceptionGroup as eg:
        print(type(eg).__name__, str(eg))
        print([repr(e) for e in eg.exceptions])
        print("slow cancelled", slow.cancelled())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("a", 0.01))
            tg.create_task(fail("b", 0.01))
    except ExceptionGroup as eg:
        print(str(eg), sorted(str(e) for e in eg.exceptions))

    # an error in the body aborts the children
    try:
        async with asyncio.TaskGroup() as tg:
            child = tg.create_task(sleeper(1, "x"))
            await asyncio.sleep(0)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print("body error", [repr(e) for e in eg.exceptions], child.cancelled())

    eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
    print(repr(eg))
    match, rest = eg.split(ValueError)
    print(repr(match), repr(rest))
    print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))


asyncio.run(main())
