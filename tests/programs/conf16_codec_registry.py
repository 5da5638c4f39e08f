# str.encode / bytes.decode with codecs the native table lacks go through the codecs
# registry: idna, punycode, registered search functions, and CPython's refusals.
import codecs

for name in ['rot13', 'hex', 'base64']:
    for op in (lambda: 'x'.encode(name), lambda: b'x'.decode(name)):
        try:
            op()
        except LookupError as e:
            print('LookupError', e)
print('bücher.de'.encode('idna'), b'xn--bcher-kva.de'.decode('idna'), 'a.b.'.encode('IDNA'))
print('München'.encode('punycode'), b'Mnchen-3ya'.decode('punycode'))


def search(name):
    if name == 'upper_codec':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)),
                                name='upper_codec')
    if name == 'badtype':
        return codecs.CodecInfo(lambda s, errors='strict': (s, len(s)),
                                lambda b, errors='strict': (bytes(b), len(b)), name='badtype')
    return None


codecs.register(search)
print('abc'.encode('upper_codec'), b'ABC'.decode('upper_codec'))
for op in (lambda: 'x'.encode('badtype'), lambda: b'x'.decode('badtype')):
    try:
        op()
    except TypeError as e:
        print('TypeError', e)
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print('LookupError', e)
