# wait_for timing out uncaught: TimeoutError is the last line.
import asyncio


async def main():
    print("waiting")
    await asyncio.wait_for(asyncio.sleep(10), 0.01)


asyncio.run(main())
