"""zlib and gzip compression give CPython's exact bytes (the system zlib, stdlib d/zlib_sys.rs): sizes and
digests of compressed data at every level, container, flush mode and strategy."""
import zlib, gzip, hashlib, io
data = b"".join(b"line %d of some text, repeated words words words\n" % i for i in range(2000))
for lv in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, lv)
    print(lv, len(c), hashlib.sha1(c).hexdigest()[:12], zlib.decompress(c) == data)
for wb in (9, 15, -15, 31):
    co = zlib.compressobj(6, zlib.DEFLATED, wb)
    out = b"".join(co.compress(data[i:i+1000]) for i in range(0, len(data), 1000)) + co.flush()
    print(wb, len(out), hashlib.sha1(out).hexdigest()[:12])
co = zlib.compressobj(level=9, memLevel=9, strategy=zlib.Z_FILTERED)
a = co.compress(data[:5000]); b = co.flush(zlib.Z_SYNC_FLUSH); c = co.compress(data[5000:]); d = co.flush()
print(len(a), len(b), len(c), len(d), hashlib.sha1(a+b+c+d).hexdigest()[:12], zlib.decompress(a+b+c+d) == data)
try:
    co.compress(b"x")
except zlib.error as e:
    print("error", e)
g = gzip.compress(data, mtime=0)
print(len(g), hashlib.sha1(g).hexdigest()[:12])
print(zlib.compress(b""), zlib.compress(b"a"))
