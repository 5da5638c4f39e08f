# sched: a scheduler driven by a fake clock; ordering, cancel, non-blocking run.
import sched
# sched with a fake clock
now = [0.0]
def timefunc():
    return now[0]
def delayfunc(d):
    now[0] += d
s = sched.scheduler(timefunc, delayfunc)
log = []
def act(name, t=None):
    log.append((name, now[0], t))
e1 = s.enter(5, 1, act, ("five",))
e2 = s.enter(2, 2, act, ("two-low",))
s.enter(2, 1, act, ("two-high",), {"t": "kw"})
s.enterabs(1, 1, act, ("abs1",))
e3 = s.enter(3, 1, act, ("cancelled",))
s.cancel(e3)
print([ev.argument for ev in s.queue], s.empty())
print(s.run(blocking=False), log)
s.run()
print(log, s.empty(), s.run(blocking=False))
try:
    s.cancel(e1)
except ValueError:
    print("ValueError")
print(e1.time, e1.priority, e1._fields)
print(sched.Event(1, 2, 3, act, (), {}) < sched.Event(1, 3, 0, act, (), {}))

