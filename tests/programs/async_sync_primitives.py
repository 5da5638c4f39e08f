# Lock, Event, Condition, Semaphore, BoundedSemaphore.
import asyncio


async def main():
    lock = asyncio.Lock()
    trace = []

    async def critical(name):
        async with lock:
            trace.append(f"{name} in")
            await asyncio.sleep(0.01)
            trace.append(f"{name} out")

    await asyncio.gather(critical("a"), critical("b"), critical("c"))
    print(trace)
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    print(lock.locked())
    lock.release()

    ev = asyncio.Event()

    async def waiter(i):
        await ev.wait()
        return i

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("before set", [t.done() for t in tasks], ev.is_set())
    ev.set()
    print(await asyncio.gather(*tasks))
    ev.clear()
    print(ev.is_set())

    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            return name, items.pop(0)

    c1 = asyncio.create_task(consumer("c1"))
    c2 = asyncio.create_task(consumer("c2"))
    await asyncio.sleep(0.01)
    async with cond:
        items.append("x")
        cond.notify()
    await asyncio.sleep(0.01)
    async with cond:
        items.append("y")
        cond.notify_all()
    print(sorted([await c1, await c2]))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.01)
            active -= 1
        return i

    print(await asyncio.gather(*(limited(i) for i in range(6))), "peak", peak)
    print(sem.locked())

    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())


async def barrier_demo():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    order = []

    async def party(i):
        await asyncio.sleep(0.01 * i)
        order.append(f"arrive {i}")
        pos = await barrier.wait()
        order.append(f"pass {i}")
        return pos

    positions = await asyncio.gather(*(party(i) for i in range(3)))
    print(order)
    print(sorted(positions))
    b2 = asyncio.Barrier(2)
    waiter = asyncio.create_task(b2.wait())
    await asyncio.sleep(0.01)
    print("waiting", b2.n_waiting)
    await b2.abort()
    try:
        await waiter
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e, b2.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(barrier_demo())
