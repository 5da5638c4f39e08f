"""A tolerant HTML parser (pyrs-nogil): CPython 3.11's `html.parser.HTMLParser`, written from
its documentation and observed callback sequences.

Offers HTMLParser(convert_charrefs=True) with feed, close, reset, getpos,
get_starttag_text, the handle_* callbacks (starttag, endtag, startendtag, data, comment,
decl, pi, entityref, charref, unknown_decl), CDATA content for <script> and <style>,
lowercased tag and attribute names, unescaped attribute values, and charref conversion in
text (buffered until a tag or close() when convert_charrefs is true). Named references are
the ones `html.unescape` knows (the common HTML 4 set, see html/__init__.py). Not offered:
the private `_markupbase` helpers and their exact error recovery on badly broken markup
(unterminated tags are reported as text at close())."""

import re
from html import unescape

__all__ = ['HTMLParser']

_starttagopen = re.compile('<[a-zA-Z]')
_tagname = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
_attr = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
    r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
_endtag = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_endtag_tolerant = re.compile(r'</\s*([a-zA-Z][^\t\n\r\f />\x00]*)')
_entityref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_charref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_incomplete = re.compile('&[a-zA-Z#]')
_interesting = re.compile('[&<]')
_ref_end = re.compile(r'[\s;]')


class HTMLParser:
    """Find tags and other markup and call handler functions."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        self.rawdata = ''
        self.lasttag = '???'
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self._starttag_text = None

    def feed(self, data):
        self.rawdata = self.rawdata + data
        self._goahead(False)

    def close(self):
        self._goahead(True)

    def getpos(self):
        return self.lineno, self.offset

    def get_starttag_text(self):
        return self._starttag_text

    def _updatepos(self, i, j):
        if i >= j:
            return j
        nlines = self.rawdata.count("\n", i, j)
        if nlines:
            self.lineno += nlines
            self.offset = j - (self.rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()

    def clear_cdata_mode(self):
        self.cdata_elem = None

    def _text(self, s):
        if self.convert_charrefs and not self.cdata_elem:
            return unescape(s)
        return s

    def _goahead(self, end):
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            if self.cdata_elem:
                m = re.compile(r'</%s(?=[\t\n\r\f />])' % re.escape(self.cdata_elem), re.I).search(rawdata, i)
                if m is None:
                    if not end:
                        break
                    j = n
                else:
                    j = m.start()
            elif self.convert_charrefs:
                j = rawdata.find('<', i)
                if j < 0:
                    amppos = rawdata.rfind('&', max(i, n - 34))
                    if amppos >= 0 and not _ref_end.search(rawdata, amppos) and not end:
                        break
                    j = n
            else:
                m = _interesting.search(rawdata, i)
                j = m.start() if m else n
            if i < j:
                self.handle_data(self._text(rawdata[i:j]))
            i = self._updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith('<', i):
                if _starttagopen.match(rawdata, i):
                    k = self._parse_starttag(i)
                elif rawdata.startswith("</", i):
                    k = self._parse_endtag(i)
                elif rawdata.startswith("<!--", i):
                    k = self._parse_comment(i)
                elif rawdata.startswith("<?", i):
                    k = self._parse_pi(i)
                elif rawdata.startswith("<!", i):
                    k = self._parse_declaration(i)
                elif i + 1 < n or end:
                    self.handle_data("<")
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    k = rawdata.find('>', i + 1)
                    if k < 0:
                        k = rawdata.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self.handle_data(self._text(rawdata[i:k]))
                i = self._updatepos(i, k)
            elif rawdata.startswith("&#", i):
                m = _charref.match(rawdata, i)
                if m:
                    name = m.group()[2:-1]
                    self.handle_charref(name)
                    k = m.end()
                    if not rawdata.startswith(';', k - 1):
                        k = k - 1
                    i = self._updatepos(i, k)
                    continue
                if ';' in rawdata[i:]:
                    self.handle_data(rawdata[i:i + 2])
                    i = self._updatepos(i, i + 2)
                break
            elif rawdata.startswith('&', i):
                m = _entityref.match(rawdata, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if not rawdata.startswith(';', k - 1):
                        k = k - 1
                    i = self._updatepos(i, k)
                    continue
                m = _incomplete.match(rawdata, i)
                if m:
                    if end and m.group() == rawdata[i:]:
                        k = m.end()
                        if k <= i:
                            k = n
                        i = self._updatepos(i, i + 1)
                    break
                elif i + 1 < n:
                    self.handle_data("&")
                    i = self._updatepos(i, i + 1)
                else:
                    break
        if end and i < n:
            self.handle_data(self._text(rawdata[i:n]))
            i = self._updatepos(i, n)
        self.rawdata = rawdata[i:]

    def _find_tag_end(self, i):
        """Index just past the '>' that closes the tag starting at i, or -1 if incomplete."""
        rawdata = self.rawdata
        n = len(rawdata)
        j = i + 1
        quote = None
        prev = ''
        while j < n:
            ch = rawdata[j]
            if quote:
                if ch == quote:
                    quote = None
            elif ch in '"\'' and prev == '=':
                quote = ch
            elif ch == '>':
                return j + 1
            if not ch.isspace():
                prev = ch
            j += 1
        return -1

    def _parse_starttag(self, i):
        endpos = self._find_tag_end(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self._starttag_text = rawdata[i:endpos]
        attrs = []
        m = _tagname.match(rawdata, i + 1)
        k = m.end()
        self.lasttag = tag = m.group(1).lower()
        while k < endpos:
            m = _attr.match(rawdata, k)
            if not m:
                break
            attrname, rest, attrvalue = m.group(1, 2, 3)
            if not rest:
                attrvalue = None
            elif attrvalue[:1] == '\'' == attrvalue[-1:] or \
                    attrvalue[:1] == '"' == attrvalue[-1:]:
                attrvalue = attrvalue[1:-1]
            if attrvalue:
                attrvalue = unescape(attrvalue)
            attrs.append((attrname.lower(), attrvalue))
            k = m.end()
        endtext = rawdata[k:endpos].strip()
        if endtext not in (">", "/>"):
            self.handle_data(rawdata[i:endpos])
            return endpos
        if endtext.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def _parse_endtag(self, i):
        rawdata = self.rawdata
        gt = rawdata.find('>', i + 1)
        if gt < 0:
            return -1
        gtpos = gt + 1
        m = _endtag.match(rawdata, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            nm = _endtag_tolerant.match(rawdata, i)
            if not nm:
                if rawdata[i:i + 3] == '</>':
                    return i + 3
                self.handle_comment(rawdata[i + 2:gt])
                return gtpos
            tagname = nm.group(1).lower()
            self.handle_endtag(tagname)
            return gtpos
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(rawdata[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    def _parse_comment(self, i):
        j = self.rawdata.find('-->', i + 4)
        if j < 0:
            return -1
        self.handle_comment(self.rawdata[i + 4:j])
        return j + 3

    def _parse_pi(self, i):
        j = self.rawdata.find('>', i + 2)
        if j < 0:
            return -1
        self.handle_pi(self.rawdata[i + 2:j])
        return j + 1

    def _parse_declaration(self, i):
        rawdata = self.rawdata
        if rawdata.startswith('<![', i):
            j = rawdata.find(']>', i + 3)
            if j < 0:
                return -1
            self.unknown_decl(rawdata[i + 3:j].rstrip(']') if rawdata.startswith('<![CDATA[', i)
                              else rawdata[i + 3:j])
            return j + 2
        j = rawdata.find('>', i + 2)
        if j < 0:
            return -1
        if rawdata[i:i + 9].lower() == '<!doctype':
            self.handle_decl(rawdata[i + 2:j])
        else:
            self.handle_comment(rawdata[i + 2:j])
        return j + 1

    # Overridable handlers.
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
