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

# sha3, shake, blake2 (all parameters)
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b'k'*65), dict(salt=b's'*17), dict(person=b'p'*17), dict(fanout=256), dict(depth=0), dict(depth=256), dict(leaf_size=2**32), dict(leaf_size=-1), dict(node_offset=2**64), dict(node_depth=256), dict(inner_size=65), dict(foo=1)]:
  try: hashlib.blake2b(**kw); print('ok', kw)
  except Exception as e: print(kw, type(e).__name__, e)
for kw in [dict(digest_size=33), dict(key=b'k'*33), dict(salt=b's'*9), dict(node_offset=2**48), dict(inner_size=33)]:
  try: hashlib.blake2s(**kw); print('ok', kw)
  except Exception as e: print(kw, type(e).__name__, e)
b=hashlib.blake2b(b'abc', digest_size=20, key=b'key', salt=b'salt', person=b'me', fanout=2, depth=3, leaf_size=77, node_offset=5, node_depth=1, inner_size=20, last_node=True)
print(b.hexdigest(), b.name, b.digest_size, b.block_size, type(b))
print(hashlib.blake2s(b'abc').hexdigest(), hashlib.blake2s(b'abc', digest_size=7, key=b'x'*32, salt=b'12345678', person=b'abcdefgh', last_node=True, node_offset=2**48-1).hexdigest())
s=hashlib.shake_128(b'abc'); print(s.hexdigest(10), s.name, s.digest_size, s.block_size, type(s))
for f in [lambda: s.hexdigest(), lambda: s.digest(-1), lambda: hashlib.blake2b(b'x', b'y'), lambda: hashlib.blake2b('x'), lambda: hashlib.sha3_256('x'), lambda: hashlib.new('blake2b', b'x', digest_size=5).hexdigest(), lambda: hashlib.new('shake_256').hexdigest(3), lambda: hashlib.new('blake2s', key=b'k').hexdigest(), lambda: hashlib.shake_128().digest(0), lambda: hashlib.shake_256().digest(2**20).__len__(), lambda: s.copy().hexdigest(4), lambda: hashlib.blake2b().copy().hexdigest()[:8], lambda: hashlib.blake2b(data=b'a').hexdigest()[:8], lambda: hashlib.sha3_224(data=b'a')]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(type(hashlib.blake2b).__name__, hashlib.blake2b.__name__, hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2b.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE)
print(sorted(hashlib.algorithms_guaranteed))
for n in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(n, b'hello' * 50)
    h.update(bytes(range(256)) * 3)
    c = h.copy(); c.update(b'x')
    print(n, h.name, h.digest_size, h.block_size, (h.hexdigest(20) if h.digest_size == 0 else h.hexdigest()), c.digest(5) if h.digest_size == 0 else c.digest()[:5])
for size in [0, 1, 63, 64, 65, 127, 128, 129, 300]:
    print(size, hashlib.blake2b(b'q' * size).hexdigest()[:16], hashlib.blake2s(b'q' * size, key=b'K').hexdigest()[:16], hashlib.sha3_256(b'q'*size).hexdigest()[:16])
