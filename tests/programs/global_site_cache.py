# LoadGlobal sites remember where they found a name (globals or builtins); what they load
# must always be what a fresh lookup would find.
import builtins

def use_len(x):
    return len(x)

print(use_len("abc"))
# A global that shadows the builtin appears after the site was used.
len = lambda x: "shadow"
print(use_len("abc"))
del len
print(use_len("abc"))

# Replacing the builtin itself (no change to the globals dict's keys).
orig = builtins.len
builtins.len = lambda x: "patched builtin"
print(use_len("abc"))
builtins.len = orig
print(use_len("abc"))

# Globals that change value, and are deleted.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), bump())
def read_g():
    return g
g = 1
print(read_g())
g = "two"
print(read_g())
del g
try:
    read_g()
except NameError as e:
    print("NameError:", e)
g = 3.0
print(read_g())

# One code object run against different globals dicts.
code = compile("result = (value, len('xy'))", "<code>", "exec")
for i in range(5):
    ns = {"value": i}
    if i == 3:
        ns["len"] = lambda s: "ns len"
    exec(code, ns)
    print(ns["result"])

# A dict subclass and a custom __builtins__ for exec.
code2 = compile("out = abs(-4)", "<code2>", "exec")
for b in ({"abs": lambda v: "custom abs"}, builtins.__dict__):
    ns = {"__builtins__": b}
    exec(code2, ns)
    print(ns["out"])

# Many globals added after first use (the module dict resizes).
def read_late():
    return late_name
late_name = "first"
print(read_late())
for i in range(100):
    globals()["filler%d" % i] = i
print(read_late())
late_name = "second"
print(read_late())

# Threads loading globals while another thread rebinds them.
import threading
shared = 0
stop = False
seen = set()
def reader():
    while True:                # at least one load, even if the writer is already done
        seen.add(type(shared).__name__)
        len("x")
        if stop:
            break
def writer():
    global shared, stop
    for i in range(2000):
        shared = i if i % 2 else str(i)
    stop = True
ts = [threading.Thread(target=reader), threading.Thread(target=writer)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen) in (["int", "str"], ["int"], ["str"]), type(shared).__name__)
