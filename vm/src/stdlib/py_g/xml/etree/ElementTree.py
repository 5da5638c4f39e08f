"""The ElementTree XML API (pyrs-nogil): CPython 3.11's `xml.etree.ElementTree`, written from
its documentation, with a small XML parser of our own in place of expat.

Offers Element (tag/attrib/text/tail, the list interface, get/set/keys/items, find/findall/
findtext/iterfind with ElementPath's common syntax: tags, '*', '.', '..', '//', predicates
[@a], [@a='v'], [tag], [tag='text'], [n], [last()]), SubElement, Comment,
ProcessingInstruction, ElementTree (parse/getroot/write/find/iter), fromstring/XML,
fromstringlist, tostring/tostringlist (xml and text methods, us-ascii/unicode/other
encodings, short_empty_elements, default_namespace, xml_declaration), dump, indent, parse,
iterparse (events start/end/start-ns/end-ns/comment/pi, after parsing the whole source),
XMLParser (feed/close, target), TreeBuilder, register_namespace, QName, ParseError (with
code and position, expat's messages for the common errors: mismatched tag, no element
found, junk after document element, undefined entity, unclosed token, not well-formed,
duplicate attribute). The parser handles namespaces, CDATA, character and the five
predefined entity references, and skips the XML declaration, DOCTYPE (internal entity
declarations are not expanded) and, by default, comments and processing instructions.
Not offered: the C accelerator's exact positions for rarer errors, XInclude, the 'html'
output method's HTML-specific rules beyond void elements, canonicalize (C14N)."""

import io
import re

__all__ = ["Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
           "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
           "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
           "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
           "register_namespace"]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    pass


def iselement(element):
    return hasattr(element, 'tag')


class Element:
    """An XML element."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % (attrib.__class__.__name__,))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __copy__(self):
        return self.copy()

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        import warnings
        warnings.warn(
            "The behavior of this method will change in future versions.  "
            "Use specific 'len(elem)' or 'elem is not None' test instead.",
            FutureWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            for elt in element:
                self._assert_is_element(elt)
        else:
            self._assert_is_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement):
        self._assert_is_element(subelement, "append() argument")
        self._children.append(subelement)

    def extend(self, elements):
        for element in elements:
            if not isinstance(element, Element):
                raise TypeError('expected an Element, not "%s"' % type(element).__name__)
            self._children.append(element)

    def insert(self, index, subelement):
        self._assert_is_element(subelement, "insert() argument 2")
        self._children.insert(index, subelement)

    def _assert_is_element(self, e, what=None):
        if not isinstance(e, Element):
            if what is None:
                raise TypeError('expected an Element, not %s' % type(e).__name__)
            raise TypeError('%s must be xml.etree.ElementTree.Element, not %s' % (what, type(e).__name__))

    def remove(self, subelement):
        for i, child in enumerate(self._children):
            if child is subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        return next(_iterfind(self, path, namespaces), None)

    def findtext(self, path, default=None, namespaces=None):
        elem = self.find(path, namespaces)
        if elem is None:
            return default
        return elem.text or ""

    def findall(self, path, namespaces=None):
        return list(_iterfind(self, path, namespaces))

    def iterfind(self, path, namespaces=None):
        return _iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for e in self._children:
            yield from e.iter(tag)

    def itertext(self):
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        t = self.text
        if t:
            yield t
        for e in self:
            yield from e.itertext()
            t = e.tail
            if t:
                yield t


def SubElement(parent, tag, attrib={}, **extra):
    if not isinstance(parent, Element):
        raise TypeError("SubElement() argument 1 must be xml.etree.ElementTree.Element, not %s" % type(parent).__name__)
    attrib = {**attrib, **extra}
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        if isinstance(other, QName):
            return self.text == other.text
        return self.text == other

    def __lt__(self, other):
        if isinstance(other, QName):
            return self.text < other.text
        return self.text < other


# ----- ElementPath -----

_step_re = re.compile(r"\{[^}]*\}[^/\[]*|\.\.|\.|\*|[^/\[]+")


def _split_path(path):
    """[(axis, test, predicates)]: axis 'child', 'desc', 'self', 'parent'."""
    steps = []
    i = 0
    n = len(path)
    if path.startswith('/'):
        raise SyntaxError("cannot use absolute path on element")
    axis = 'child'
    while i < n:
        if path.startswith('//', i):
            axis = 'desc'
            i += 2
            continue
        if path[i] == '/':
            i += 1
            continue
        m = _step_re.match(path, i)
        if not m:
            if path[i] == '[':
                test = '*' if axis != 'child' else '.'
                m = None
            else:
                raise SyntaxError("invalid path")
        if m:
            test = m.group()
            i = m.end()
        preds = []
        while i < n and path[i] == '[':
            depth = 0
            j = i
            quote = None
            while j < n:
                c = path[j]
                if quote:
                    if c == quote:
                        quote = None
                elif c in '"\'':
                    quote = c
                elif c == '[':
                    depth += 1
                elif c == ']':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                raise SyntaxError("invalid predicate")
            preds.append(path[i + 1:j].strip())
            i = j + 1
        if test == '.':
            steps.append(('desc_self' if axis == 'desc' else 'self', '*', preds))
        elif test == '..':
            steps.append(('parent', '*', preds))
        else:
            steps.append((axis, test, preds))
        axis = 'child'
    if axis == 'desc':
        raise SyntaxError("invalid descendant")
    return steps


def _expand_ns(test, namespaces):
    if namespaces and ':' in test and not test.startswith('{'):
        prefix, local = test.split(':', 1)
        if prefix in namespaces:
            return '{%s}%s' % (namespaces[prefix], local)
        raise SyntaxError("prefix %r not found in prefix map" % prefix)
    if namespaces and '' in namespaces and test not in ('*', '.', '..') and not test.startswith('{'):
        return '{%s}%s' % (namespaces[''], test)
    return test


def _tag_matches(elem, test):
    if test == '*':
        return isinstance(elem.tag, str)
    if test == '{*}*':
        return isinstance(elem.tag, str)
    if test.startswith('{*}'):
        tag = elem.tag
        return isinstance(tag, str) and (tag == test[3:] or tag.endswith('}' + test[3:]))
    if test.endswith('}*'):
        return isinstance(elem.tag, str) and elem.tag.startswith(test[:-1])
    return elem.tag == test


def _predicate(elems, pred, namespaces):
    if pred.isdigit():
        k = int(pred)
        if k < 1:
            raise SyntaxError("XPath position >= 1 expected")
        return [e for e in elems if e[1] == k - 1]
    m = re.fullmatch(r"last\(\)\s*(?:-\s*(\d+))?", pred)
    if m:
        off = int(m.group(1) or 0)
        return [e for e in elems if e[1] == e[2] - 1 - off]
    m = re.fullmatch(r"@([^=!\s]+)(?:\s*(!?=)\s*(['\"])(.*)\3)?", pred)
    if m:
        key = _expand_ns(m.group(1), namespaces) if ':' in m.group(1) else m.group(1)
        if m.group(2) is None:
            return [e for e in elems if e[0].get(key) is not None]
        val = m.group(4)
        if m.group(2) == '=':
            return [e for e in elems if e[0].get(key) == val]
        return [e for e in elems if e[0].get(key) != val]
    m = re.fullmatch(r"([^=!\s]+)(?:\s*(!?=)\s*(['\"])(.*)\3)?", pred)
    if m:
        test = m.group(1)
        if test == '.':
            val = m.group(4)
            if m.group(2) == '=':
                return [e for e in elems if ''.join(e[0].itertext()) == val]
            if m.group(2) == '!=':
                return [e for e in elems if ''.join(e[0].itertext()) != val]
            return elems
        test = _expand_ns(test, namespaces)
        out = []
        for e in elems:
            kids = [c for c in e[0] if _tag_matches(c, test)]
            if m.group(2) is None:
                if kids:
                    out.append(e)
            elif m.group(2) == '=':
                if any(''.join(c.itertext()) == m.group(4) for c in kids):
                    out.append(e)
            elif any(''.join(c.itertext()) != m.group(4) for c in kids):
                out.append(e)
        return out
    raise SyntaxError("invalid predicate")


def _iterfind(elem, path, namespaces=None):
    if path[-1:] == '/':
        path = path + '*'
    steps = _split_path(path)
    current = [elem]
    parent_map = None
    for axis, test, preds in steps:
        test = _expand_ns(test, namespaces)
        result = []
        seen = set()
        for node in current:
            if axis == 'self':
                groups = [[node]]
            elif axis == 'desc_self':
                groups = [list(node.iter())]
            elif axis == 'parent':
                if parent_map is None:
                    parent_map = {id(c): p for p in elem.iter() for c in p}
                p = parent_map.get(id(node))
                groups = [[p]] if p is not None else []
            elif axis == 'child':
                groups = [[c for c in node if _tag_matches(c, test)]]
            else:
                groups = []
                for d in node.iter():
                    if d is node:
                        continue
                    kids = [c for c in d if _tag_matches(c, test)]
                    if kids:
                        groups.append(kids)
                if _tag_matches_any_child(node, test):
                    pass
                groups = [[c for c in node if _tag_matches(c, test)]] + groups
            for g in groups:
                cands = [(e, i, len(g)) for i, e in enumerate(g)]
                for pred in preds:
                    cands = _predicate(cands, pred, namespaces)
                for e, _, _ in cands:
                    if id(e) not in seen:
                        seen.add(id(e))
                        result.append(e)
        current = result
    if steps and steps[0][0] == 'desc':
        order = {id(e): i for i, e in enumerate(elem.iter())}
        current.sort(key=lambda e: order.get(id(e), 0))
    return iter(current)


def _tag_matches_any_child(node, test):
    return False


# ----- ElementTree -----

class ElementTree:
    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def find(self, path, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.find(path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.findtext(path, default, namespaces)

    def findall(self, path, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.findall(path, namespaces)

    def iterfind(self, path, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.iterfind(path, namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        if not method:
            method = "xml"
        elif method not in ("text", "xml", "html"):
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "utf-8" if method == "c14n" else "us-ascii"
        text = _serialize(self._root, method, default_namespace, short_empty_elements)
        enc_lower = encoding.lower()
        if method == "xml" and (xml_declaration or (xml_declaration is None and
                                enc_lower not in ("utf-8", "us-ascii", "unicode"))):
            declared = encoding
            if enc_lower == "unicode":
                declared = "utf-8"
            text = "<?xml version='1.0' encoding='%s'?>\n" % (declared,) + text
        if enc_lower == "unicode":
            data = text
        else:
            data = text.encode(encoding, "xmlcharrefreplace")
        if hasattr(file_or_filename, "write"):
            file_or_filename.write(data)
        else:
            mode = "w" if enc_lower == "unicode" else "wb"
            kw = {"encoding": "utf-8"} if mode == "w" else {}
            with open(file_or_filename, mode, **kw) as f:
                f.write(data)


# ----- serialization -----

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}

HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input",
              "isindex", "link", "meta", "param", "source", "track", "wbr"}


def register_namespace(prefix, uri):
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _escape_cdata(text):
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _escape_attrib(text):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace('"', "&quot;").replace("\r", "&#13;").replace("\n", "&#10;")
    return text.replace("\t", "&#09;")


def _check_text(text):
    if isinstance(text, str):
        return text
    raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


def _namespaces(elem, default_namespace=None):
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add_qname(qname):
        if qname[:1] == "{":
            uri, tag = qname[1:].rsplit("}", 1)
            prefix = namespaces.get(uri)
            if prefix is None:
                prefix = _namespace_map.get(uri)
                if prefix is None:
                    prefix = "ns%d" % len(namespaces)
                if prefix != "xml":
                    namespaces[uri] = prefix
            if prefix:
                qnames[qname] = "%s:%s" % (prefix, tag)
            else:
                qnames[qname] = tag
        else:
            if default_namespace:
                raise ValueError("cannot use non-qualified names with default_namespace option")
            qnames[qname] = qname

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            raise TypeError("cannot serialize %r (type %s)" % (tag, type(tag).__name__))
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
        text = e.text
        if isinstance(text, QName) and text.text not in qnames:
            add_qname(text.text)
    return qnames, namespaces


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements, html=False):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(_check_text(text)))
            for e in elem:
                _serialize_xml(write, e, qnames, None, short_empty_elements, html)
        else:
            write("<" + tag)
            items = list(elem.items())
            if items or namespaces:
                if namespaces:
                    for v, k in sorted(namespaces.items(), key=lambda x: x[1]):
                        if k:
                            k = ":" + k
                        write(' xmlns%s="%s"' % (k, _escape_attrib(v)))
                for k, v in items:
                    if isinstance(k, QName):
                        k = k.text
                    if isinstance(v, QName):
                        v = qnames[v.text]
                    else:
                        v = _escape_attrib(_check_text(v))
                    write(' %s="%s"' % (qnames[k], v))
            if html:
                write(">")
                ltag = tag.lower()
                if text:
                    if ltag in ("script", "style"):
                        write(text)
                    else:
                        write(_escape_cdata(_check_text(text)))
                for e in elem:
                    _serialize_xml(write, e, qnames, None, short_empty_elements, html)
                if ltag not in HTML_EMPTY:
                    write("</" + tag + ">")
            elif text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(_check_text(text)))
                for e in elem:
                    _serialize_xml(write, e, qnames, None, short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(_check_text(elem.tail)))


def _serialize(elem, method, default_namespace, short_empty_elements):
    parts = []
    write = parts.append
    if method == "text":
        for part in elem.itertext():
            write(part)
        return "".join(parts)
    qnames, namespaces = _namespaces(elem, default_namespace)
    _serialize_xml(write, elem, qnames, namespaces, short_empty_elements, method == "html")
    return "".join(parts)


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    stream = io.StringIO() if encoding == 'unicode' else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    import sys
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    indentations = ["\n" + level * space]

    def _indent_children(elem, level):
        child_level = level + 1
        try:
            child_indentation = indentations[child_level]
        except IndexError:
            child_indentation = indentations[level] + space
            indentations.append(child_indentation)
        if not elem.text or not elem.text.strip():
            elem.text = child_indentation
        for child in elem:
            if len(child):
                _indent_children(child, child_level)
            if not child.tail or not child.tail.strip():
                child.tail = child_indentation
        if not child.tail.strip():
            child.tail = indentations[level]

    _indent_children(tree, 0)


# ----- parsing -----

class TreeBuilder:
    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        self._factory = element_factory or Element
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or PI
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis

    def close(self):
        assert len(self._elem) == 0, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    assert self._last.tail is None, "internal error (tail)"
                    self._last.tail = text
                else:
                    assert self._last.text is None, "internal error (text)"
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._handle_single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._handle_single(self._pi_factory, self.insert_pis, target, text)

    def _handle_single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_name_re = re.compile(r"[^\s/>=<&\"'!?]+")


class _Scanner:
    """One document, parsed in one pass; calls the target's start/end/data/comment/pi."""

    def __init__(self, text, target, events=None):
        self.s = text
        self.target = target
        self.events = events
        self.ns_stack = [{"xml": "http://www.w3.org/XML/1998/namespace"}]

    def where(self, pos):
        line = self.s.count("\n", 0, pos) + 1
        col = pos - (self.s.rfind("\n", 0, pos) + 1)
        return line, col

    def fail(self, msg, code, pos):
        line, col = self.where(pos)
        err = ParseError(f"{msg}: line {line}, column {col}")
        err.code = code
        err.position = (line, col)
        raise err

    def resolve(self, name, pos, is_attr=False):
        if name.startswith("xmlns"):
            return name
        if ":" in name:
            prefix, local = name.split(":", 1)
            for m in reversed(self.ns_stack):
                if prefix in m:
                    return "{%s}%s" % (m[prefix], local)
            self.fail("unbound prefix", 27, pos)
        if is_attr:
            return name
        for m in reversed(self.ns_stack):
            if "" in m:
                return "{%s}%s" % (m[""], name) if m[""] else name
        return name

    def unescape(self, text, pos):
        if "&" not in text:
            return text
        out = []
        i = 0
        while True:
            j = text.find("&", i)
            if j < 0:
                out.append(text[i:])
                return "".join(out)
            out.append(text[i:j])
            k = text.find(";", j)
            if k < 0:
                self.fail("not well-formed (invalid token)", 4, pos + j)
            ref = text[j + 1:k]
            if ref.startswith("#x"):
                try:
                    out.append(chr(int(ref[2:], 16)))
                except ValueError:
                    self.fail("not well-formed (invalid token)", 4, pos + j)
            elif ref.startswith("#"):
                try:
                    out.append(chr(int(ref[1:])))
                except ValueError:
                    self.fail("not well-formed (invalid token)", 4, pos + j)
            elif ref in _ENTITIES:
                out.append(_ENTITIES[ref])
            else:
                self.fail("undefined entity", 11, pos + j)
            i = k + 1

    def run(self):
        s = self.s
        n = len(s)
        i = 0
        depth = 0
        stack = []
        seen_root = False
        target = self.target
        while i < n:
            if s[i] != "<":
                j = s.find("<", i)
                if j < 0:
                    j = n
                chunk = s[i:j]
                if depth == 0:
                    if chunk.strip():
                        if seen_root:
                            self.fail("junk after document element", 9, i)
                        self.fail("syntax error", 2, i)
                else:
                    target.data(self.unescape(chunk.replace("\r\n", "\n"), i))
                i = j
                continue
            if s.startswith("<!--", i):
                j = s.find("-->", i + 4)
                if j < 0:
                    self.fail("unclosed token", 5, i)
                if hasattr(target, "comment"):
                    c = target.comment(s[i + 4:j])
                    if self.events is not None and "comment" in self.events[1]:
                        self.events[0].append(("comment", c))
                i = j + 3
                continue
            if s.startswith("<![CDATA[", i):
                j = s.find("]]>", i + 9)
                if j < 0:
                    self.fail("unclosed token", 5, i)
                if depth == 0:
                    self.fail("syntax error", 2, i)
                target.data(s[i + 9:j])
                i = j + 3
                continue
            if s.startswith("<?", i):
                j = s.find("?>", i + 2)
                if j < 0:
                    self.fail("unclosed token", 5, i)
                body = s[i + 2:j]
                name, _, rest = body.partition(" ")
                if name.lower() != "xml":
                    if hasattr(target, "pi"):
                        p = target.pi(name, rest.strip())
                        if self.events is not None and "pi" in self.events[1]:
                            self.events[0].append(("pi", p))
                elif i != 0 and not (s[:i].strip() == "" and i == len(s[:i])) and s[:i].strip():
                    self.fail("XML or text declaration not at start of entity", 17, i)
                i = j + 2
                continue
            if s.startswith("<!", i):
                # DOCTYPE (with an optional internal subset)
                j = i + 2
                bracket = 0
                while j < n:
                    c = s[j]
                    if c == "[":
                        bracket += 1
                    elif c == "]":
                        bracket -= 1
                    elif c == ">" and bracket <= 0:
                        break
                    j += 1
                if j >= n:
                    self.fail("unclosed token", 5, i)
                i = j + 1
                continue
            if s.startswith("</", i):
                m = _name_re.match(s, i + 2)
                j = s.find(">", i)
                if j < 0:
                    self.fail("unclosed token", 5, i)
                name = m.group() if m else ""
                if not stack or stack[-1][0] != name or s[m.end():j].strip() if m else True:
                    if not stack and seen_root:
                        self.fail("junk after document element", 9, i)
                    self.fail("mismatched tag", 7, i + 2)
                _, tag, ns_added = stack.pop()
                target.end(tag)
                if self.events is not None:
                    ev, wanted, elems = self.events
                    if "end" in wanted:
                        ev.append(("end", elems.pop()))
                    if ns_added:
                        self.ns_stack.pop()
                        if "end-ns" in wanted:
                            for _ in ns_added:
                                ev.append(("end-ns", None))
                    else:
                        self.ns_stack.pop()
                else:
                    self.ns_stack.pop()
                depth -= 1
                i = j + 1
                continue
            # start tag
            if depth == 0 and seen_root:
                self.fail("junk after document element", 9, i)
            m = _name_re.match(s, i + 1)
            if not m:
                self.fail("not well-formed (invalid token)", 4, i + 1)
            name = m.group()
            k = m.end()
            raw_attrs = []
            while True:
                while k < n and s[k] in " \t\r\n":
                    k += 1
                if k >= n:
                    self.fail("unclosed token", 5, i)
                if s[k] == ">" or s.startswith("/>", k):
                    break
                am = _name_re.match(s, k)
                if not am or am.start() == am.end():
                    self.fail("not well-formed (invalid token)", 4, k)
                aname = am.group()
                apos = k
                k = am.end()
                while k < n and s[k] in " \t\r\n":
                    k += 1
                if k >= n:
                    self.fail("unclosed token", 5, i)
                if s[k] != "=":
                    self.fail("not well-formed (invalid token)", 4, k)
                k += 1
                while k < n and s[k] in " \t\r\n":
                    k += 1
                if k >= n:
                    self.fail("unclosed token", 5, i)
                q = s[k]
                if q not in "\"'":
                    self.fail("not well-formed (invalid token)", 4, k)
                e = s.find(q, k + 1)
                if e < 0:
                    self.fail("unclosed token", 5, i)
                value = s[k + 1:e]
                if "<" in value:
                    self.fail("not well-formed (invalid token)", 4, k + 1 + value.index("<"))
                value = self.unescape(value, k + 1)
                value = value.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
                if any(a[0] == aname for a in raw_attrs):
                    self.fail("duplicate attribute", 8, apos)
                raw_attrs.append((aname, value, apos))
                k = e + 1
            empty = s.startswith("/>", k)
            ns = {}
            for aname, value, _ in raw_attrs:
                if aname == "xmlns":
                    ns[""] = value
                elif aname.startswith("xmlns:"):
                    ns[aname[6:]] = value
            self.ns_stack.append(ns)
            tag = self.resolve(name, i + 1)
            attrib = {}
            for aname, value, apos in raw_attrs:
                if aname == "xmlns" or aname.startswith("xmlns:"):
                    continue
                attrib[self.resolve(aname, apos, True)] = value
            if self.events is not None:
                ev, wanted, elems = self.events
                if "start-ns" in wanted:
                    for prefix, uri in ns.items():
                        ev.append(("start-ns", (prefix, uri)))
            elem = target.start(tag, attrib)
            if self.events is not None:
                ev, wanted, elems = self.events
                if "start" in wanted:
                    ev.append(("start", elem))
                elems.append(elem)
            seen_root = True
            if empty:
                target.end(tag)
                self.ns_stack.pop()
                if self.events is not None:
                    ev, wanted, elems = self.events
                    if "end" in wanted:
                        ev.append(("end", elems.pop()))
                    else:
                        elems.pop()
                    if ns and "end-ns" in wanted:
                        for _ in ns:
                            ev.append(("end-ns", None))
                i = k + 2
            else:
                stack.append((name, tag, ns))
                depth += 1
                i = k + 1
        if stack or not seen_root:
            self.fail("no element found", 3, n)


class XMLParser:
    def __init__(self, *, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self._chunks = []
        self._encoding = encoding
        self.entity = {}
        self.version = "Expat 2.5.0"

    def feed(self, data):
        self._chunks.append(data)

    def _text(self):
        if not self._chunks:
            return ""
        if isinstance(self._chunks[0], str):
            return "".join(self._chunks)
        raw = b"".join(self._chunks)
        enc = self._encoding
        if enc is None:
            m = re.match(rb"<\?xml[^>]*encoding=['\"]([A-Za-z0-9._-]+)['\"]", raw)
            enc = m.group(1).decode() if m else "utf-8"
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        return raw.decode(enc)

    def _parse(self, events=None):
        _Scanner(self._text(), self.target, events).run()

    def close(self):
        self._parse()
        close = getattr(self.target, "close", None)
        return close() if close is not None else None

    def flush(self):
        pass


def XML(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def XMLID(text, parser=None):
    tree = XML(text, parser)
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def iterparse(source, events=None, parser=None):
    wanted = tuple(events) if events else ("end",)
    for ev in wanted:
        if ev not in ("start", "end", "start-ns", "end-ns", "comment", "pi"):
            raise ValueError("unknown event %r" % ev)
    close_source = False
    if not hasattr(source, "read"):
        source = open(source, "rb")
        close_source = True
    try:
        data = source.read()
    finally:
        if close_source:
            source.close()
    p = XMLParser(target=TreeBuilder(insert_comments=False))
    p.feed(data)

    class IterParseIterator:
        root = None

        def __init__(self):
            self._events = None

        def __iter__(self):
            return self

        def __next__(self):
            if self._events is None:
                out = []
                p._parse((out, wanted, []))
                self.root = p.target.close()
                self._events = iter(out)
            return next(self._events)

    return IterParseIterator()


class XMLPullParser:
    def __init__(self, events=None, *, _parser=None):
        self._wanted = tuple(events) if events else ("end",)
        self._chunks = []
        self._pending = []
        self._closed = False

    def feed(self, data):
        self._chunks.append(data)

    def close(self):
        p = XMLParser()
        for c in self._chunks:
            p.feed(c)
        out = []
        p._parse((out, self._wanted, []))
        self._pending.extend(out)
        self._chunks = []
        self._closed = True

    def read_events(self):
        while self._pending:
            yield self._pending.pop(0)
