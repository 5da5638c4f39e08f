# bytes: building binary records, checksums, encode/decode round trips, struct
import struct
rec = struct.pack("<HIb", 513, 70000, -2)
print(rec, len(rec), struct.unpack("<HIb", rec), struct.calcsize("<HIb"))
print(struct.pack(">i", -1), struct.pack(">I", 1), struct.unpack(">d", struct.pack(">d", 1.5)), struct.pack("<q", 2 ** 40))
print(struct.pack("3s", b"abcdef"), struct.unpack("<2h", b"\x01\x00\xff\xff"))
def crc(data):
    c = 0
    for b in data:
        c = ((c << 5) ^ (c >> 27) ^ b) & 0xFFFFFFFF
    return c
print(crc(b"hello"), crc(b"world"), crc(bytes(range(256))))
s = "Grüße, 世界! 😀"
for enc in ["utf-8", "utf-16-le", "utf-32-be", "latin-1"]:
    try:
        e = s.encode(enc)
        print(enc, len(e), e[:12], e.decode(enc) == s)
    except UnicodeEncodeError as err:
        print(enc, "UnicodeEncodeError", err.reason, err.start, err.end)
b = bytes(range(0, 256, 17))
print(b, b.hex(), bytes.fromhex(b.hex()) == b, list(b[::5]))
print(b"abc" * 3, b"-".join([b"a", b"b"]), b"x" in b"xyz", b"AbC".lower(), b"  s ".strip(), b"a,b".split(b","))
data = bytearray()
for i in range(10):
    data += i.to_bytes(2, "big")
print(data, len(data), [int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data), 2)])
print(bytes([x ^ 0x55 for x in b"secret"]), bytes([x ^ 0x55 for x in bytes([x ^ 0x55 for x in b"secret"])]))
print(b"%s:%d:%05.1f" % (b"key", 42, 3.14159), b"%x" % 255, b"%r" % b"q" if False else b"%b" % b"q")
print(sorted([b"b", b"a", b"ab", b""]), b"abc" < b"abd", b"Z" < b"a", max(b"hello"))
print(bytes(b"abc").replace(b"b", b"BB"), b"abcabc".count(b"bc"), b"abc".find(b"c"), b"aXbXc".split(b"X", 1))
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[2:4]), mv.tobytes(), len(mv), mv[::-1].tobytes())
