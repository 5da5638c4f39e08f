# repr/str of doubles (shortest round-trip digits, ties to even) over special, random-magnitude
# and random-bit values: a checksum of every repr, and a round-trip check.
import random, struct
random.seed(11)
vals = [0.1, 0.2, 0.3, 1/3, 2/3, 5e-324, 1e-7, 1e16, 1e22, 1e23, 9007199254740993.0, 2**53 + 0.0, 123.456, 0.5, 1.5, 2.5, 1e-5, 0.0001, 1.7976931348623157e308, 2.2250738585072014e-308]
vals += [random.uniform(-1e6, 1e6) for _ in range(5000)]
vals += [random.random() * 10 ** random.randint(-30, 30) for _ in range(5000)]
vals += [struct.unpack("d", struct.pack("Q", random.getrandbits(63)))[0] for _ in range(5000)]
vals += [i / d for i in range(1, 300) for d in (3, 7, 10, 100, 1000, 1024, 3000)]
h = 0
for v in vals:
    r = repr(v)
    h = (h * 1000003 + sum(map(ord, r)) * len(r)) % (1 << 61)
    if v == v and float(r) != v:
        print("ROUNDTRIP", r)
print(h, repr(vals[:20]), str(vals[30:40]))
