import asyncio

class JobFailed(Exception):
    pass

async def worker(name, q, results):
    while True:
        item = await q.get()
        try:
            if item is None:
                return f"{name} stopped"
            await asyncio.sleep(0)
            if item % 7 == 0:
                raise JobFailed(f"{name} failed on {item}")
            results.append((name, item * item))
        except JobFailed as e:
            results.append((name, str(e)))
        finally:
            q.task_done()

async def slow(x, delay):
    await asyncio.sleep(delay)
    return x

async def failing(n):
    await asyncio.sleep(0)
    raise ValueError(f"failing {n}")

async def main():
    q = asyncio.Queue(maxsize=3)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results), name=f"task-{i}") for i in range(3)]
    for i in range(1, 15):
        await q.put(i)
    await q.join()
    for _ in workers:
        await q.put(None)
    done = await asyncio.gather(*workers)
    print(sorted(done))
    print(sorted(results, key=lambda r: str(r[1])))
    print(await asyncio.gather(slow(1, 0.01), slow(2, 0), slow(3, 0.005)))
    r = await asyncio.gather(failing(1), slow("ok", 0), failing(2), return_exceptions=True)
    print([repr(x) for x in r])
    try:
        await asyncio.gather(slow(1, 0), failing(3))
    except ValueError as e:
        print("gather raised", e)
    try:
        await asyncio.wait_for(slow("late", 10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(slow("fast", 0), timeout=1))
    t = asyncio.create_task(slow("never", 10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled(), t.done())
    t2 = asyncio.create_task(failing(9))
    await asyncio.sleep(0.001)
    print(t2.done(), repr(t2.exception()))
    order = []
    async def tick(n):
        for i in range(3):
            order.append(f"{n}{i}")
            await asyncio.sleep(0)
    await asyncio.gather(tick("a"), tick("b"))
    print(order)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "event seen"
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await wt)
    lock = asyncio.Lock()
    counter = 0
    async def inc():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
    await asyncio.gather(*(inc() for _ in range(10)))
    print("counter", counter)
    sem = asyncio.Semaphore(2)
    active = []
    async def limited(i):
        async with sem:
            active.append(len([1 for _ in range(2 - sem._value)]))
            await asyncio.sleep(0)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print("max active", max(active))
    async def agen(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i * 10
    print([x async for x in agen(4)])
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx")
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(slow("A", 0))
        b = tg.create_task(slow("B", 0.001))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(1))
            tg.create_task(failing(2))
            tg.create_task(slow("x", 1))
    except* ValueError as eg:
        print("taskgroup:", sorted(str(e) for e in eg.exceptions))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future result")
    print(await fut)
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    print(asyncio.current_task().get_name(), asyncio.iscoroutinefunction(main), asyncio.iscoroutine(main), asyncio.iscoroutine(x for x in ()))
    co = slow(1, 0)
    print(asyncio.iscoroutine(co), asyncio.iscoroutine(type(co)), asyncio.iscoroutine(None))
    co.close()
    return "main done"

print(asyncio.run(main()))
