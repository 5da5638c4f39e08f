# graph algorithms: Dijkstra with heapq, BFS shortest path, DFS topological sort, union-find
import heapq
graph = {
    "A": [("B", 7), ("C", 9), ("F", 14)],
    "B": [("A", 7), ("C", 10), ("D", 15)],
    "C": [("A", 9), ("B", 10), ("D", 11), ("F", 2)],
    "D": [("B", 15), ("C", 11), ("E", 6)],
    "E": [("D", 6), ("F", 9)],
    "F": [("A", 14), ("C", 2), ("E", 9)],
}
def dijkstra(src):
    dist = {n: float("inf") for n in graph}
    prev = {}
    dist[src] = 0
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]:
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra("A")
print(dist)
def path(prev, t):
    p = [t]
    while p[-1] in prev:
        p.append(prev[p[-1]])
    return p[::-1]
for t in "BCDEF":
    print(t, dist[t], "->".join(path(prev, t)))
dag = {"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"], "belt": ["jacket"], "socks": ["shoes"], "shoes": [], "jacket": [], "watch": []}
def topo(g):
    seen, order = set(), []
    def visit(n):
        if n in seen:
            return
        seen.add(n)
        for m in g[n]:
            visit(m)
        order.append(n)
    for n in g:
        visit(n)
    return order[::-1]
print(topo(dag))
parent = list(range(10))
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
def union(a, b):
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)
for a, b in [(1, 2), (3, 4), (2, 3), (5, 6), (7, 7), (8, 9), (6, 9)]:
    union(a, b)
groups = {}
for i in range(10):
    groups.setdefault(find(i), []).append(i)
print(groups)
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(len(h))], heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3]))
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 5), heapq.heapreplace(data, 0), sorted(data))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
