import gzip
import io
import marshal
import os
import tempfile

data = b'hello gzip world\n' * 50
c = gzip.compress(data, mtime=0)
print(c[:10], len(gzip.decompress(c)), gzip.decompress(c) == data)
print(gzip.decompress(gzip.compress(b'', mtime=0)), gzip.compress(b'x', compresslevel=1, mtime=5)[:10])
print(gzip.decompress(c + gzip.compress(b'second', mtime=0))[-12:])
for bad in [b'not gzip data', c[:-4], c[:5]]:
    try:
        gzip.decompress(bad)
    except (gzip.BadGzipFile, EOFError) as e:
        print(type(e).__name__, e)
corrupt = bytearray(c)
corrupt[-8] ^= 1
try:
    gzip.decompress(bytes(corrupt))
except gzip.BadGzipFile as e:
    print('BadGzipFile', str(e)[:18])

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f.txt.gz')
    with gzip.open(path, 'wb') as f:
        f.write(b'line one\nline two\n')
        f.write(b'line three\n')
    with gzip.open(path, 'rb') as f:
        print(f.read(4), f.readline(), list(f))
    with gzip.open(path) as f:
        print(f.read())
    with gzip.open(path, 'wt', encoding='utf-8') as f:
        f.write('caf\xe9\nsecond\n')
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        print([line for line in f])
    with open(path, 'rb') as raw:
        head = raw.read(20)
    print(head[:4], head[9:10], head[10:15])
bio = io.BytesIO()
with gzip.GzipFile(fileobj=bio, mode='wb', mtime=0) as g:
    g.write(b'abc')
print(bio.getvalue())
bio.seek(0)
with gzip.GzipFile(fileobj=bio) as g:
    print(g.read(), g.mtime)
try:
    gzip.open('x', 'rbt')
except ValueError as e:
    print('ValueError', e)

values = [None, True, False, 0, 1, -5, 2**31 - 1, 2**31, -2**31 - 1, 2**40, -(2**100), 1.5, -0.0,
          float('inf'), 1j, 2 - 3.5j, '', 'abc', 'h\xe9llo', 'x' * 300, 'a b', b'', b'xy', (), (1, 2),
          [1, 'a'], {'k': 1, 2: [3]}, {1, 2}, frozenset({3}), ..., StopIteration, bytearray(b'ba')]
for v in values:
    b = marshal.dumps(v)
    back = marshal.loads(b)
    print(repr(v)[:30], back == v or v != v, type(back).__name__)
print(marshal.dumps(None), marshal.dumps(True), marshal.dumps(1), marshal.dumps(-5), marshal.dumps(2**40))
print(marshal.dumps(1.5), marshal.dumps('abc'), marshal.dumps('h\xe9llo'), marshal.dumps(b'xy'))
print(marshal.dumps((1, 2)), marshal.dumps({'k': 1}), marshal.dumps(frozenset()), marshal.dumps(()))
nested = [[1, 2], ('t', ('u',)), {'a': {'b': None}}]
print(marshal.loads(marshal.dumps(nested)) == nested, marshal.version)
x = 'shared'
print(marshal.loads(marshal.dumps([x, x])))
buf = io.BytesIO()
marshal.dump({'a': 1}, buf)
marshal.dump([2], buf)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf))
for bad in [b'', b'i\x01', b'\x01', b'[\x02\x00\x00\x00N']:
    try:
        marshal.loads(bad)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e)
try:
    marshal.dumps(object())
except ValueError as e:
    print('ValueError', e)
print(marshal.loads(b'\xe9\x01\x00\x00\x00'), marshal.loads(b'[\x02\x00\x00\x00\xda\x03abcr\x00\x00\x00\x00'))
