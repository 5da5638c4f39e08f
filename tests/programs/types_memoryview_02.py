# memoryview as a bytes-like argument of bytes/bytearray/str/int operations
mv = memoryview(b"hello world")
ba = bytearray(b"ab")
for f in [lambda: b"hello world".startswith(mv[:5]), lambda: b"xx".join([mv[:2], b"-"]), lambda: b"abc" + mv[:2],
          lambda: ba + mv[:1], lambda: b"hello".find(mv[1:3]), lambda: mv[:3] in b"hello", lambda: ba.extend(mv[1:3]) or ba,
          lambda: b"hello world".split(mv[5:6]), lambda: bytes(mv[::3]), lambda: bytearray(mv[2:]), lambda: str(mv[:5], "ascii"),
          lambda: mv[:5].tobytes().decode(), lambda: b"a,b".replace(memoryview(b","), b";"), lambda: int.from_bytes(mv[:2], "big"),
          lambda: b"%s" % mv[:2]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
