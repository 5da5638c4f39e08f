# regen: full-stderr
import sys
def check(x):
    if x > 2:
        sys.exit(f"fatal: x={x} too large")
    return x
print([check(i) for i in range(5)])
