# Reports written by the thread machinery, captured (library directory shown as LIB): a
# threading.excepthook that fails, a pool initializer that fails (and the BrokenThreadPool
# that follows), a done-callback that raises, and a worker's exception re-raised by result()
# right after submit (the waiting path's line, as under CPython's GIL).
import concurrent.futures as cf
import os
import sys
import threading
import traceback

LIB = os.path.dirname(threading.__file__)
# A long switch interval: under the GIL a pool thread cannot take the GIL from the submitting
# thread for that long, which keeps the reports below the same on a busy machine.
sys.setswitchinterval(0.5)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def show(title, text):
    print("--", title)
    for line in text.rstrip("\n").split("\n"):
        line = line.replace(LIB, "LIB")
        if line.startswith('  File "') and not line.startswith('  File "LIB'):
            path, rest = line[8:].split('"', 1)
            line = '  File "' + os.path.basename(path) + '"' + rest
        if " at 0x" in line:
            line = line[:line.index(" at 0x")] + " at ADDR>"
        print("|", line)


def captured(title, fn):
    cap = Capture()
    old = sys.stderr
    sys.stderr = cap
    try:
        fn()
    finally:
        sys.stderr = old
    show(title, "".join(cap.parts))


def fail(tag):
    raise ValueError(f"failed {tag}")


def failing_hook(args):
    print("hook saw", args.exc_type.__name__, args.exc_value, args.thread.name)
    raise RuntimeError("the hook itself failed")


def hook_fails():
    threading.excepthook = failing_hook
    try:
        t = threading.Thread(target=fail, args=("in thread",), name="worker-a")
        t.start()
        t.join()
    finally:
        threading.excepthook = threading.__excepthook__


captured("excepthook fails", hook_fails)


def hook_none():
    # A thread made while the hook was set reports through it even if it is None by now;
    # making a thread while either hook is None fails.
    t = threading.Thread(target=fail, args=("hook is None",), name="worker-b")
    threading.excepthook = None
    try:
        t.start()
        t.join()
        try:
            threading.Thread(target=fail)
        except RuntimeError as e:
            print("RuntimeError:", e)
    finally:
        threading.excepthook = threading.__excepthook__
    saved = sys.excepthook
    sys.excepthook = None
    try:
        threading.Thread(target=fail)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        sys.excepthook = saved


captured("excepthook is None", hook_none)


def bad_init(tag):
    raise KeyError(tag)


def init_fails():
    ex = cf.ThreadPoolExecutor(1, initializer=bad_init, initargs=("init-arg",))
    f = ex.submit(pow, 2, 5)
    try:
        f.result()
    except cf.thread.BrokenThreadPool as e:
        print("result:", type(e).__name__, e)
    try:
        ex.submit(pow, 2, 6)
    except cf.BrokenExecutor as e:
        print("submit:", type(e).__name__, e)
    ex.shutdown()


captured("initializer fails", init_fails)


def callback_fails():
    f = cf.Future()
    f.add_done_callback(lambda fut: fail("callback"))
    f.set_result(1)
    f.add_done_callback(lambda fut: fail("late callback"))


captured("callback fails", callback_fails)


def level2(x):
    return 10 // x


def level1(x):
    return level2(x)


with cf.ThreadPoolExecutor(2) as ex:
    ex.submit(pow, 1, 1).result()
    f = ex.submit(level1, 0)
    try:
        f.result()
    except ZeroDivisionError as e:
        show("result() right after submit", "".join(traceback.format_exc()))
    try:
        f.result()
    except ZeroDivisionError as e:
        show("result() again", "".join(traceback.format_exc()))
    try:
        list(ex.map(level1, [0]))
    except ZeroDivisionError as e:
        show("map()", "".join(traceback.format_exc()))
    e = f.exception()
    show("exception()", "".join(traceback.format_exception(e)))
