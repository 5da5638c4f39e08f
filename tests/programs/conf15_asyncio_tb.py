# The frames of an exception escaping asyncio.run: runners.py lines 190 and 118,
# base_events.py line 653, then the coroutines (Task and Future are C types in CPython: no
# frames of theirs).
import asyncio
import re
import traceback


def show(tb):
    print(re.sub(r'File "[^"]*/([^/"]+/[^/"]+\.py|[^/"]+\.py)"', r'File "\1"', tb))


async def inner():
    await asyncio.sleep(0)
    raise KeyError('in coroutine')


async def awaits_task():
    t = asyncio.create_task(inner())
    await t


async def awaits_future():
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_exception, ValueError('set on future'))
    await fut


for entry in (inner, awaits_task, awaits_future):
    try:
        asyncio.run(entry())
    except Exception:
        show(traceback.format_exc())
print(asyncio.BaseEventLoop.__module__, asyncio.base_events.BaseEventLoop is asyncio.BaseEventLoop)
