# Context variables: each task runs in its own copy of the context.
import asyncio, contextvars
rid = contextvars.ContextVar("rid", default="none")
async def handler(n):
    rid.set(f"req-{n}")
    await asyncio.sleep(0.01 * (3 - n))
    return n, rid.get()
async def main():
    rid.set("main")
    print(await asyncio.gather(*(handler(i) for i in range(3))))
    print(rid.get())
    ctx = contextvars.copy_context()
    t = asyncio.create_task(handler(9), context=ctx)
    print(await t, ctx[rid])
asyncio.run(main())
print(rid.get())
