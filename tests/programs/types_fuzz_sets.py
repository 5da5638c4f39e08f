import random
r = random.Random(77)
def key():
    return r.choice([r.randint(-50, 200), r.randint(-5, 5) * 1024, (r.randint(0, 4), r.randint(0, 4)), r.randint(0, 9) + 0.5, r.randint(0, 3) * 2**40])
sets = [set(), set(), set()]
for i in range(20000):
    a = r.choice(sets); b = r.choice(sets)
    op = r.randint(0, 14)
    if op < 5: a.add(key())
    elif op < 7: a.discard(key())
    elif op == 7 and a: a.pop()
    elif op == 8: a |= {key() for _ in range(r.randint(0, 5))}
    elif op == 9: a -= set(key() for _ in range(r.randint(0, 30)))
    elif op == 10: a &= (b | {key()})
    elif op == 11: a ^= {key() for _ in range(3)}
    elif op == 12: a.update([key() for _ in range(4)], {key(): 1})
    elif op == 13:
        c = a.copy(); c.difference_update(b); sets[r.randrange(3)] = c
    else:
        sets[r.randrange(3)] = (a - b) | (b & a) if r.random() < 0.5 else frozenset(a) ^ b
        sets = [set(x) for x in sets]
    if len(a) > 300:
        a.clear()
    if i % 400 == 0:
        print(i, [list(x)[:25] for x in sets])
print([sorted(x, key=repr) == sorted(list(x), key=repr) for x in sets], [list(x) for x in sets])
