import random
r = random.Random(21)
def rs():
    return slice(r.choice([None, r.randint(-12, 12)]), r.choice([None, r.randint(-12, 12)]), r.choice([None, 1, 2, -1, -2, 3, -3]))
for i in range(3000):
    l = list(range(r.randint(0, 10)))
    ba = bytearray(l)
    sl = rs()
    op = r.randint(0, 4)
    try:
        if op == 0:
            n = len(range(len(l))[sl])
            val = list(range(100, 100 + (n if sl.step not in (None, 1) else r.randint(0, 4))))
            l[sl] = val; ba[sl] = val
        elif op == 1:
            del l[sl]; del ba[sl]
        elif op == 2:
            l.insert(r.randint(-12, 12), 99); ba.insert(r.randint(-12, 12), 99)
        elif op == 3:
            x = l.pop(r.randint(-12, 12)); y = ba.pop(r.randint(-12, 12))
        else:
            l[sl] = l; ba[sl] = ba
        print(i, l, ba, l[sl], ba[sl], tuple(l)[sl])
    except Exception as e:
        print(i, type(e).__name__, e)
d = {}
s = set()
for i in range(5000):
    k = r.choice([r.randint(0, 40), r.randint(-5, 5) * 1000, (r.randint(0, 3), r.randint(0, 3)), r.randint(0, 5) + 0.5])
    op = r.randint(0, 5)
    if op < 3:
        d[k] = i; s.add(k)
    elif op == 3:
        d.pop(k, None); s.discard(k)
    elif op == 4 and d:
        d.popitem()
        if s: s.pop()
    else:
        d.setdefault(k, -i)
    if i % 250 == 0:
        print(list(d.items())[:30], list(s)[:30], len(d), len(s))
print(d, s)
