# bytes basics
b = b"hello world"
print(b, len(b), b[0], b[-1], b[:5], b[::-1], b[6:], type(b[0]).__name__, type(b[:1]).__name__)
print(b.upper(), b.split(), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"), b.startswith(b"he"), b.endswith(b"x"))
print(b + b"!", b * 2, b"o" in b, 111 in b, b"xyz" in b, list(b"abc"), bytes([65, 66, 67]), bytes(3), bytes(range(5)))
print(bytes("é", "utf-8"), "é".encode(), b"\xc3\xa9".decode(), b"abc".hex(), bytes.fromhex("de ad be ef"), b"\x00\x7f\x80\xff")
print(b"a,b,c".split(b","), b"-".join([b"x", b"y"]), b"  pad  ".strip(), b"abc".center(7, b"*"), b"12".zfill(5))
print(b"abc" == b"abc", b"abc" < b"abd", b"" < b"a", b"abc" != "abc", sorted([b"b", b"a", b"ab"]))
print(b"Hello".lower(), b"hello".title(), b"hi".isalpha(), b"12".isdigit(), b"a b".isalnum(), b" ".isspace())
print(b"abc".index(b"c"), b"abcabc".rfind(b"b"), b"key=val".partition(b"="), b"x\ny\n".splitlines())
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes.fromhex(""), bytes(0), b"%d-%s" % (5, b"z"))
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
print(hash(b"") == hash(b""), b"abc".decode("ascii"), str(b"abc"), repr(b"\t\n\r\\"))
total = 0
for byte in b"checksum":
    total = (total * 31 + byte) % 65521
print(total)
print(int.from_bytes(b"\x12\x34\x56", "big"), (0x123456).to_bytes(3, "little"), b"\x01\x02".hex("-"))
print(b"AbC".swapcase(), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"l"))
print(max(b"hello"), min(b"hello"), sum(b"abc"), bytes(sorted(b"hello")), bytes(reversed(b"abc")))
print(b"a\x00b".split(b"\x00"), b"tab\there".expandtabs(4), b"x".ljust(3, b"-") + b"|", b"x".rjust(3) + b"|")
