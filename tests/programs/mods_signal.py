# signal: enums and constants, recorded handlers, raise_signal, strsignal, errors.
import signal
print(repr(signal.SIGINT), str(signal.SIGINT), int(signal.SIGTERM), signal.SIGINT == 2, signal.Signals(15).name)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.NSIG, signal.SIGRTMIN, repr(signal.SIGRTMAX))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGUSR1))
got = []
def handler(signum, frame):
    got.append((signum, frame is not None))
old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler, signal.getsignal(signal.SIGUSR1))
signal.raise_signal(signal.SIGUSR1)
print(got)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)
for bad in [lambda: signal.signal(0, handler), lambda: signal.signal(signal.SIGKILL, handler),
            lambda: signal.signal(signal.SIGTERM, 42), lambda: signal.getsignal(99), lambda: signal.strsignal(0),
            lambda: signal.signal("x", handler)]:
    try:
        print(bad())
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print([signal.strsignal(s) for s in (1, 2, 3, 9, 10, 11, 13, 14, 15, 17, 19)])
vs = signal.valid_signals()
print(len(vs), min(vs), max(vs), 32 in vs, signal.SIGINT in vs)
print(signal.Signals.__members__.keys() >= {"SIGINT", "SIGTERM"}, isinstance(signal.SIGINT, int), signal.Handlers.SIG_DFL.value)
print(signal.SIG_BLOCK, signal.SIG_UNBLOCK, signal.SIG_SETMASK, repr(signal.Sigmasks(1)))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR1))
