# unicodedata: properties, names, numeric values, decompositions and the four normal forms.
import unicodedata as ud

print(ud.unidata_version)
for ch in ["A", "a", "1", " ", "\n", "é", "\u0301", "€", "中", "٣", "½", "Ⅻ", "😀", "\u200b", "ǅ", "\U000e0001", "\u0378", "\uffff", "\U0010ffff", "가"]:
    print(repr(ch), ud.category(ch), ud.bidirectional(ch), ud.east_asian_width(ch), ud.combining(ch),
          ud.mirrored(ch), repr(ud.decomposition(ch)), ud.name(ch, None), ud.numeric(ch, None),
          ud.decimal(ch, None), ud.digit(ch, None))
print(ud.mirrored("("), ud.mirrored("»"), ud.combining("\u0316"), ud.numeric("⅓"), ud.numeric("万"), ud.numeric("\U0001f10c"))
print(ud.digit("²"), ud.decimal("٣"), ud.decomposition("ﬁ"), ud.decomposition("Å"), ud.decomposition("\u2126"))
print(ud.lookup("LATIN SMALL LETTER A"), ud.lookup("latin capital letter e with acute"), ud.lookup("SNOWMAN"))
print(ud.lookup("CJK UNIFIED IDEOGRAPH-4E2D"), ud.lookup("HANGUL SYLLABLE GAG"), ud.lookup("BACKSPACE"))
print(ud.name("中"), ud.name("각"), ud.name("\U00020000"))
for bad in [lambda: ud.name("\x00"), lambda: ud.lookup("NO SUCH THING"), lambda: ud.decimal("x"),
            lambda: ud.digit("x"), lambda: ud.numeric("x"), lambda: ud.category("ab"),
            lambda: ud.category(5), lambda: ud.normalize("NFX", "a"), lambda: ud.normalize("NFC", 5),
            lambda: ud.name(""), lambda: ud.is_normalized("NFC", b"x")]:
    try:
        print(bad())
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
samples = ["café", "cafe\u0301", "Å", "A\u030a", "\u212b", "ﬁ", "①", "ｶ", "\u1e9b\u0323", "가각",
           "\u1100\u1161\u11a8", "q\u0307\u0323", "\u0041\u0328\u0301\u0323", "ẛ̣", "x²", "\u00c7\u0301",
           "한국어", "e\u0301\u0301", "\u0f73", "\u0344", "Ǆ", "\u2460\u2461", "\u03d3", "ǉ"]
for s in samples:
    print(ascii(s), [ascii(ud.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [ud.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
text = "".join(chr(c) for c in range(0xc0, 0x250))
for f in ("NFC", "NFD", "NFKC", "NFKD"):
    print(f, len(ud.normalize(f, text)), sum(map(ord, ud.normalize(f, text))))
