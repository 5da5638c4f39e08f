# regen: full-stderr
# CPython 3.11 makes the script's path absolute in __file__ and tracebacks (not in
# sys.argv[0]); the harness strips this directory from stderr.
import os
import sys
print(os.path.isabs(__file__), os.path.basename(__file__), sys.argv[0] == os.path.basename(__file__))
print(os.path.dirname(__file__) == sys.path[0])


def fail():
    return 1 / 0


fail()
