# sys.settrace/setprofile exist and remember their function per thread (pyrs-nogil
# delivers no events, so this program only uses the hooks' bookkeeping).
import sys
import threading


def tracer(frame, event, arg):
    return None


print(sys.gettrace(), sys.getprofile())
sys.settrace(tracer)
sys.setprofile(tracer)
print(sys.gettrace() is tracer, sys.getprofile() is tracer)
seen = []
t = threading.Thread(target=lambda: seen.append(sys.gettrace()))
t.start()
t.join()
print(seen)
sys.settrace(None)
sys.setprofile(None)
print(sys.gettrace(), sys.getprofile())
threading.settrace(tracer)
print(threading.gettrace() is tracer)
threading.settrace(None)
