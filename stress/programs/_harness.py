"""What every stress program shares: its arguments, how it fails, and its summary line.

A program starts with `run = Run("name")` and reads `THREADS ITERATIONS SEED` from argv.
`run.fail(msg)` may be called from any thread: it writes `FAIL name threads=.. iters=.. seed=..:
msg` to stderr and ends the whole process with status 1 at once (sys.exit in a thread would only
end that thread). An uncaught exception in any thread prints its report and fails the run the
same way, unless the program installs its own threading.excepthook. `run.ok(key=value, ...)`
prints the one summary line the runner checks: `ok name threads=T iters=N seed=S key=value ...`.
"""
import os
import sys
import threading


class Run:
    def __init__(self, name):
        if len(sys.argv) != 4:
            sys.exit(f"usage: {name}.py THREADS ITERATIONS SEED")
        self.name = name
        self.threads, self.iters, self.seed = (int(a) for a in sys.argv[1:4])
        self.tag = f"{name} threads={self.threads} iters={self.iters} seed={self.seed}"
        threading.excepthook = self._thread_crashed

    def fail(self, msg):
        sys.stderr.write(f"FAIL {self.tag}: {msg}\n")
        sys.stderr.flush()
        os._exit(1)

    def _thread_crashed(self, args):
        threading.__excepthook__(args)
        self.fail(f"uncaught {args.exc_type.__name__} in thread {args.thread.name}: "
                  f"{args.exc_value}")

    def ok(self, **counts):
        extra = "".join(f" {k}={v}" for k, v in counts.items())
        print(f"ok {self.tag}{extra}", flush=True)
