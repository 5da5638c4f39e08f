# atexit: LIFO order, arguments, unregister, a failing callback
import atexit
def bye(name, punct="!"): print("bye", name + punct)
atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
@atexit.register
def deco(): print("decorated")
def bad(): 1/0
atexit.register(bad)
def never(): print("never")
atexit.register(never); atexit.unregister(never)
print("main done")
