tests = [(b'\xff', 'utf-8'), (b'a\xc3', 'utf-8'), (b'a\xc3(b', 'utf-8'), (b'\xe2\x82', 'utf-8'), (b'\xe2\x82(', 'utf-8'), (b'\xf0\x9f\x98', 'utf-8'), (b'\xed\xa0\x80', 'utf-8'), (b'\xc0\xaf', 'utf-8'), (b'\xf5\x80', 'utf-8'), (b'\x80\x80', 'utf-8'), (b'ab\x80\x81c', 'ascii'), (b'\xff\xfe', 'utf-16'), (b'\xff\xfea\x00', 'utf-16'), (b'a\x00b', 'utf-16-le'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\xe0\x80\x80', 'utf-8'), (b'\xf4\x90\x80\x80', 'utf-8'), (b'\xf0\x80', 'utf-8'), (b'\xf0\x90\x80', 'utf-8'), (b'\xf0\x90(', 'utf-8'), (b'\xef\xbb\xbfhi', 'utf-8-sig'), (b'hi', 'utf-8-sig'), (b'\xff\xfe\x00\x00a\x00\x00\x00', 'utf-32'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'abc', 'UTF8'), (b'abc', 'Latin 1'), (b'abc', 'zzz')]
for b, enc in tests:
    for err in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try: print(b, enc, err, repr(b.decode(enc, err)))
        except Exception as e: print(b, enc, err, type(e).__name__, e)
for s in ['é', 'éé', 'aéb€c', '\U0001f600', 'x€', 'plain']:
    for enc in ['ascii', 'latin-1', 'utf-16', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-8-sig', 'utf8']:
        for err in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
            try: print(repr(s), enc, err, s.encode(enc, err))
            except Exception as e: print(repr(s), enc, err, type(e).__name__, e)
try: 'é'.encode('ascii', 'bogus')
except Exception as e: print(type(e).__name__, e)
try: print('e'.encode('ascii', 'bogus'))
except Exception as e: print(type(e).__name__, e)
