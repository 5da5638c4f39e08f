# Event loops in several OS threads at once, and run_coroutine_threadsafe/to_thread.
import asyncio, threading

async def work(tid):
    total = 0
    async def step(i):
        await asyncio.sleep(0)
        return i
    for r in range(20):
        total += sum(await asyncio.gather(*(step(i) for i in range(50))))
    q = asyncio.Queue()
    async def prod():
        for i in range(100): await q.put(i)
        await q.put(None)
    async def cons():
        s = 0
        while (x := await q.get()) is not None: s += x
        return s
    _, s = await asyncio.gather(prod(), cons())
    return tid, total, s

results = {}
def runner(tid):
    results[tid] = asyncio.run(work(tid))
ts = [threading.Thread(target=runner, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results.values()))
async def main():
    loop = asyncio.get_running_loop()
    def other():
        fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.01, "rcts"), loop)
        return fut.result(timeout=5)
    print(await asyncio.to_thread(other))
asyncio.run(main())
