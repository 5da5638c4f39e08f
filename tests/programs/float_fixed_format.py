# Fixed-point float formatting (%.Nf, format(v, ".Nf"), f-strings, round) across ties, tiny,
# huge and random doubles: the 128-bit fast path and the exact big-number path agree with CPython.
import random, struct
random.seed(7)
vals = [0.125, 0.375, 2.5, 0.5, 1.5, -0.5, 1e-7, 5e-324, 2.675, 1.005, 123456.789, 9007199254740991.0, 9007199254740993.0, 1e22, 1e300, 0.1, 1/3, 2/3, -1/3, 4.35, 0.045, 1e-30, 12345678.5, 0.0, -0.0]
vals += [random.uniform(-1000, 1000) for _ in range(60)]
vals += [random.random() * 10 ** random.randint(-20, 20) for _ in range(60)]
vals += [struct.unpack("d", struct.pack("Q", random.getrandbits(62)))[0] for _ in range(60)]
out = []
for v in vals:
    for p in (0, 1, 2, 3, 5, 10, 17, 22, 25):
        out.append("%.*f" % (p, v))
        out.append(format(v, ".%df" % p))
    out.append(f"{v:.3f}|{v:10.2f}|{v:e}|{v:g}|{round(v, 3)!r}|{round(v, -2)!r}")
print("\n".join(out))
