# contextlib's asynchronous helpers: asynccontextmanager, AsyncExitStack, aclosing,
# nullcontext as an async context manager, AbstractAsyncContextManager.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name, log):
    log.append(f'open {name}')
    try:
        yield name.upper()
    except ValueError as e:
        log.append(f'handled {e}')
    finally:
        log.append(f'close {name}')


class Manual(contextlib.AbstractAsyncContextManager):
    async def __aexit__(self, *exc):
        print('manual aexit', exc[0])


async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        print('agen closed')


async def main():
    log = []
    async with resource('a', log) as r:
        log.append(f'using {r}')
    async with resource('b', log):
        raise ValueError('boom')
    try:
        async with resource('c', log):
            raise KeyError('k')
    except KeyError as e:
        log.append(f'outer {e!r}')
    print(log)
    async with contextlib.AsyncExitStack() as stack:
        names = [await stack.enter_async_context(resource(n, log)) for n in 'xy']
        stack.callback(print, 'sync callback')

        async def acb(msg):
            print('async callback', msg)

        stack.push_async_callback(acb, 'hi')
        print(names)
    print(log[-4:])
    async with contextlib.aclosing(agen()) as g:
        async for v in g:
            if v == 2:
                break
    async with contextlib.nullcontext('nc') as v:
        print(v)
    async with Manual() as m:
        print(type(m).__name__)
    print(isinstance(Manual(), contextlib.AbstractAsyncContextManager))

    @resource('deco', log)
    async def decorated():
        return 'decorated result'

    try:
        print(await decorated())
    except TypeError as e:
        print('TypeError', e)

    @contextlib.asynccontextmanager
    async def no_yield():
        if False:
            yield

    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print(e)


asyncio.run(main())
