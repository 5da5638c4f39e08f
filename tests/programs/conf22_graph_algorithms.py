import heapq, graphlib, collections, array, numbers, itertools, sys
from fractions import Fraction
G = {"A": {"B": 4, "C": 2}, "B": {"C": 5, "D": 10}, "C": {"E": 3}, "D": {"F": 11}, "E": {"D": 4}, "F": {}}
def dijkstra(g, src):
    dist = {src: 0}; prev = {}; pq = [(0, src)]; seen = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in seen: continue
        seen.add(u)
        for v, w in sorted(g[u].items()):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd; prev[v] = u; heapq.heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra(G, "A")
def path(t):
    p = [t]
    while p[-1] in prev: p.append(prev[p[-1]])
    return "->".join(reversed(p))
for n in sorted(dist): print(f"{n}: {dist[n]:>3} via {path(n)}")
ts = graphlib.TopologicalSorter({"app": {"lib", "utils"}, "lib": {"utils", "core"}, "utils": {"core"}, "tests": {"app"}})
print(list(ts.static_order()))
ts2 = graphlib.TopologicalSorter(); ts2.add("a", "b"); ts2.add("b", "a")
try: ts2.prepare()
except graphlib.CycleError as e: print("CycleError:", e.args[0], e.args[1])
ts3 = graphlib.TopologicalSorter({"b": {"a"}, "c": {"a"}, "d": {"b", "c"}}); ts3.prepare()
while ts3.is_active():
    ready = sorted(ts3.get_ready()); print("ready", ready); ts3.done(*ready)
def bfs(grid, start, goal):
    q = collections.deque([(start, 0)]); seen = {start}
    while q:
        (r, c), d = q.popleft()
        if (r, c) == goal: return d
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc)); q.append(((nr, nc), d + 1))
    return -1
maze = ["..#....", ".##.##.", "...#...", "#.....#", "..###.."]
print("bfs", bfs(maze, (0, 0), (4, 6)), bfs(maze, (0, 0), (0, 3)))
def solve_queens(n):
    sols = []
    def place(row, cols, d1, d2, cur):
        if row == n: sols.append(cur[:]); return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2: continue
            cur.append(c); place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, cur); cur.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols
s = solve_queens(6); print(len(s), s[0], len(solve_queens(8)))
def det(m):
    m = [[Fraction(x) for x in row] for row in m]; n = len(m); d = Fraction(1)
    for i in range(n):
        p = next((r for r in range(i, n) if m[r][i] != 0), None)
        if p is None: return Fraction(0)
        if p != i: m[i], m[p] = m[p], m[i]; d = -d
        d *= m[i][i]
        for r in range(i + 1, n):
            f = m[r][i] / m[i][i]
            m[r] = [a - f * b for a, b in zip(m[r], m[i])]
    return d
print(det([[2, -1, 0], [-1, 2, -1], [0, -1, 2]]), det([[1, 2], [2, 4]]), det([[Fraction(1, 2), 3], [4, Fraction(5, 3)]]))
class BST:
    class _N:
        __slots__ = ("k", "l", "r")
        def __init__(self, k): self.k, self.l, self.r = k, None, None
    def __init__(self, items=()):
        self.root = None; self.n = 0
        for i in items: self.add(i)
    def add(self, k):
        if self.root is None: self.root = self._N(k); self.n += 1; return
        cur = self.root
        while True:
            if k == cur.k: return
            side = "l" if k < cur.k else "r"
            nxt = getattr(cur, side)
            if nxt is None: setattr(cur, side, self._N(k)); self.n += 1; return
            cur = nxt
    def __iter__(self):
        def walk(n):
            if n: yield from walk(n.l); yield n.k; yield from walk(n.r)
        return walk(self.root)
    def __len__(self): return self.n
    def __contains__(self, k): return k in set(self)
    def height(self, n=..., ):
        if n is ...: n = self.root
        return 0 if n is None else 1 + max(self.height(n.l), self.height(n.r))
t = BST([50, 30, 70, 20, 40, 60, 80, 30, 65])
print(list(t), len(t), 65 in t, 66 in t, t.height(), repr(BST._N.__qualname__))
arr = array.array("i", [3, 1, 2]); arr.append(10); arr.extend([5]); print(arr, arr.tolist(), arr.itemsize, sorted(arr), arr[1:3], array.array("d", [1.5]) * 2, array.array("u", "hi"), arr.typecode)
try: array.array("b", [200])
except OverflowError as e: print("OverflowError:", e)
print(isinstance(3, numbers.Integral), isinstance(3.0, numbers.Rational), isinstance(Fraction(1, 2), numbers.Rational), isinstance(1j, numbers.Real), issubclass(bool, numbers.Number))
sys.setrecursionlimit(5000)
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
print(depth(3000))
lru = collections.OrderedDict()
def get(k):
    if k in lru: lru.move_to_end(k); return lru[k]
    v = k * k; lru[k] = v
    if len(lru) > 3: print("evict", lru.popitem(last=False))
    return v
for k in [1, 2, 3, 1, 4, 5, 1]: get(k)
print(list(lru.items()))
primes = [n for n in range(2, 60) if all(n % p for p in range(2, int(n ** 0.5) + 1))]
print(primes, sum(primes), list(itertools.accumulate(primes[:6])))
def collatz(n):
    steps = 0
    while n != 1: n = n // 2 if n % 2 == 0 else 3 * n + 1; steps += 1
    return steps
print(max(range(1, 3000), key=collatz), collatz(27))
