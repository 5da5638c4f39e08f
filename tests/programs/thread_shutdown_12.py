# Interpreter exit waits for non-daemon threads (they may even start more threads), stops the
# workers of executors that were never shut down, and does not wait for daemon threads.
import threading
from concurrent.futures import ThreadPoolExecutor

release = threading.Event()


def late_worker():
    release.wait()
    threading.Event().wait(0.05)
    print("non-daemon thread finished after main")
    t = threading.Thread(target=lambda: print("thread started during shutdown finished"))
    t.start()


def daemon_forever():
    threading.Event().wait()   # never set; the process must not wait for it


threading.Thread(target=daemon_forever, daemon=True).start()
threading.Thread(target=late_worker).start()

ex = ThreadPoolExecutor(2)     # never shut down explicitly
fut = ex.submit(lambda: sum(range(100)))
print("result", fut.result())
ex.submit(lambda: threading.Event().wait(0.05))


def exit_hook():
    print("registered atexit ran")


threading._register_atexit(exit_hook)
print("main done; alive:", threading.active_count() >= 3)
release.set()
