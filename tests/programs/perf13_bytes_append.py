# bytes concatenation results that are views into an append buffer (str_append.rs): they
# must behave exactly as flat bytes everywhere.
import threading, pickle, hashlib, struct

b = b''
for i in range(3000):
    b += bytes([i % 251]) * 3
print(len(b), hash(b) == hash(bytes(b)), b == bytes(bytearray(b)), b[:10], b[-5:])
print(hashlib.sha256(b).hexdigest())

# Branching: two results extending the same view must not see each other's bytes.
base = b'x' * 300
base += b'y'
left = base + b'L' * 10
right = base + b'R' * 10
print(left[-12:], right[-12:], base[-3:], len(base), len(left), len(right))
again = left + b'!'
print(again[-3:], left[-3:])

# Appending bytearray and memoryview operands.
v = b'a' * 400
v += bytearray(b'bc')
v += memoryview(b'de')
print(type(v).__name__, v[-6:], len(v))

# bytearray + bytes stays bytearray; bytes + bytearray is bytes.
ba = bytearray(b'q' * 300)
r = ba + b'z'
print(type(r).__name__, r[-2:], len(r))
r2 = (b'p' * 300) + bytearray(b'w')
print(type(r2).__name__, r2[-2:])

# Subclasses: the result of + is exact bytes; a subclass operand on either side.
class B(bytes):
    pass
s = B(b'k' * 300)
t = s + b'm'
print(type(t).__name__, t[-2:], len(t))
u = (b'k' * 300) + B(b'n')
print(type(u).__name__, u[-2:])
w = s
for _ in range(5):
    w += b'o' * 100
print(type(w).__name__, len(w), w[-3:])
class B2(bytes):
    def __add__(self, other):
        return 'custom'
print(B2(b'a' * 300) + b'b')
print(b'a' * 300 + B2(b'b'))

# Empty operands.
e = b'z' * 300
print(e + b'' is e, (b'' + e) is e, len(e + b''))

# Errors.
for bad in ['s', 1, None, [1]]:
    try:
        (b'x' * 300) + bad
    except TypeError as ex:
        print('TypeError', ex)
try:
    big = b'x' * 300
    big += 'str'
except TypeError as ex:
    print('TypeError', ex)

# Methods, slicing, dict keys, pickling, struct, decode, comparisons on views.
k = b'key' * 100
k += b'!'
d = {k: 1}
print(d[b'key' * 100 + b'!'], k.find(b'!'), k.count(b'key'), k.endswith(b'y!'), k.upper()[-4:])
print(pickle.loads(pickle.dumps(k)) == k, k.decode()[-3:], struct.unpack_from('<3s', k, 297))
print(k < k + b'a', k[::-1][:4], bytes(memoryview(k)[-3:]), k.split(b'!'), k.hex()[-6:])
print(repr(k[-10:]), k.replace(b'key', b'K')[-5:], b'%s' % k[-4:], k * 0, len(k * 2))
print(int.from_bytes(k[-4:], 'big'), bytearray(k)[-2:], k.startswith(b'key'), k.index(b'!'))

# Threads each extending a view they share: every result holds exactly its own bytes.
shared = b's' * 500
shared += b'!'
results = [None] * 4
def work(n):
    x = shared
    for i in range(2000):
        x += bytes([65 + n])
    results[n] = x
ts = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t_ in ts:
    t_.start()
for t_ in ts:
    t_.join()
for n, x in enumerate(results):
    print(n, len(x), x[:501] == shared, x[501:] == bytes([65 + n]) * 2000)
print(shared[-2:], len(shared))

# Views survive collections with only the view naming the buffer.
import gc
keep = []
for j in range(50):
    y = b'%03d' % j * 100
    y += b'end'
    keep.append(y)
    y = None
gc.collect()
junk = [bytes(1000) for _ in range(2000)]
gc.collect()
print(all(x == (b'%03d' % j * 100) + b'end' for j, x in enumerate(keep)))
