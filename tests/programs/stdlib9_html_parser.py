from html.parser import HTMLParser


class Dump(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print('start', tag, attrs, self.getpos())

    def handle_endtag(self, tag):
        print('end', tag)

    def handle_startendtag(self, tag, attrs):
        print('startend', tag, attrs)

    def handle_data(self, data):
        print('data', repr(data))

    def handle_comment(self, data):
        print('comment', repr(data))

    def handle_decl(self, decl):
        print('decl', repr(decl))

    def handle_pi(self, data):
        print('pi', repr(data))

    def handle_entityref(self, name):
        print('entityref', name)

    def handle_charref(self, name):
        print('charref', name)

    def unknown_decl(self, data):
        print('unknown_decl', repr(data))


doc = '''<!DOCTYPE html>
<html lang="en">
<head><title>Test &amp; page</title>
<meta charset=utf-8>
<style>p > a { color: red; }</style>
</head>
<BODY class='main' data-x="a&lt;b" hidden>
<!-- a comment -->
<p>Hello, <b>world</b>! 5 &lt; 6 &#65;&#x42; &copy;</p>
<br/><img src="x.png" alt="pic" />
<script>if (a < b && c > d) { x = "</p>"; }</script>
<?php echo 1 ?>
<![CDATA[raw stuff]]>
</body>
</html>
'''
p = Dump()
p.feed(doc)
p.close()

print('--- no convert')
p = Dump(convert_charrefs=False)
p.feed('<p>a &amp; b &#169; &#x41; &nbsp;c</p>')
p.close()

print('--- chunks')
p = Dump()
for chunk in ['<di', 'v id="1">te', 'xt</d', 'iv>tail']:
    p.feed(chunk)
p.close()


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            self.links.append(dict(attrs).get('href'))

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())


lp = Links()
lp.feed('<ul><li><a href="/one">One</a></li><li><A HREF="/two?x=1&amp;y=2">Two</A></li></ul>')
lp.close()
print(lp.links, lp.text)
print(lp.get_starttag_text())
