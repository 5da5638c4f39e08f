# collections.deque
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
print(d, list(d), list(reversed(d)), 3 in d, d.count(3), d.index(3))
d.remove(3)
print(d)
d.insert(2, 99)
print(d)
d.reverse()
print(d)
d[0] = "first"
del d[1]
print(d)
d.clear()
print(d, len(d), bool(d))
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
    print(i, m)
m.appendleft(-1)
print(m, m.maxlen)
m.extend([10, 11])
print(m)
m2 = deque(range(10), maxlen=4)
print(m2)
def tail(it, n):
    return list(deque(it, maxlen=n))
print(tail(range(100), 5), tail("hello world", 3))
def moving_average(seq, n=3):
    window = deque(maxlen=n)
    out = []
    for x in seq:
        window.append(x)
        if len(window) == n:
            out.append(sum(window) / n)
    return out
print(moving_average([40, 30, 50, 46, 39, 44]))
q = deque()
q.append("a"); q.append("b"); q.append("c")
print(q.popleft(), q.popleft(), q)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
print(deque("abc") == deque("abc"), deque([1, 2]) + deque([3]), deque([1]) * 3, deque([1, 2]) < deque([1, 3]))
dd = deque(range(5))
print(dd.copy(), sum(dd), max(dd), sorted(dd, reverse=True), [x * 2 for x in dd])
r = deque(range(8))
r.rotate(3)
print(r, r[3], r.index(0))
def bfs(graph, start):
    seen, order, q = {start}, [], deque([start])
    while q:
        n = q.popleft()
        order.append(n)
        for m in graph.get(n, []):
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order
print(bfs({1: [2, 3], 2: [4, 5], 3: [6], 5: [7]}, 1))
