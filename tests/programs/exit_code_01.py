# sys.exit(3): exit status 3, output before it is flushed
import sys
print("before exit")
for i in range(3):
    print("loop", i)
    if i == 2:
        sys.exit(3)
print("never")
