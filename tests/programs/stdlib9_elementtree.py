import io
import xml.etree.ElementTree as ET

doc = '''<?xml version="1.0"?>
<!DOCTYPE catalog>
<catalog>
  <!-- books -->
  <book id="bk101" lang="en">
    <author>Gambardella, Matthew</author>
    <title>XML Developer&apos;s Guide</title>
    <price>44.95</price>
  </book>
  <book id="bk102">
    <author>Ralls, Kim</author>
    <title>Midnight Rain &amp; more</title>
    <price>5.95</price>
    <tags><tag>fantasy</tag><tag>new</tag></tags>
  </book>
  <magazine id="m1"><title><![CDATA[<Raw> & Co]]></title></magazine>
</catalog>'''
root = ET.fromstring(doc)
print(root.tag, len(root), repr(root.text), root.attrib)
for book in root.findall('book'):
    print(book.get('id'), book.get('lang', '-'), book.find('title').text, float(book.findtext('price')))
print([e.tag for e in root.iter()])
print([t.text for t in root.iter('tag')])
print(root.find('magazine/title').text)
print([e.get('id') for e in root.findall('.//book[@lang]')], [e.get('id') for e in root.findall(".//*[@id='m1']")])
print([e.text for e in root.findall('.//book/title')], root.findtext('nothing', 'dflt'), root.find('nothing'))
print([e.get('id') for e in root.findall("book[price='5.95']")], [e.get('id') for e in root.findall('book[tags]')])
print(root.find('book[2]').get('id'), root.find('book[last()]').get('id'), [e.tag for e in root.findall('*')])
print([e.tag for e in root.findall('book/tags/..')], [e.text for e in root.iterfind('.//tag')])
print(repr(''.join(root.find('book').itertext())))

r = ET.Element('root', {'a': '1'}, b='2')
c = ET.SubElement(r, 'child', name='x')
c.text = 'hello <world> & "you"'
c.tail = '\n'
d = ET.SubElement(r, 'empty')
r.set('q', 'say "hi"\n')
print(ET.tostring(r))
print(ET.tostring(r, encoding='unicode'))
print(ET.tostring(r, encoding='unicode', short_empty_elements=False))
print(ET.tostring(r, encoding='unicode', method='text'))
u = ET.Element('u'); u.text = 'caf\xe9 \u2603'
print(ET.tostring(u), ET.tostring(u, encoding='utf-8'), ET.tostring(u, encoding='latin-1', xml_declaration=False))
print(ET.tostring(u, encoding='unicode', xml_declaration=True))
print(len(r), [x.tag for x in r], r[0].tag, r[-1].tag, list(r.keys()), sorted(r.items()))
r.remove(d)
r.insert(0, ET.Element('first'))
r.append(ET.Comment(' note '))
r.extend([ET.Element('x1'), ET.Element('x2')])
print(ET.tostring(r, encoding='unicode'))
del r[1]
r[0] = ET.Element('replaced')
print([x.tag if isinstance(x.tag, str) else x.tag.__name__ for x in r], ET.iselement(r), ET.iselement('r'))
ET.indent(r)
print(ET.tostring(r, encoding='unicode'))
t = ET.ElementTree(ET.fromstring('<a><b><c>1</c></b><b><c>2</c></b></a>'))
print([c.text for c in t.iter('c')], t.find('b/c').text, t.findall('.//c')[1].text, t.getroot().tag)
buf = io.BytesIO()
t.write(buf)
print(buf.getvalue())
buf = io.BytesIO()
t.write(buf, encoding='utf-8', xml_declaration=True)
print(buf.getvalue())
t2 = ET.parse(io.BytesIO(b'<?xml version="1.0" encoding="UTF-8"?><r><i n="1"/><i n="2"/></r>'))
print([i.get('n') for i in t2.getroot()])
ET.dump(ET.fromstring('<x a="1"><y/>text</x>'))

ns = ET.fromstring('<a xmlns="urn:x" xmlns:p="urn:p"><p:b p:c="1">t</p:b><d/></a>')
print(ns.tag, [e.tag for e in ns], ns[0].attrib)
print(ET.tostring(ns))
print(ns.find('{urn:p}b').text, ns.find('p:b', {'p': 'urn:p'}).text, ns.findall('{*}d')[0].tag)
ET.register_namespace('px', 'urn:p')
print(ET.tostring(ns))
q = ET.Element(ET.QName('urn:q', 'tag'))
print(ET.tostring(q))

for ev, el in ET.iterparse(io.BytesIO(b'<r><a>1</a><b/></r>'), events=('start', 'end')):
    print(ev, el.tag)

for bad in ['<a><b></a>', '', '<a', '<a>x</a><b/>', '<a>&foo;</a>', '<a b=1/>', 'text', '<a><b>',
            '<a x="1" x="2"/>']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), e, e.code, e.position)
print(issubclass(ET.ParseError, SyntaxError))
e = ET.Element('z')
print(len(e), e.text, e.tail, e.attrib, e.find('q'), e.findall('q'))
for f in [lambda: e.append(1), lambda: e.insert(0, 1), lambda: e.extend([1]), lambda: e.remove(ET.Element('b')),
          lambda: ET.Element('a', 5), lambda: ET.SubElement(1, 'x')]:
    try:
        f()
    except Exception as x:
        print(type(x).__name__, x)
tb = ET.TreeBuilder()
tb.start('root', {})
tb.data('hi')
tb.end('root')
print(ET.tostring(tb.close()))
p = ET.XMLParser()
p.feed('<r>')
p.feed('<s>v</s></r>')
print(p.close().find('s').text)
