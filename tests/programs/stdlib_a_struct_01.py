# struct: formats, sizes and alignment, range errors and messages, half floats, Struct, pack_into
import struct
for e in ["struct.pack(\"b\", 200)", "struct.pack(\"<b\", 200)","struct.pack(\"B\", -1)","struct.pack(\"<h\", 40000)","struct.pack(\"H\", -1)","struct.pack(\"<i\", 2**31)","struct.pack(\"i\", 2**31)","struct.pack(\"<I\", -1)","struct.pack(\"I\", -1)","struct.pack(\"<q\", 2**63)","struct.pack(\"q\", 2**63)","struct.pack(\"Q\", -1)","struct.pack(\"<Q\", -1)","struct.pack(\"l\", 2**63)", "struct.pack(\"<i\", 1.5)", "struct.pack(\"<i\", \"a\")", "struct.pack(\"<d\", \"a\")", "struct.pack(\"<c\", b\"ab\")", "struct.pack(\"<s\", \"a\")", "struct.pack(\"<ii\", 1)", "struct.pack(\"<i\", 1, 2)", "struct.unpack(\"<i\", b\"abc\")", "struct.pack(\"<z\", 1)", "struct.calcsize(\"@bi\")", "struct.calcsize(\"<bi\")", "struct.calcsize(\"@bq0i\")", "struct.pack(\"@bi\", 1, 2)", "struct.pack(\"<?\", [])", "struct.pack(\">e\", 1.5)", "struct.pack(\"<f\", 1e40)", "struct.pack(\"3p\", b\"abcd\")", "struct.unpack(\"5p\", b\"\\x03abcd\")", "struct.pack(\"<n\", 1)", "struct.Struct(\"<2h\").size", "struct.pack(\"<i\", True)", "list(struct.iter_unpack(\"<h\", b\"\\x01\\x00\\x02\\x00\"))", "struct.unpack_from(\"<h\", b\"xx\\x01\\x00\", 2)", "struct.pack(\"<I\", 2**32)", "struct.pack(\">x2xh\", 5)", "struct.unpack(\"<?\", b\"\\x02\")", "struct.pack(\"<e\", 1e10)", "struct.pack(\"10s\", b\"ab\")", "struct.unpack(\"<b\", b\"\\xff\")", "struct.pack(\"<i\", 2**100)", "struct.pack(\" < i \", 1)"]:
    try: print(e, repr(eval(e)))
    except Exception as x: print(e, type(x).__name__, x)
import math
vals = [0.0, -0.0, 1.0, 1.5, 65504.0, 65519.99, 6.1e-5, 5.96e-8, 3e-8, 1e-8, 0.1, 1/3, math.inf, -math.inf, 2.0**-24, 2.0**-25, 2.0**-25 * 3, 1.00048828125, 1.0009765625, 1.00146484375]
for v in vals:
    try: b = struct.pack("<e", v); print(v, b, struct.unpack("<e", b))
    except OverflowError as x: print(v, x)
print(struct.unpack(">e", b"\x7e\x00"), struct.pack("<f", 0.1), struct.unpack("<f", struct.pack("<f", 0.1)), struct.pack(">d", -2.5))
rec = struct.pack("<HIb", 513, 70000, -2)
print(rec, len(rec), struct.unpack("<HIb", rec), struct.calcsize("<HIb"))
print(struct.pack("@hqhi", 1, 2, 3, 4), struct.calcsize("@hqhi"), struct.calcsize("@c3sxd"), struct.calcsize("!HH"))
ba = bytearray(8); struct.pack_into("<hh", ba, 2, 7, -7); print(ba)
s = struct.Struct("<3sI"); print(s.size, s.format, s.pack(b"xyz", 9), s.unpack(b"abc\x01\x00\x00\x00"))
try: struct.unpack_from("<i", b"ab", 1)
except struct.error as e: print(e)
class I:
    def __index__(self): return 42
print(struct.pack("<Q", I()), struct.unpack("<q", b"\xff" * 8), struct.unpack("<Q", b"\xff" * 8))
