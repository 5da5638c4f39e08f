# laziness of itertools: side effects show evaluation order
import itertools as it
def noisy(name, values):
    for v in values:
        print(f"  {name} yields {v}")
        yield v
c = it.chain(noisy("A", [1, 2]), noisy("B", [3]))
print("chain built")
print(next(c))
print(list(c))
s = it.islice(noisy("S", range(10)), 2, 6, 2)
print(list(s))
tw = it.takewhile(lambda x: x < 3, noisy("T", [1, 2, 3, 4]))
print(list(tw))
z = zip(noisy("Z1", [1, 2, 3]), noisy("Z2", "ab"))
print(list(z))
g = it.groupby(noisy("G", "aabcc"))
for k, grp in g:
    print("group", k)
p = it.product(noisy("P1", [1, 2]), noisy("P2", "xy"))
print("product built (inputs consumed eagerly)")
print(list(p))
m = map(lambda x: x * 10, noisy("M", [1, 2]))
print("map built")
print(list(m))
acc = it.accumulate(noisy("ACC", [1, 2, 3]))
print(next(acc), next(acc))
cnt = it.count(5)
lst = []
for x in cnt:
    if x > 8:
        break
    lst.append(x)
print(lst, next(cnt))
t1, t2 = it.tee(noisy("TEE", [1, 2]))
print(next(t1))
print(next(t2))
print(list(t1), list(t2))
