# asyncio: many small coroutines, gather, sleep(0), queues.
import asyncio
async def worker(q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            return
        out.append(item * 2)
        await asyncio.sleep(0)
        q.task_done()
async def leaf(i):
    await asyncio.sleep(0)
    return i
async def main():
    q = asyncio.Queue()
    out = []
    ws = [asyncio.create_task(worker(q, out)) for _ in range(8)]
    for i in range(20000):
        q.put_nowait(i)
    for _ in ws:
        q.put_nowait(None)
    await q.join()
    r = await asyncio.gather(*[leaf(i) for i in range(10000)])
    return sum(out) + sum(r)
print(asyncio.run(main()))
