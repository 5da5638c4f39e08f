# sys.settrace/setprofile: no hook is installed by default, and None (no hook) is accepted.
# (pyrs-nogil's interpreter has no trace events, so installing a function raises
# NotImplementedError there; this program only uses what both runtimes do alike.)
import sys
import threading

print(sys.gettrace(), sys.getprofile())
sys.settrace(None)
sys.setprofile(None)
print(sys.gettrace(), sys.getprofile())
seen = []
t = threading.Thread(target=lambda: seen.append((sys.gettrace(), sys.getprofile())))
t.start()
t.join()
print(seen)
threading.settrace(None)
print(threading.gettrace())
