# walrus operator and chained comparisons
data = [3, 8, 1, 9, 4, 12, 7]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")
print([y for x in data if (y := x * 2) > 10])
print([(x, sq) for x in range(6) if (sq := x * x) % 2 == 0])
total = 0
print([total := total + x for x in range(1, 6)], total)
it = iter(["a", "b", "", "c"])
while (item := next(it)):
    print("item", item)
chunks = []
src = list(range(10))
pos = 0
while (chunk := src[pos:pos + 3]):
    chunks.append(chunk)
    pos += 3
print(chunks)
def f(x):
    return x * 10
print([v for x in range(5) if (v := f(x)) >= 20], v)
if (m := max(data)) > 10 and (k := data.index(m)) > 2:
    print("max", m, "at", k)
print((w := 5) + w, w)
x = 5
print(1 < x < 10, 1 < x > 3, x == 5 == 5.0, 10 > x >= 5 > 0, not 1 < x < 3)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4, "a" < "b" < "c", [1] < [2] < [3])
def noisy(v):
    print(" eval", v)
    return v
print(noisy(1) < noisy(5) < noisy(3) < noisy(10))
print(noisy(1) > noisy(5) > noisy(3))
print(3 in [1, 2, 3] in [[1, 2, 3]], x is not None is not False, 2 not in [1] not in [[2]])
a = b = 3
print(a == b == 3, a is b, a < b <= 3, -1 < 0 <= 0 < 1)
stack = [1, 2, 3, 4, 5]
while stack and (top := stack.pop()) != 2:
    print("popped", top)
print("stopped at", top, stack)
import re
for line in ["key=value", "bad line", "x=1"]:
    if (mt := re.match(r"(\w+)=(\w+)", line)):
        print(mt.group(1), "->", mt.group(2))
    else:
        print("no match:", line)
print({k: (y := k) * 2 for k in range(3)}, y)
