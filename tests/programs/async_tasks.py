# Tasks: create_task, names, done callbacks, results, exceptions, cancellation.
import asyncio


async def worker(name, delay, result=None, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return result


async def main():
    t1 = asyncio.create_task(worker("a", 0.02, 1), name="first")
    t2 = asyncio.create_task(worker("b", 0.01, 2))
    print(t1.get_name(), t2.get_name().startswith("Task-"))
    t2.set_name("second")
    print(t2.get_name())
    print(t1.done(), t1.cancelled())
    order = []
    t1.add_done_callback(lambda t: order.append(("cb", t.get_name(), t.result())))
    print(await t1, await t2)
    await asyncio.sleep(0)
    print(order)
    print(t1.done(), t1.result())

    t3 = asyncio.create_task(worker("c", 0.01, fail=True))
    try:
        await t3
    except ValueError as e:
        print("awaited failure:", e)
    print("exception():", repr(t3.exception()))

    t4 = asyncio.create_task(worker("d", 10))
    await asyncio.sleep(0)
    print("cancel ->", t4.cancel())
    try:
        await t4
    except asyncio.CancelledError:
        print("t4 cancelled", t4.cancelled(), t4.done())
    try:
        t4.result()
    except asyncio.CancelledError as e:
        print("result raised CancelledError", repr(e))
    print("cancel again ->", t4.cancel())

    # cancellation with a message, observed inside the coroutine
    async def observer():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            print("observer saw", repr(e))
            raise

    t5 = asyncio.create_task(observer())
    await asyncio.sleep(0)
    t5.cancel("stop now")
    try:
        await t5
    except asyncio.CancelledError as e:
        print("t5:", e.args)

    # a task that swallows cancellation keeps running
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("stubborn ignores cancel")
        return "still here"

    t6 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t6.cancel()
    print(await t6, t6.cancelled())

    # current_task / all_tasks
    me = asyncio.current_task()
    print("current is task:", isinstance(me, asyncio.Task), me.get_name())
    t7 = asyncio.create_task(worker("e", 0.01, 7), name="seventh")
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(names)
    print(await t7)

    # Future basics
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut))
    loop.call_later(0.01, fut.set_result, "future value")
    print(await fut, repr(fut))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2 = loop.create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2.set_exception(KeyError("k"))
    print(repr(f2.exception()))
    print(CancelledErrorIsBase())


def CancelledErrorIsBase():
    return (issubclass(asyncio.CancelledError, BaseException),
            issubclass(asyncio.CancelledError, Exception),
            asyncio.TimeoutError is TimeoutError)


print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
c = main()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(1))
c.close()
