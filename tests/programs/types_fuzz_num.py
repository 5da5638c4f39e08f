import random
r = random.Random(5)
def rv():
    k = r.randint(0, 6)
    if k == 0: return r.randint(-10, 10)
    if k == 1: return r.randint(-2**70, 2**70)
    if k == 2: return r.uniform(-1e6, 1e6)
    if k == 3: return r.choice([0.0, -0.0, float('inf'), float('-inf'), 1e308, 5e-324, 0.5, 2.5])
    if k == 4: return r.randint(-2**63, 2**63)
    if k == 5: return complex(r.randint(-5, 5), r.randint(-5, 5))
    return r.choice([True, False])
ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '<', '<=', '==', '!=']
for i in range(6000):
    a, b = rv(), rv()
    op = r.choice(ops)
    if op == '**' and isinstance(b, int) and abs(b) > 50: b = b % 50
    if op == '<<' and isinstance(b, int) and abs(b) > 200: b = b % 200
    try:
        res = eval(f'a {op} b')
        out = repr(res)
    except Exception as e:
        out = type(e).__name__ + ': ' + str(e)
    print(repr(a), op, repr(b), '->', out)
for i in range(1500):
    v = rv()
    spec = r.choice(['', 'd', 'x', '#b', ',', '_', '.3f', 'e', 'g', '%', '+08.2f', '^12', '<5', 'n', '.0', 'c', 's'])
    try: out = format(v, spec)
    except Exception as e: out = type(e).__name__ + ': ' + str(e)
    try: rnd = repr(round(v, r.randint(-3, 3))) if not isinstance(v, complex) else ''
    except Exception as e: rnd = type(e).__name__
    print(repr(v), repr(spec), out, rnd, hash(v) if not (isinstance(v, float) and v != v) else '')
