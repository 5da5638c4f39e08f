# Binary and augmented integer operators at the edges of the small-int range (63-bit tagged
# ints inside the runtime) and past them: the interpreter's inline fast paths must agree with
# the general ones (sign rules of // and %, shifts, overflow into big ints, errors).
import zlib

vals = [0, 1, -1, 2, -2, 3, 7, -7, 2**40, -2**40, 2**61, -2**61, 2**62 - 1, -2**62,
        2**62, 2**63, 10**20, -10**20, True, False]
ops = ["+", "-", "*", "%", "//", "&", "|", "^", ">>", "<<"]
lines = []
for a in vals:
    for b in vals:
        for op in ops:
            if op in ("<<", ">>") and (b > 200 or b < -5):
                continue
            try:
                r = repr(eval(f"a {op} b"))
            except Exception as e:
                r = f"{type(e).__name__}: {e}"
            x = a
            try:
                exec(f"x {op}= b")
                x = repr(x)
            except Exception as e:
                x = f"{type(e).__name__}: {e}"
            lines.append(f"{a!r} {op} {b!r} = {r} / {x}")
text = "\n".join(lines)
print(len(lines), zlib.crc32(text.encode()))
# A few of them in full, to show what differs if the checksum does.
for line in lines[::97]:
    print(line)
# In loops (the fast paths' home).
acc = 0
for i in range(-300, 300):
    acc += i % 7 + i // 3 + (i & 5) - (i | 3) + (i ^ 9) + (i >> 2) + ((i << 3) % 11)
    j = i
    j %= 5
    j //= 2
    j <<= 4
    j >>= 1
    acc += j
print(acc)
