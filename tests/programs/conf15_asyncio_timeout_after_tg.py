# asyncio.timeout inside a task whose cancellation count is already non-zero (a TaskGroup
# whose child failed cancelled it): the timeout still raises TimeoutError (3.11.3+).
import asyncio


async def fails():
    await asyncio.sleep(0.001)
    raise ValueError('child failed')


async def main():
    task = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
    except ExceptionGroup as eg:
        print(repr(eg))
    print('cancelling', task.cancelling())
    try:
        async with asyncio.timeout(0.005):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print('TimeoutError', repr(e))
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    print('no timeout')


asyncio.run(main())
