# sys.exit() / sys.exit(0) / SystemExit caught then exiting normally
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    raise SystemExit("text")
except SystemExit as e:
    print("caught", repr(e.code))
print("exiting with 0")
sys.exit(0)
print("never")
