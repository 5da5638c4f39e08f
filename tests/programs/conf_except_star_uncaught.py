# regen: full-stderr
# An except* clause raises while another part of the group is re-raised; the uncaught
# result is printed in CPython's nested exception-group format.
import threading


def work():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2), TypeError(3)])
    except* ValueError:
        raise RuntimeError("handler failed")
    except* TypeError as e:
        print("handled", repr(e))


def in_thread():
    try:
        raise ExceptionGroup("thread", [OSError("disk")])
    except* KeyError:
        pass


threading.excepthook = lambda a: print("thread failed:", repr(a.exc_value), a.exc_value.exceptions)
t = threading.Thread(target=in_thread, name="W")
t.start()
t.join()
work()
