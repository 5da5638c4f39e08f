# list.insert / pop(i) / pop(0) / del l[i] shift items with objmodel::slot::shift_up/down
# (barrier checked once per shift, four slots at a time): contents checked against CPython.
import random
r = random.Random(9)
l = []; ref = []
for step in range(20000):
    op = r.randrange(6); x = r.randrange(1000)
    if op < 2:
        i = r.randrange(-len(l) - 2, len(l) + 3); l.insert(i, x)
    elif op == 2 and l:
        i = r.randrange(-len(l), len(l)); l.pop(i)
    elif op == 3 and l:
        l.pop(0)
    elif op == 4:
        l.insert(0, x)
    elif l:
        del l[r.randrange(len(l))]
    if step % 1000 == 0: print(len(l), sum(l), l[:5], l[-5:])
print(l[:20], len(l))
