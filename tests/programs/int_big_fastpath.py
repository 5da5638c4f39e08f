# Big-int +, -, * and comparisons on the objects' digits (vm/src/objects/int_fast.rs):
# signs, carries, digit-boundary values, canonical small results, against CPython.
import random
r = random.Random(5)
vals = [0, 1, -1, 2**31, -2**31, 2**32-1, 2**32, -2**32, 2**62-1, 2**62, -2**62, -2**62-1, 2**63, -2**63, 2**64-1, 2**64, -2**64, 2**100, -2**100, 3**200, -(7**150)]
for _ in range(60):
    n = r.randrange(1, 3000)
    vals.append(r.getrandbits(n) * r.choice([1, -1]))
acc = 0
out = []
for a in vals:
    for b in vals:
        s, d, p = a + b, a - b, a * b
        c = (a < b, a <= b, a == b, a != b, a > b, a >= b)
        acc = (acc * 1000003 + hash(s) ^ hash(d) ^ hash(p) ^ hash(c)) % (1 << 61)
        if type(s) is not int or type(p) is not int: print("bad type")
        # canonical small check via identity-free ops
        if -(1 << 62) <= s < (1 << 62) and s.bit_length() > 63: print("bad")
print(acc)
print(sum(vals) % 10**9, (vals[-1] * vals[-2]) % 10**9)
