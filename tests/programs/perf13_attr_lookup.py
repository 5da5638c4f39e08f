# hasattr/getattr-with-default report a plain missing attribute without building the
# AttributeError; everything that raises or computes must behave as before.
import contextvars, threading

class Plain:
    x = 1
    def __init__(self):
        self.y = 2

class WithGetattr:
    def __getattr__(self, name):
        if name == 'dyn':
            return 'dynamic'
        if name == 'boom':
            raise ValueError('boom')
        raise AttributeError(name)

class WithGetattribute:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('hidden')
        if name == 'bad':
            raise KeyError('bad')
        return object.__getattribute__(self, name)

class Prop:
    @property
    def p(self):
        raise AttributeError('from property')
    @property
    def q(self):
        raise TypeError('q failed')
    @property
    def ok(self):
        return 'ok'

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1

p, g, ga, pr, s = Plain(), WithGetattr(), WithGetattribute(), Prop(), Slotted()
for obj, name in [(p, 'x'), (p, 'y'), (p, 'z'), (g, 'dyn'), (g, 'nope'), (ga, 'secret'),
                  (ga, '__class__'), (pr, 'p'), (pr, 'ok'), (s, 'a'), (s, 'b'), (s, 'c'),
                  (Plain, 'x'), (Plain, 'y'), (threading, 'Thread'), (threading, 'nope'),
                  (1, 'real'), (1, 'nope'), ('s', 'upper'), (None, 'x'), ([], 'append')]:
    print(type(obj).__name__, name, hasattr(obj, name), getattr(obj, name, 'DEFAULT') == 'DEFAULT')
for obj, name in [(g, 'boom'), (ga, 'bad'), (pr, 'q')]:
    for f in (lambda: hasattr(obj, name), lambda: getattr(obj, name, None)):
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__, e)
try:
    getattr(p, 'z')
except AttributeError as e:
    print(e, e.name, e.obj is p)
try:
    hasattr(p, 1)
except TypeError as e:
    print(e)
try:
    getattr(p, 1, None)
except TypeError as e:
    print(e)

# Module __getattr__ (PEP 562).
import types
m = types.ModuleType('m')
m.__getattr__ = lambda name: 42 if name == 'answer' else (_ for _ in ()).throw(AttributeError(name))
print(hasattr(m, 'answer'), getattr(m, 'answer', 0), hasattr(m, 'other'), getattr(m, 'other', 'd'))

# contextvars: Context.run switches the current context per thread.
v = contextvars.ContextVar('v', default='unset')
def show(tag):
    print(tag, v.get())
ctx = contextvars.copy_context()
def inner():
    v.set('in-ctx')
    show('run')
    ctx2 = contextvars.copy_context()
    ctx2.run(lambda: (v.set('nested'), show('nested')))
    show('after nested')
ctx.run(inner)
show('outside')
print(ctx[v], len(ctx))
try:
    ctx.run(lambda: ctx.run(show, 'x'))
except RuntimeError as e:
    print('RuntimeError', str(e).split(':')[0])
def boom():
    v.set('raised')
    raise ValueError('x')
try:
    ctx.run(boom)
except ValueError:
    pass
show('after raise')
print(ctx[v])
out = []
def worker(n):
    out.append((n, v.get()))
    v.set(n)
    c = contextvars.copy_context()
    c.run(lambda: out.append((n, 'inside', v.get())))
    out.append((n, v.get()))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
    t.join()
print(out)
show('main end')
