# dict/set/list comprehensions, dict.items iteration, membership.
tot = 0
for rep in range(40):
    d = {i: i * i for i in range(10000)}
    s = {v % 1000 for v in d.values()}
    l = [k for k, v in d.items() if v % 3 == 1]
    inv = {v: k for k, v in d.items()}
    tot += len(s) + len(l) + len(inv) + sum(1 for k in l if k in d)
print(tot)
