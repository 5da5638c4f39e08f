# codecs: lookup and names, encode/decode, incremental codecs, streams, registry.
import codecs
# codecs
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM == codecs.BOM_UTF16_LE, codecs.BOM_LE, codecs.BOM32_BE, codecs.BOM64_LE)
for name in ["utf-8", "UTF8", "utf_8", "latin-1", "latin1", "ISO-8859-1", "ascii", "US-ASCII",
             "utf-16", "utf-16-le", "UTF-16BE", "utf-32", "utf_32_be", "utf-8-sig", "u8", "hex", "base64", "rot13"]:
    print(name, codecs.lookup(name).name)
try:
    codecs.lookup("nope-codec")
except LookupError as e:
    print("LookupError:", e)
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9llo"), codecs.encode("h\xe9", "latin-1"))
print(codecs.encode("ab", "utf-16"), codecs.encode("ab", "utf-16-be"), codecs.decode(b"\xff\xfea\x00b\x00", "utf-16"))
print(codecs.decode(b"\xfe\xff\x00a", "utf-16"), codecs.encode("a", "utf-32"), codecs.decode(b"\x00\x00\x00a", "utf-32-be"))
print(codecs.encode("x", "utf-8-sig"), codecs.decode(b"\xef\xbb\xbfx", "utf-8-sig"), codecs.decode(b"x", "utf-8-sig"))
print(codecs.encode(b"\x01\xff", "hex"), codecs.decode(b"01ff", "hex_codec"), codecs.encode(b"hi", "base64"))
print(codecs.decode(b"aGk=\n", "base64"), codecs.encode("Hello", "rot13"), codecs.decode(codecs.encode(b"zz", "zlib"), "zlib"))
print(codecs.encode("é", "ascii", "replace"), codecs.encode("é", "ascii", "ignore"), codecs.encode("é", "ascii", "xmlcharrefreplace"))
print(codecs.decode(b"a\xffb", "utf-8", "replace"), codecs.decode(b"a\xffb", "ascii", "ignore"), codecs.encode("é", "ascii", "backslashreplace"))
for bad in [lambda: codecs.encode("é", "ascii"), lambda: codecs.decode(b"\xff", "utf-8"),
            lambda: codecs.decode("str", "utf-8"), lambda: codecs.encode(b"x", "utf-8")]:
    try:
        bad()
    except (UnicodeError, TypeError) as e:
        print(type(e).__name__, e)
enc = codecs.getencoder("utf-8")
dec = codecs.getdecoder("latin-1")
print(enc("é"), dec(b"\xe9"))
d = codecs.getincrementaldecoder("utf-8")()
print([d.decode(bytes([b])) for b in "a€😀".encode()], repr(d.decode(b"", final=True)))
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"\xe2\x82")), d.getstate(), repr(d.decode(b"\xac!")))
try:
    d.decode(b"\xe2", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
d.reset()
print(repr(d.decode(b"\xff", final=False)) if False else "skip")
d16 = codecs.getincrementaldecoder("utf-16")()
data = "h😀i".encode("utf-16")
print([d16.decode(data[i:i + 1]) for i in range(len(data))])
e16 = codecs.getincrementalencoder("utf-16")()
print(e16.encode("a"), e16.encode("b"), e16.encode("", final=True))
esig = codecs.getincrementalencoder("utf-8-sig")()
print(esig.encode("a"), esig.encode("b"))
dsig = codecs.getincrementaldecoder("utf-8-sig")()
print(repr(dsig.decode(b"\xef")), repr(dsig.decode(b"\xbb\xbfz")))
print(list(codecs.iterdecode([b"\xc3", b"\xa9", b"x"], "utf-8")), list(codecs.iterencode(["a", "é"], "latin-1")))
print(codecs.utf_8_decode(b"ab\xc3"), codecs.utf_8_decode(b"ab\xc3\xa9", "strict", True), codecs.utf_8_encode("é"))
print(codecs.latin_1_encode("é"), codecs.ascii_decode(b"abc"), codecs.utf_16_le_decode(b"a\x00b"))
import io
buf = io.BytesIO()
w = codecs.getwriter("utf-8")(buf)
w.write("héllo\n")
w.writelines(["a", "b"])
print(buf.getvalue())
rd = codecs.getreader("utf-8")(io.BytesIO("line1\nlïne2\n".encode()))
print(repr(rd.readline()), repr(rd.read()))
info = codecs.lookup("utf-8")
print(isinstance(info, tuple), len(info), info.encode is info[0], info._is_text_encoding, codecs.lookup("hex")._is_text_encoding)
def search(name):
    if name == "mine":
        return codecs.CodecInfo(lambda s, e="strict": (s.upper().encode(), len(s)), lambda b, e="strict": (b.decode().lower(), len(b)), name="mine")
codecs.register(search)
print(codecs.encode("abc", "mine"), codecs.decode(b"ABC", "mine"), codecs.lookup("mine").name)
codecs.unregister(search)
try:
    codecs.lookup("mine")
except LookupError as e:
    print("LookupError:", e)
for bad in [lambda: codecs.decode(b"zz", "hex"), lambda: codecs.encode("x", "hex"), lambda: codecs.encode(b"x", "UTF8")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
