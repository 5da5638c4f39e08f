# The raw class-method descriptors of built-in types (vars(int)['from_bytes'], not
# int.from_bytes) called directly: with no argument, with a non-type, with an unrelated type,
# and with a proper subtype.
cases = [
    (int, "from_bytes", [(), (5,), (str,), (bool, b"\x01", "big"), (int, b"\x01\x00", "little")]),
    (dict, "fromkeys", [(), (5,), (list,), (dict, "ab")]),
    (bytes, "fromhex", [(), ("x",), (bytes, "41 42")]),
    (float, "fromhex", [(), (int,), (float, "0x1.8p1")]),
    (bytearray, "fromhex", [(), (bytearray, "ff")]),
]
for t, name, arglists in cases:
    d = vars(t)[name]
    print(type(d).__name__, t.__name__, name)
    for args in arglists:
        try:
            print("  ->", repr(d(*args)))
        except TypeError as e:
            print("  TypeError:", e)
# Bound through the class, as usual.
print(int.from_bytes(b"\x02", "big"), dict.fromkeys("xy", 0), bool.from_bytes(b"\x00", "big"))
