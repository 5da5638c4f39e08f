# An exception escaping asyncio.run: the exit status and last stderr line.
import asyncio


async def inner():
    await asyncio.sleep(0)
    raise LookupError("nothing here")


async def main():
    print("starting")
    t = asyncio.create_task(inner())
    await t


asyncio.run(main())
