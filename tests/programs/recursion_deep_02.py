# deep but bounded recursion with a raised limit: tree building/traversal, memoized recursion
import sys
sys.setrecursionlimit(6000)
def build(n):
    return None if n == 0 else (n, build(n - 1))
def walk(t):
    return 0 if t is None else t[0] + walk(t[1])
t = build(3000)
print(walk(t))
memo = {}
def stairs(n):
    if n <= 1:
        return 1
    if n in memo:
        return memo[n]
    memo[n] = stairs(n - 1) + stairs(n - 2)
    return memo[n]
print(stairs(2500) % 1000000007, len(str(stairs(2500))))
def flatten(x, acc):
    if isinstance(x, list):
        for y in x:
            flatten(y, acc)
    else:
        acc.append(x)
    return acc
nested = 0
for i in range(2000):
    nested = [i, nested]
print(len(flatten(nested, [])), flatten(nested, [])[:5])
def ackermann_like(n):
    return n if n < 1 else ackermann_like(n - 1) + 1
print(ackermann_like(4000))
