import random
r = random.Random(11)
cnt = [0]
class K:
    __slots__ = ('v',)
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        cnt[0] += 1
        return self.v < o.v
nan = float('nan')
tot = 0
for trial in range(120):
    n = r.choice([5, 30, 64, 65, 100, 200, 500, 1000, 3000])
    kind = trial % 6
    if kind == 0:
        data = [r.randint(0, 50) for _ in range(n)]
    elif kind == 1:
        data = sorted(r.randint(0, 10**6) for _ in range(n))
        for _ in range(n // 20):
            i, j = r.randrange(n), r.randrange(n)
            data[i], data[j] = data[j], data[i]
    elif kind == 2:
        data = list(range(n, 0, -1)) + list(range(n // 2))
    elif kind == 3:
        data = [r.random() for _ in range(n)]
        for _ in range(n // 10):
            data[r.randrange(n)] = nan
    elif kind == 4:
        runs = []
        while len(runs) < n:
            k = r.randint(1, 80)
            st = r.randint(0, 1000)
            runs.extend(range(st, st + k) if r.random() < 0.5 else range(st + k, st, -1))
        data = runs[:n]
    else:
        data = [r.randint(0, 3) for _ in range(n)]
    cnt[0] = 0
    ks = [K(x) for x in data]
    ks.sort(reverse=(trial % 4 == 1))
    out = [k.v for k in ks]
    h = 0
    for i, v in enumerate(out):
        h = (h * 31 + (hash(v) if v == v else 7)) % 1000000007
    tot = (tot + h + cnt[0]) % 1000000007
    print(trial, n, cnt[0], h)
    s2 = sorted(data, key=lambda x: -x if x == x else 0)
    print(sum(1 for a, b in zip(s2, s2[1:]) if a == a and b == b and -a > -b), s2[:3] if kind != 3 else len(s2))
print(tot)
