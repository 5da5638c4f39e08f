# gather, wait, wait_for, as_completed, shield.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} broke")
    return name


async def main():
    print(await asyncio.gather(job("a", 0.03), job("b", 0.01), job("c", 0.02)))
    print(await asyncio.gather())
    res = await asyncio.gather(job("x", 0.01), job("y", 0.0, fail=True), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(job("x", 0.01), job("y", 0.0, fail=True))
    except RuntimeError as e:
        print("gather raised", e)

    # gather with a cancelled child and return_exceptions
    t = asyncio.create_task(job("slow", 10))
    g = asyncio.gather(t, job("fast", 0.01), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel()
    out = await g
    print([type(r).__name__ for r in out])

    # wait: ALL_COMPLETED / FIRST_COMPLETED / timeout
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("p", 0.01), ("q", 0.3), ("r", 0.2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    slow = asyncio.create_task(job("slow", 10))
    done, pending = await asyncio.wait([slow], timeout=0.01)
    print(len(done), len(pending))
    slow.cancel()
    fe = [asyncio.create_task(job("ok", 0.05)), asyncio.create_task(job("bad", 0.01, fail=True))]
    done, pending = await asyncio.wait(fe, return_when=asyncio.FIRST_EXCEPTION)
    print([repr(t.exception()) for t in done], len(pending))
    await asyncio.wait(pending)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)

    # wait_for
    print(await asyncio.wait_for(job("quick", 0.01), timeout=1))
    try:
        await asyncio.wait_for(job("late", 1), timeout=0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print(await asyncio.wait_for(job("none", 0), None))

    # as_completed yields in completion order
    for coro in asyncio.as_completed([job("three", 0.03), job("one", 0.01), job("two", 0.02)]):
        print("as_completed", await coro)

    # shield: cancelling the outer await does not cancel the inner task
    inner = asyncio.create_task(job("shielded", 0.02))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print("inner result", await inner)


asyncio.run(main())
