# set-based algorithms: sieve, graph reachability, dedupe
def sieve(n):
    composite = set()
    primes = []
    for i in range(2, n + 1):
        if i not in composite:
            primes.append(i)
            composite.update(range(i * i, n + 1, i))
    return primes
print(sieve(100))
print(len(sieve(5000)))
graph = {1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: {6}, 6: set(), 7: {1}}
def reach(start):
    seen = {start}
    stack = [start]
    while stack:
        n = stack.pop()
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                stack.append(m)
    return seen
for s in graph:
    print(s, sorted(reach(s)))
all_nodes = set(graph)
targets = set().union(*graph.values())
print(sorted(all_nodes - targets), sorted(targets), all_nodes >= targets)
evens = set(range(0, 30, 2))
threes = set(range(0, 30, 3))
print(sorted(evens & threes), sorted(evens ^ threes)[:8], len(evens | threes))
pairs = {(a, b) for a in range(5) for b in range(5) if a < b}
print(len(pairs), sorted(pairs)[:4])
s = {n * n % 17 for n in range(17)}
print(s, len(s))
print({2 ** i % 11 for i in range(20)})
a = frozenset(range(5))
b = frozenset(range(3, 8))
print(a, b, a - b, sorted(a | b), a & b)
power = [set()]
for x in [1, 2, 3]:
    power += [p | {x} for p in power]
print(sorted(sorted(p) for p in power))
print({frozenset({1, 2}), frozenset({2, 1})} == {frozenset({1, 2})})
print(set([1, 2, 3]).issubset({1, 2, 3, 4}), {x for x in range(64)} == set(range(64)))
print({1000, 2000, 3000, 4096, 8192}, {-5, 5, -10, 10})
