# bytearray mutation
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:3] = b"EEE"
print(ba)
del ba[0]
print(ba)
del ba[::2]
print(ba)
ba.insert(0, 65)
print(ba, ba.pop(), ba.pop(0), ba)
ba.reverse()
print(ba)
ba.remove(ord("E"))
print(ba)
ba += b"xyz"
print(ba, ba * 2, bytes(ba))
ba2 = bytearray(5)
print(ba2, bytearray(b"abc") == b"abc", bytearray([1, 2, 3]), bytearray("é", "utf-8"))
print(bytearray(b"abc").upper(), bytearray(b"a,b").split(b","), bytearray(b"x").join([b"1", b"2"]))
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray(b"a").remove(98)
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
buf = bytearray()
for i in range(10):
    buf.append(i * 25 % 256)
print(buf, list(buf), buf.hex())
buf[2:5] = []
print(buf)
buf[::3] = b"\x00" * len(buf[::3])
print(buf)
b2 = bytearray(b"mutable")
mv = memoryview(b2)
print(mv[0], bytes(mv[1:4]), len(mv))
b2[0] = ord("M")
print(bytes(mv[:3]), mv.tobytes())
print(b2.find(b"ab"), b2.count(b"a"), b2.replace(b"a", b"4"), b2.decode(), b2.isalpha())
print(bytearray(b"abc") + b"def", b"def" + bytearray(b"abc"), type(b"x" + bytearray(b"y")).__name__, type(bytearray(b"y") + b"x").__name__)
c = bytearray(b"sort me")
c.sort() if hasattr(c, "sort") else None
print(bytearray(sorted(c)), c.copy(), c.clear(), c)
