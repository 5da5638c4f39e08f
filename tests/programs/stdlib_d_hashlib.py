# hashlib, hmac: digests of known inputs, incremental updates, copies, errors.
import hashlib
import hmac


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error")


DATA = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 5]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    ctor = getattr(hashlib, name)
    for d in DATA:
        h = ctor(d)
        assert h.hexdigest() == hashlib.new(name, d).hexdigest()
        assert h.digest() == bytes.fromhex(h.hexdigest())
        print(name, len(d), h.hexdigest())
    h = ctor()
    print(h.name, h.digest_size, h.block_size, type(h).__name__)

# incremental == one-shot; copy forks the state
h = hashlib.sha256()
for chunk in [b"a", b"bc", b"", b"d" * 1000]:
    h.update(chunk)
c = h.copy()
c.update(b"more")
print(h.hexdigest() == hashlib.sha256(b"abc" + b"d" * 1000).hexdigest())
print(c.hexdigest() == hashlib.sha256(b"abc" + b"d" * 1000 + b"more").hexdigest())
print(h.hexdigest() == h.hexdigest(), h.digest()[:4])

# buffers
print(hashlib.md5(bytearray(b"xyz")).hexdigest(), hashlib.md5(memoryview(b"xyz")).hexdigest())
print(hashlib.new("SHA256", b"x").name, hashlib.new("sha-1", data=b"x").hexdigest())
print(hashlib.md5(string=b"x", usedforsecurity=False).hexdigest())
err(lambda: hashlib.new("md5", string=b"x"))
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256", "sha512"}))
print("sha256" in hashlib.algorithms_available)

err(lambda: hashlib.md5("text"))
err(lambda: hashlib.sha1(5))
err(lambda: hashlib.sha256().update("s"))
err(lambda: hashlib.sha256().update())
err(lambda: hashlib.new("nope"))
err(lambda: hashlib.new(5))
err(lambda: hashlib.new())
err(lambda: hashlib.md5(b"a", b"b"))
err(lambda: hashlib.md5(data=b"x"))

print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 20).hex())
print(hashlib.pbkdf2_hmac("sha512", b"pw", b"NaCl", 50, dklen=70).hex())
err(lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0))

import io
print(hashlib.file_digest(io.BytesIO(b"file contents"), "sha1").hexdigest())

# hmac
for dm in ["md5", "sha1", "sha256", hashlib.sha512]:
    m = hmac.new(b"key", b"The quick brown fox", dm)
    print(m.name, m.digest_size, m.hexdigest())
long_key = b"k" * 200
m = hmac.new(long_key, digestmod="sha256")
m.update(b"part1")
m2 = m.copy()
m2.update(b"part2")
print(m.hexdigest(), m2.hexdigest() == hmac.new(long_key, b"part1part2", "sha256").hexdigest())
print(hmac.digest(b"k", b"msg", "sha1").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest("ab", "ab"))
err(lambda: hmac.new(b"key", b"msg"))
err(lambda: hmac.new("key", b"msg", "md5"))
