# pickle.dumps/loads of built-in type graphs go through the native _pyrs_pickle first; the
# bytes and objects must be CPython's, and whatever the native code declines (other classes,
# old protocols, errors, deep nesting) must behave as before.
import pickle, sys

def show(obj, protos=(2, 3, 4, 5, -1, None)):
    for p in protos:
        try:
            b = pickle.dumps(obj) if p is None else pickle.dumps(obj, p)
        except Exception as e:
            print(p, 'dumps error', type(e).__name__)
            continue
        back = pickle.loads(b)
        same = back == obj if obj == obj else repr(back) == repr(obj)
        print(p, len(b), b.hex() if len(b) < 120 else b[:60].hex() + '...' + b[-20:].hex(), same, type(back).__name__)

show(None); show(True); show(False)
for i in [0, 1, 255, 256, 65535, 65536, -1, -128, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
          2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 10**30, -10**30, 2**2100 + 1, -(2**2100)]:
    show(i, (2, 4))
for x in [0.0, -0.0, 1.5, -2.25e300, float('inf'), float('-inf'), 1e-310]:
    show(x, (2, 4))
show(float('nan'), (4,))
for s in ['', 'a', 'é€😀', 'x' * 255, 'y' * 256, 'z' * 70000]:
    show(s, (2, 3, 4))
for b in [b'', b'\x00\xff', b'q' * 255, b'r' * 256, b's' * 70000, bytearray(b'ba')]:
    show(b, (2, 3, 4, 5))
show(())
show((1,)); show((1, 'a')); show((1, 'a', 2.5)); show((1, 2, 3, 4, 5))
show([]); show([1]); show([1, 2]); show(list(range(1000)), (4,)); show(list(range(2500)), (4,))
show({}); show({'a': 1}); show({'a': 1, 'b': [2]})
show({i: str(i) for i in range(1000)}, (4,)); show({i: i for i in range(2000)}, (2, 4))
show(set()); show({1, 2, 3}); show(set(range(1000)), (4,)); show(set(range(2000)), (4,))
show(frozenset()); show(frozenset({1, 2})); show({frozenset({1}): (2, 3)})

# Shared and recursive structures (the memo).
s = 'shared'
l = [1]
show([s, s, l, l, (s, l), (s, l)])
t = (l, l)
show([t, t, {'k': t}])
r = []
r.append(r)
b = pickle.loads(pickle.dumps(r))
print(pickle.dumps(r).hex(), b[0] is b)
rd = {}
rd['self'] = rd
b = pickle.loads(pickle.dumps(rd))
print(pickle.dumps(rd).hex(), b['self'] is b)
rt = ([],)
rt[0].append(rt)
b = pickle.loads(pickle.dumps(rt))
print(pickle.dumps(rt).hex(), b[0][0] is b)
big = {'k%d' % i: [i, 'v%d' % i, (i, i * 0.5)] for i in range(3000)}
for p in (2, 3, 4, 5):
    d = pickle.dumps(big, p)
    print(p, len(d), hash(d) == hash(bytes(d)), d[:40].hex(), d[-40:].hex(), pickle.loads(d) == big)

# Deep nesting: past the native depth the Python code takes over.
deep = []
cur = deep
for i in range(300):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
d = pickle.dumps(deep)
print(len(d), pickle.loads(d) == deep)

# Things the native path declines.
class P:
    def __init__(self, a):
        self.a = a
    def __eq__(self, o):
        return type(o) is P and o.a == self.a
class MyList(list):
    pass
class MyInt(int):
    pass
show([P(1), P(2)], (2, 4))
show(MyList([1, 2]), (4,))
show(MyInt(5), (4,))
show({'x': len, 'y': P}, (4,))
show([1, 2], (0, 1))
for bad in ['x', True]:
    try:
        print(pickle.dumps([1], bad).hex())
    except Exception as e:
        print('dumps', repr(bad), type(e).__name__)
try:
    pickle.dumps([1], 6)
except ValueError as e:
    print('ValueError', e)
print(pickle.dumps([1], fix_imports=False).hex())

# loads errors and odd input: the Python code's errors.
good = pickle.dumps({'a': [1, 2, 'x'], 'b': (1.5, None)}, 4)
for data in [good[:-1], good[:5], good[:20], b'\x80\x04\x95', b'\x80\x09N.',
             b'\x80\x04h\x05.', b'\x80\x04}](K\x01e.', b'\x80\x04}]K\x01s.',
             b'zzz', b'N.trailing', b'(K\x01K\x02t.', b'(K\x01K\x02l.',
             b'(K\x01K\x02d.', b'K\x01\x85.', b'\x8b\xff\xff\xff\xff.',
             b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01K\x02.',
             b'\x80\x04\x95\x02\x00\x00\x00\x00\x00\x00\x00N.']:
    try:
        print(repr(pickle.loads(data)))
    except Exception as e:
        print('loads error', type(e).__name__)
print(pickle.loads(bytearray(good)), pickle.loads(memoryview(good)))

# Pickles from the old protocols and with globals still load.
for p in range(6):
    print(p, pickle.loads(pickle.dumps([1, 'a', (2.5, None), {3: b'x'}, {4}], p)))
print(pickle.loads(pickle.dumps(P(3))) == P(3), pickle.loads(pickle.dumps(len)) is len)

# A Pickler subclass with persistent_id is untouched.
import io
class PP(pickle.Pickler):
    def persistent_id(self, obj):
        return 'pid' if obj == 'secret' else None
f = io.BytesIO()
PP(f, 4).dump(['a', 'secret'])
print(f.getvalue().hex())
