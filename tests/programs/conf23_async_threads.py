"""conformance sweep 23: async_threads (realistic mix; deterministic output)."""
import asyncio, threading, queue, concurrent.futures, functools, contextvars, dataclasses, enum, operator, sys, io, weakref, gc, traceback, warnings, logging
async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done(); break
        await asyncio.sleep(0)
        out.append((name, item * 2)); q.task_done()
async def main():
    q = asyncio.Queue(); out = []
    ws = [asyncio.create_task(worker(f"w{i}", q, out)) for i in range(2)]
    for i in range(5): await q.put(i)
    for _ in ws: await q.put(None)
    await q.join(); await asyncio.gather(*ws)
    print(sorted(x for _, x in out))
    async def boom(n):
        await asyncio.sleep(0); raise ValueError(n)
    r = await asyncio.gather(boom(1), asyncio.sleep(0, "ok"), return_exceptions=True); print(r)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(2)); tg.create_task(boom(3))
    except* ValueError as eg: print("tg", sorted(str(e) for e in eg.exceptions))
    try:
        async with asyncio.timeout(0.01): await asyncio.sleep(1)
    except TimeoutError: print("timeout")
    try: await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError: print("wait_for timeout")
    t = asyncio.create_task(asyncio.sleep(10)); await asyncio.sleep(0); t.cancel()
    try: await t
    except asyncio.CancelledError: print("cancelled", t.cancelled())
    async def agen():
        for i in range(3): yield i; await asyncio.sleep(0)
    print([x async for x in agen()])
    loop = asyncio.get_running_loop(); fut = loop.create_future(); loop.call_soon(fut.set_result, 9); print(await fut)
    r = await loop.run_in_executor(None, sum, [1, 2, 3]); print(r)
    ev = asyncio.Event(); asyncio.get_running_loop().call_later(0.001, ev.set); await ev.wait(); print("event", ev.is_set())
    sem = asyncio.Semaphore(2); lock = asyncio.Lock()
    async with sem, lock: print("locked", lock.locked())
asyncio.run(main())
results = []; lk = threading.Lock()
def job(i):
    with lk: results.append(i * i)
ts = [threading.Thread(target=job, args=(i,)) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results), threading.current_thread().name, threading.active_count())
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(lambda x: x ** 2, range(6))), ex.submit(pow, 2, 10).result())
q = queue.Queue(); [q.put(i) for i in range(3)]; print([q.get() for _ in range(3)], q.empty())
pq = queue.PriorityQueue(); [pq.put(x) for x in (3, 1, 2)]; print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); [lq.put(x) for x in (3, 1, 2)]; print([lq.get() for _ in range(3)])
try: queue.Queue().get_nowait()
except queue.Empty: print("empty")
cv = contextvars.ContextVar("cv", default=0); tok = cv.set(5); print(cv.get()); cv.reset(tok); print(cv.get())
ctx = contextvars.copy_context(); print(ctx.run(lambda: cv.get()))
logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("app"); log.info("hello %s", "w"); log.debug("hidden"); log.warning("warn %d", 3)
try: 1/0
except ZeroDivisionError as exc: log.error("failed: %r", exc)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always"); warnings.warn("careful", DeprecationWarning); print(len(w), w[0].category.__name__, str(w[0].message))
try:
    def rec(n): return rec(n + 1)
    rec(0)
except RecursionError as e: print("RecursionError", e)
tb = None
try: {}["k"]
except KeyError:
    s = traceback.format_exc(); print(s.splitlines()[-1], len(s.splitlines()))
print(traceback.format_exception_only(ValueError("v"))) 
e = ValueError("x"); e.add_note("note!"); print(traceback.format_exception(e))
