import threading, _thread
print(type(threading.Lock()), type(threading.RLock()), _thread.LockType)
print(type(threading.Lock()).__module__, type(threading.Lock()).__name__, type(threading.RLock()).__qualname__)
print(repr(threading.Lock()).split(" object")[0], repr(threading.RLock()).split(" object")[0])
l = threading.Lock(); l.acquire()
print(repr(l).split(" object")[0])
