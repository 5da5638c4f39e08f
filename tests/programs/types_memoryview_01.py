# memoryview over bytes and bytearray
mv = memoryview(b"abcdef")
print(len(mv), mv[0], mv[-1], mv.tobytes(), bytes(mv), mv.tolist())
print(mv.readonly, mv.nbytes, mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides, mv.obj)
s = mv[1:5]
print(type(s).__name__, s.tobytes(), len(s), s.shape, s[::2].tobytes(), mv[::-1].tobytes(), mv[::-2].tolist())
print(mv.hex(), mv[2:4].hex(), mv.hex(":"), mv.hex("-", 2))
print(mv == b"abcdef", mv != b"abcdef", mv == b"abc", b"abcdef" == mv, mv == bytearray(b"abcdef"), mv == mv[:], mv == "abcdef", mv == 5)
print(list(mv), [x for x in mv[1:3]], 99 in mv, 98 in mv)
print(repr(mv).startswith("<memory at 0x"), hash(mv) == hash(b"abcdef"))
ba = bytearray(b"hello world")
m = memoryview(ba)
print(m.readonly, m.obj is ba)
m[0] = ord("H")
m[6:11] = b"WORLD"
print(ba, m.tobytes())
m2 = m[::2]
m2[0] = 0x4a
print(ba, m2.tolist())
ba[1] = ord("E")
print(m[1], bytes(m[:3]))
sub = m[1:4]
sub[:] = b"xyz"
print(ba, bytearray(m), bytes(sub))
for bad in [lambda: m.__setitem__(0, 256), lambda: m.__setitem__(0, "a"), lambda: m.__setitem__(slice(0, 2), b"abc"),
            lambda: mv.__setitem__(0, 1), lambda: m[100], lambda: memoryview(5), lambda: memoryview("abc"),
            lambda: hash(m), lambda: m.__delitem__(0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
with memoryview(b"ctx") as c:
    print(c.tobytes())
print(repr(c).startswith("<released memory at 0x"))
try:
    c.tobytes()
except ValueError as e:
    print("ValueError", e)
r = memoryview(b"xyz")
r.release()
r.release()
try:
    len(r)
except ValueError as e:
    print("ValueError", e)
mm = memoryview(memoryview(b"nested"))
print(mm.tobytes(), mm.obj, memoryview(b"").tobytes(), len(memoryview(b"")))
ro = memoryview(bytearray(b"ro")).toreadonly()
print(ro.readonly, ro.tobytes())
print(isinstance(mv, memoryview), type(mv), memoryview.__name__)
print(bytearray(memoryview(b"ab")) + b"c", b"".join([memoryview(b"a").tobytes(), b"b"]))
