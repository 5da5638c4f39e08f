"""Text codecs: str/bytes methods on non-ASCII text, error handlers, code pages, unicodedata."""
import unicodedata, codecs, base64, binascii, zlib, string
s = "ßﬁİǅ ΣΑΣ Straße"
print(s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase(), s.capitalize())
print(repr("\x85\u200b\x00\t\x7f\u2028é😀"), ascii("é😀\n"), "\u200b".isprintable(), "é".isalpha(), "٣".isdigit(), int("٣٤"))
for e in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    try: print(e, "aé😀".encode("ascii", e))
    except UnicodeEncodeError as x: print(e, x)
for e in ["strict", "replace", "ignore", "backslashreplace"]:
    try: print(e, repr(b"a\xff\xfeb".decode("utf-8", e)))
    except UnicodeDecodeError as x: print(e, x)
print("héllo".encode("latin-1"), "héllo".encode("utf-16-le"), "x".encode("utf-16"), "€".encode("cp1252"), b"\xe9".decode("latin-1"), "abc".encode("utf-32-be"))
print(unicodedata.name("é"), unicodedata.category("A"), unicodedata.category("١"), unicodedata.normalize("NFD", "é").encode(), unicodedata.normalize("NFKC", "ﬁ²"), unicodedata.numeric("½"), unicodedata.lookup("SNOWMAN"), unicodedata.east_asian_width("中"), unicodedata.decimal("٣"), unicodedata.combining("\u0301"), unicodedata.bidirectional("a"), unicodedata.mirrored("("))
print(codecs.encode("hello", "rot13"), codecs.decode(b"68656c6c6f", "hex"), codecs.lookup("UTF8").name)
print(base64.b64encode(b"hello world!?"), base64.b64decode("aGVsbG8="), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"ab"), base64.b16encode(b"\x01\xab"), base64.a85encode(b"hi") if hasattr(base64, "a85encode") else "")
print(binascii.hexlify(b"\x00\xff", "-"), binascii.crc32(b"hello"), zlib.crc32(b"hello"), zlib.adler32(b"abc"), len(zlib.compress(b"a" * 1000)) < 50, zlib.decompress(zlib.compress(b"round trip")))
print(bytes.fromhex("de ad be ef"), b"abc".hex(":"), bytearray(b"xyz").upper(), b"a,b".split(b","), b"  x ".strip(), b"%s-%d-%x-%r" % (b"s", 5, 255, "r"), bytes(3), bytes([65, 66]), b"\x00\x7f\x80\xff'\"")
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' and \""), repr("both ' and \""), repr("it's"))
print(b"abc" < b"abd", b"a" * 3, list(b"ab"), b"ab"[0], b"hello".find(b"l"), b"x".join([b"a", b"b"]), bytearray(b"ab") + b"c", b"abc".startswith((b"x", b"a")))
ba = bytearray(b"hello"); ba[0:1] = b"J"; ba.extend(b"!!"); ba.insert(0, 62); del ba[1]; print(ba, ba.pop(), ba.count(b"l"), ba.decode())
print("%-10s|%10.3s|%c%c" % ("ab", "abcdef", "x", 0x263A), "{:^10}".format("é"), "{:*>5}".format("😀"), len("😀"), "😀".encode())
print(str(b"x"), str(b"\xff", "latin-1"), str(b"caf\xc3\xa9", encoding="utf-8"), bytes("é", "utf-8"))
try: bytes("é")
except TypeError as e: print(e)
try: "é".encode("ascii")
except UnicodeEncodeError as e: print(e.start, e.end, e.reason, e.encoding, e.object)
print(string.Formatter().format("{0}-{x}", 1, x=2), list(string.Formatter().parse("a{b:>3}c{d!r}")))
import io
print("€ café".encode("cp1252"), b"\x80\xe9".decode("windows-1252"), "Привет".encode("koi8-r"), "Привет".encode("cp1251").decode("cp1251"))
print("╔═╗".encode("cp437"), bytes(range(0xb0, 0xb8)).decode("cp437"), "Łódź".encode("iso-8859-2"), "€".encode("latin9"), "é".encode("mac_roman"))
for e in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    try: print(e, "a中€b".encode("cp1252", e), "x中".encode("latin-1", e) if e != "strict" else "")
    except UnicodeEncodeError as x: print(e, x, x.encoding, x.start, x.end)
for e in ["strict", "replace", "ignore", "backslashreplace"]:
    try: print(e, repr(b"a\x81\x8db".decode("cp1252", e)))
    except UnicodeDecodeError as x: print(e, x, x.encoding)
print(codecs.lookup("windows-1252").name, codecs.lookup("LATIN2").name, codecs.lookup("IBM437").name, codecs.encode("é", "cp850"), codecs.decode(b"\x82", "cp437"))
try: codecs.lookup("cp-1252")
except LookupError as e: print(e)
buf = io.BytesIO()
w = io.TextIOWrapper(buf, encoding="cp1252", write_through=True); w.write("naïve €5\n"); w.flush(); print(buf.getvalue())
r = io.TextIOWrapper(io.BytesIO(b"caf\xe9 \x80\n"), encoding="cp1252"); print(repr(r.read()))
print(str(b"\xe4", "cp1252"), bytearray("ä", "iso8859_15"), "ä".encode(encoding="CP1252"))
dec = codecs.getincrementaldecoder("cp1252")(); print(dec.decode(b"\xe9"), dec.decode(b"\x80", final=True))
