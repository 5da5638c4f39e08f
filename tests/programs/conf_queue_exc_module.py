import queue
try:
    queue.Queue().get_nowait()
except queue.Empty as e:
    print(type(e), type(e).__module__, repr(e))
try:
    queue.Queue(1).put_nowait(1) or queue.Queue(1).put(1, timeout=0) 
except queue.Full as e:
    print(type(e), repr(e))
print(queue.Full.__module__)
