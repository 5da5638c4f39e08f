# zlib: checksums, round trips in the three containers, streaming objects, errors.
import zlib


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error")


for d in [b"", b"a", b"hello world", bytes(range(256)) * 40]:
    print(len(d), zlib.crc32(d), zlib.adler32(d))
print(zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))
print(zlib.adler32(b"world", zlib.adler32(b"hello ")) == zlib.adler32(b"hello world"))
print(zlib.crc32(b"x", -1), zlib.crc32(b"x", 2**40 + 7), zlib.adler32(bytearray(b"abc"), 0))
print(zlib.crc32(memoryview(b"abc")))

text = b"".join(b"line %d of some fairly repetitive text\n" % i for i in range(300))
for level in [-1, 0, 1, 6, 9]:
    for wbits in [15, 9, -15, 31, 25]:
        c = zlib.compress(text, level, wbits)
        back = zlib.decompress(c, wbits if wbits != 25 else 31)
        print(level, wbits, back == text, len(c) < len(text) or level == 0, c[:2].hex() if wbits > 0 else "")
print(zlib.decompress(zlib.compress(text), 47) == text, zlib.decompress(zlib.compress(text, wbits=31), 47) == text)
print(zlib.decompress(zlib.compress(text), 0) == text)
# bytes made by C zlib decompress here
print(zlib.decompress(b'x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00\x1a\x0b\x04]'))
print(zlib.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03KLJ\x06\x00\xc2A$5\x03\x00\x00\x00', 31))
print(zlib.decompress(zlib.compress(b"abc") + b"trailing"))

err(lambda: zlib.decompress(b"garbage"))
err(lambda: zlib.decompress(zlib.compress(text)[:-3]))
err(lambda: zlib.decompress(zlib.compress(text)[:20]))
good = bytearray(zlib.compress(b"abc"))
good[-1] ^= 1
err(lambda: zlib.decompress(bytes(good)))
err(lambda: zlib.decompress(zlib.compress(b"abc"), 8))
err(lambda: zlib.decompress(zlib.compress(b"abc"), 31))
err(lambda: zlib.decompress(b"abc", 100))
err(lambda: zlib.compress(b"x", 10))
err(lambda: zlib.compress(b"x", wbits=16))
err(lambda: zlib.compress("text"))
err(lambda: zlib.crc32("text"))
print(issubclass(zlib.error, Exception), zlib.error.__module__, zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEFLATED)

# streaming
co = zlib.compressobj(9)
parts = [co.compress(text[i:i + 1000]) for i in range(0, len(text), 1000)]
parts.append(co.flush())
stream = b"".join(parts)
print(parts[0][:2].hex(), zlib.decompress(stream) == text)
err(lambda: co.compress(b"more"))
co = zlib.compressobj(wbits=-15)
s = co.compress(b"abc") + co.flush(zlib.Z_SYNC_FLUSH) + co.compress(b"def") + co.flush()
print(zlib.decompress(s, -15))
co = zlib.compressobj(wbits=31)
g = co.compress(text) + co.flush()
print(g[:3].hex(), zlib.decompress(g, 31) == text)

do = zlib.decompressobj()
out = b"".join(do.decompress(stream[i:i + 7]) for i in range(0, len(stream), 7))
print(out == text, do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj()
first = do.decompress(stream + b"extra", 100)
print(len(first), do.eof, len(do.unconsumed_tail) > 0)
rest = do.flush()
print(first + rest == text, do.eof, do.unused_data)
do = zlib.decompressobj(47)
print(do.decompress(g) == text, do.eof)
err(lambda: zlib.decompressobj().decompress(b"garbage!"))
err(lambda: zlib.decompressobj().decompress(b"x", -1))
err(lambda: zlib.compressobj(wbits=100))
err(lambda: zlib.decompressobj(wbits=100))
