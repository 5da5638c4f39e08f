# Competitive-programming style input: sys.stdin.buffer first, then text reads; CRLF
# line endings are kept by stdin's text layer (newline='\n' off Windows).
import sys
readline = sys.stdin.buffer.readline
n = int(readline())
nums = list(map(int, readline().split()))
print(n, nums, sum(nums))
raw = sys.stdin.buffer.readline()
print(raw)
first = input()
print(repr(first))
second = sys.stdin.readline()
print(repr(second))
rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.readline()))
out = sys.stdout
out.write("total %d\n" % sum(nums))
sys.stdout.flush()
sys.stdout.buffer.write(("%d\n" % n).encode())
sys.stdout.buffer.flush()
print("done")
