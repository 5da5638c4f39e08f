# Uncaught exceptions in threads: threading.excepthook's report (captured), replacement hooks,
# ExceptHookArgs, SystemExit, a failing hook; the process goes on. Ends with a real report on
# stderr and exit status 1.
import sys
import threading


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def lines(self):
        # Drop the frames inside threading itself (their paths differ between runtimes).
        out = []
        skip = False
        for line in "".join(self.parts).rstrip("\n").split("\n"):
            if skip:
                skip = False
                continue
            if line.startswith("  File ") and "threading" in line:
                skip = True
                continue
            if line.startswith('  File "'):
                path, rest = line[8:].split('"', 1)
                line = '  File "' + path.rsplit("/", 1)[-1] + '"' + rest
            out.append(line)
        return out


def worker():
    raise ValueError("boom")


def nested(n):
    if n == 0:
        raise KeyError("deep")
    nested(n - 1)


real_stderr = sys.stderr
cap = Capture()
sys.stderr = cap
t = threading.Thread(target=worker)
t.start()
t.join()
t = threading.Thread(target=nested, args=(2,), name="nest")
t.start()
t.join()


class Sub(threading.Thread):
    def run(self):
        try:
            raise KeyError("missing")
        except KeyError:
            raise RuntimeError("while handling")


s = Sub()
s.start()
s.join()


def exits():
    sys.exit(5)


t = threading.Thread(target=exits)
t.start()
t.join()
sys.stderr = real_stderr
for line in cap.lines():
    print("|", line)
print("alive:", t.is_alive(), "main still running")

# a replacement hook gets ExceptHookArgs
seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None, type(args).__name__, len(args)))


threading.excepthook = hook
t = threading.Thread(target=worker, name="hooked")
t.start()
t.join()
print(seen)

# a hook that fails itself
def bad_hook(args):
    raise TypeError("hook failed")


threading.excepthook = bad_hook
cap = Capture()
sys.stderr = cap
t = threading.Thread(target=worker, name="badhook")
t.start()
t.join()
sys.stderr = real_stderr
for line in cap.lines():
    print("|", line)

threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)

# calling the default hook directly
cap = Capture()
sys.stderr = cap
try:
    raise OSError("direct")
except OSError as e:
    threading.excepthook(threading.ExceptHookArgs((type(e), e, e.__traceback__, None)))
sys.stderr = real_stderr
lines = cap.lines()
print(lines[0].startswith("Exception in thread "), lines[-1])

# finally: a real report on stderr; the program then exits with status 1
t = threading.Thread(target=worker)
t.start()
t.join()
print("done")
sys.exit(1)
