# select.select / select.poll on pipes, and the selectors module over them.
import os
import select
import selectors
import time

r, w = os.pipe()
print(select.select([r], [], [], 0))
print(select.select([r], [w], [], 0.05) == ([], [w], []))
os.write(w, b"hello")
print(select.select([r], [w], [r], 0) == ([r], [w], []))


class Wrapped:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


wr = Wrapped(r)
ready = select.select([wr], [], [], None)
print(ready[0][0] is wr, ready[1:])
t0 = time.monotonic()
r2, w2 = os.pipe()
print(select.select([r2], [], [], 0.1), time.monotonic() - t0 >= 0.09)
for bad in ([-1], ["x"]):
    try:
        select.select(bad, [], [], 0)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    select.select([r], [], [], -1)
except ValueError as e:
    print("ValueError", e)
try:
    select.select([r], [], [], "1")
except TypeError as e:
    print("TypeError", e)
os.close(r2)
os.close(w2)
try:
    select.select([r2], [], [], 0)
except OSError as e:
    print("OSError", e.errno)

p = select.poll()
p.register(r, select.POLLIN)
p.register(w2 if False else w, select.POLLOUT)
print(sorted(p.poll(0)) == sorted([(r, select.POLLIN), (w, select.POLLOUT)]))
p.modify(w, select.POLLIN)
print(p.poll(10) == [(r, select.POLLIN)])
p.unregister(w)
try:
    p.unregister(w)
except KeyError as e:
    print("KeyError", e.args[0] == w)
try:
    p.modify(w, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e.errno)
print(os.read(r, 100))
print(p.poll(0))
print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)
print(select.error is OSError)

for cls in (selectors.DefaultSelector, selectors.SelectSelector, selectors.PollSelector):
    with cls() as sel:
        key = sel.register(r, selectors.EVENT_READ, "reader")
        sel.register(w, selectors.EVENT_WRITE)
        print(key.fd == r, key.events, key.data)
        print(sorted((k.data, ev) for k, ev in sel.select(0) if k.fd == r))
        os.write(w, b"x")
        print(sorted((k.fd == r, ev) for k, ev in sel.select(0.5)))
        print(os.read(r, 1))
        sel.modify(r, selectors.EVENT_READ, "again")
        print(sel.get_key(r).data, len(sel.get_map()), r in sel.get_map())
        sel.unregister(w)
        try:
            sel.register(r, selectors.EVENT_READ)
        except KeyError:
            print("KeyError already registered")
        try:
            sel.register(w, 0)
        except ValueError as e:
            print("ValueError", e)
        try:
            sel.get_key(w)
        except KeyError:
            print("KeyError not registered")
    print(sel.get_map())
os.close(w)
with selectors.DefaultSelector() as sel:
    sel.register(r, selectors.EVENT_READ)
    print([(k.fd == r, ev) for k, ev in sel.select(1)])
