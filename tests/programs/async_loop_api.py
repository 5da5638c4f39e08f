# Event loop API: new_event_loop, run_until_complete, call_soon/call_later/call_at, time,
# stop, call_soon_threadsafe from a thread, run_in_executor, to_thread, get_running_loop.
import asyncio
import threading


def blocking(x):
    return x * 100


async def coro(v):
    await asyncio.sleep(0.01)
    return v


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(coro("ran")))

calls = []
loop.call_soon(calls.append, "soon1")
loop.call_soon(calls.append, "soon2")
loop.call_later(0.02, calls.append, "later")
h = loop.call_later(0.01, calls.append, "cancelled")
h.cancel()
print(h.cancelled())
loop.call_at(loop.time() + 0.01, calls.append, "at")
loop.call_later(0.05, loop.stop)
loop.run_forever()
print(calls)

t0 = loop.time()
loop.run_until_complete(asyncio.sleep(0.02))
print("time advanced", loop.time() - t0 >= 0.015)


def from_thread(lp, out):
    lp.call_soon_threadsafe(out.append, "threadsafe")
    lp.call_soon_threadsafe(lp.stop)


out = []
th = threading.Thread(target=from_thread, args=(loop, out))
th.start()
loop.run_forever()
th.join()
print(out)

print(loop.run_until_complete(loop.run_in_executor(None, blocking, 3)))
loop.close()
print(loop.is_closed())
c = coro(1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()


async def main():
    lp = asyncio.get_running_loop()
    print(lp is asyncio.get_event_loop())
    r = await asyncio.gather(*(lp.run_in_executor(None, blocking, i) for i in range(4)))
    print(r)
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))

    def worker_thread():
        return threading.current_thread() is not threading.main_thread()

    print("ran in thread:", await asyncio.to_thread(worker_thread))
    fut = lp.create_future()
    threading.Timer(0.01, lambda: lp.call_soon_threadsafe(fut.set_result, "from timer")).start()
    print(await fut)
    c = coro(1)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    return "main"


print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
