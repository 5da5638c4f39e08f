# tarfile: writing ustar/pax headers byte for byte (long and non-ASCII names, links),
# reading, listing, extracting, gzip, probing with 'r:*', directories added recursively.
import tarfile, io, os, tempfile, hashlib
b = io.BytesIO()
with tarfile.open(fileobj=b, mode='w') as t:
    data = b'hello world'
    ti = tarfile.TarInfo('dir/a.txt'); ti.size = len(data); ti.mtime = 1000; t.addfile(ti, io.BytesIO(data))
    ti = tarfile.TarInfo('dir'); ti.type = tarfile.DIRTYPE; ti.mode = 0o755; t.addfile(ti)
    long = 'x' * 120 + '/' + 'y' * 50
    ti = tarfile.TarInfo(long); ti.size = 3; t.addfile(ti, io.BytesIO(b'abc'))
    ti = tarfile.TarInfo('z' * 130); ti.size = 1; t.addfile(ti, io.BytesIO(b'q'))
    ti = tarfile.TarInfo('ünï.txt'); ti.size = 2; ti.uname = 'bob'; t.addfile(ti, io.BytesIO(b'hi'))
    ti = tarfile.TarInfo('link'); ti.type = tarfile.SYMTYPE; ti.linkname = 'dir/a.txt'; t.addfile(ti)
v = b.getvalue()
print(len(v), hashlib.md5(v).hexdigest())
b.seek(0)
with tarfile.open(fileobj=b) as t:
    print(t.getnames())
    for m in t:
        print(m.name, m.size, m.mode, m.type, m.isfile(), m.isdir(), m.issym(), m.mtime, m.uname, m.linkname)
    t.list(verbose=False)
    t.list()
    print(t.extractfile('dir/a.txt').read(), t.extractfile('link').read())
    print(t.getmember('dir').isdir())
    try: t.getmember('nope')
    except KeyError as e: print(repr(e))
    d = tempfile.mkdtemp()
    t.extractall(d)
    print(sorted(os.listdir(d)), open(os.path.join(d, 'dir/a.txt')).read(), os.readlink(os.path.join(d, 'link')))
b.seek(0); print(tarfile.is_tarfile(b), tarfile.is_tarfile(io.BytesIO(b'x' * 1000)))
g = io.BytesIO()
with tarfile.open(fileobj=g, mode='w:gz') as t:
    ti = tarfile.TarInfo('a'); ti.size = 1; t.addfile(ti, io.BytesIO(b'1'))
g.seek(0)
with tarfile.open(fileobj=g, mode='r:*') as t: print(t.getnames(), t.extractfile('a').read())
g.seek(0)
with tarfile.open(fileobj=g, mode='r:gz') as t: print(t.getnames())
src = tempfile.mkdtemp()
os.makedirs(os.path.join(src, 'p/q'))
with open(os.path.join(src, 'p/q/f.txt'), 'w') as f: f.write('data')
with open(os.path.join(src, 'p/g.txt'), 'w') as f: f.write('gg')
tp = os.path.join(src, 'out.tar')
with tarfile.open(tp, 'w') as t: t.add(os.path.join(src, 'p'), arcname='p')
with tarfile.open(tp) as t:
    print([(m.name, m.size, m.type) for m in t.getmembers()])
try: tarfile.open(fileobj=io.BytesIO(b'garbage' * 100))
except tarfile.ReadError as e: print('ReadError', e)
try: tarfile.open(fileobj=io.BytesIO(b''))
except tarfile.ReadError as e: print('ReadError', e)
