# Queue, PriorityQueue, LifoQueue: producers/consumers, task_done/join, nowait errors.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    results = []

    async def producer(n):
        for i in range(n):
            await q.put(i)
            results.append(f"put {i}")

    async def consumer():
        while True:
            item = await q.get()
            results.append(f"got {item}")
            await asyncio.sleep(0)
            q.task_done()

    cons = asyncio.create_task(consumer())
    await producer(5)
    await q.join()
    print(results)
    cons.cancel()
    try:
        await cons
    except asyncio.CancelledError:
        print("consumer cancelled")

    q2 = asyncio.Queue(1)
    q2.put_nowait("a")
    try:
        q2.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        await pq.put(item)
    print([await pq.get() for _ in range(3)])

    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])

    # a get() that waits, woken by a later put()
    q3 = asyncio.Queue()

    async def late_put():
        await asyncio.sleep(0.01)
        await q3.put("late")

    asyncio.create_task(late_put())
    print(await asyncio.wait_for(q3.get(), 1))

    # fan-out workers
    jobs = asyncio.Queue()
    for i in range(10):
        jobs.put_nowait(i)
    done = []

    async def worker(wid):
        while True:
            try:
                n = jobs.get_nowait()
            except asyncio.QueueEmpty:
                return
            await asyncio.sleep(0)
            done.append(n * n)
            jobs.task_done()

    await asyncio.gather(*(worker(w) for w in range(3)))
    await jobs.join()
    print(sorted(done))


asyncio.run(main())
