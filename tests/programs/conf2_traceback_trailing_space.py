# regen: full-stderr
# The interpreter's report of an uncaught exception keeps trailing whitespace on source
# lines and so shows carets under a call that fills the stripped line; traceback.print_exc
# (the traceback module) strips the line and shows none.
import sys, traceback


def fail(kind):
    raise TypeError(kind)  


def call_it():
    fail("module")    


try:
    call_it()
except TypeError:
    traceback.print_exc()
print("uncaught next")
sys.stdout.flush()
call_it()	
