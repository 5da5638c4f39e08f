# base64 and binascii: b64 (altchars, validate, padding errors), b32, b16, b85, a85, hex, crc32
import base64, binascii
for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), "héllo".encode()]:
    e = base64.b64encode(s)
    print(e[:40], base64.b64decode(e) == s, base64.b32encode(s)[:24], base64.b32decode(base64.b32encode(s)) == s, base64.b16encode(s)[:20], base64.b16decode(base64.b16encode(s)) == s, base64.b85encode(s)[:20], base64.b85decode(base64.b85encode(s)) == s, base64.a85encode(s)[:20], base64.a85decode(base64.a85encode(s)) == s)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"), base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("Zm9v YmFy"), base64.b64decode(b"Zm9vYg==extra"))
for bad in ["Zm9vY", "Zm9vYmE", "Zm9v=YmE=", "abc$", "="]:
    for v in (False, True):
        try: print(repr(bad), v, base64.b64decode(bad, validate=v))
        except binascii.Error as e: print(repr(bad), v, "Error:", e)
try: base64.b64decode(5)
except TypeError as e: print(e)
try: base64.b16decode("0g")
except binascii.Error as e: print(e)
print(base64.encodebytes(b"x" * 100), base64.decodebytes(b"eHh4\neHh4\n"))
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.b2a_base64(b"hi"), binascii.hexlify(b"abcd", "-", 2))
try: binascii.unhexlify("abc")
except binascii.Error as e: print(e)
print(base64.b32hexencode(b"abc"), base64.b32decode("MFRGG===", casefold=True))
