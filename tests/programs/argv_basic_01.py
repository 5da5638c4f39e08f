# command line arguments via sys.argv (see argv_basic_01.args)
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0])
args = sys.argv[1:]
nums = [int(a) for a in args if a.lstrip("-").isdigit()]
words = [a for a in args if not a.lstrip("-").isdigit()]
print("numbers:", nums, "sum:", sum(nums))
print("words:", words, "upper:", [w.upper() for w in words])
flags = {}
for a in args:
    if a.startswith("--") and "=" in a:
        k, v = a[2:].split("=", 1)
        flags[k] = v
print("flags:", flags)
