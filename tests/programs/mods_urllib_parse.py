# urllib.parse: splitting, joining (RFC 3986 examples), quoting, query strings, errors.
from urllib.parse import *
import urllib.parse as up
print(urlparse("http://user:pw@Host.COM:8080/p/a/t/h;params?query=1&b=2#frag"))
r = urlparse("http://user:pw@Host.COM:8080/p/a/t/h;params?query=1&b=2#frag")
print(r.scheme, r.netloc, r.path, r.params, r.query, r.fragment, r.username, r.password, r.hostname, r.port)
print(r.geturl())
print(urlsplit("https://[::1]:443/x?y#z"))
print(urlsplit("https://[::1]:443/x?y#z").hostname)
print(urlsplit("//netloc/path"), urlsplit("path/only?q"), urlsplit("mailto:a@b.c"))
print(urlsplit(b"http://a/b?c#d"))
print(urlsplit(b"http://a/b?c#d").decode())
print(urlsplit("http://a/b").encode())
print(urlunparse(("http", "a.com", "/p", "x", "q=1", "f")))
print(urlunsplit(("", "", "p", "", "")), urlunsplit(("file", "", "/tmp", "", "")))
for u in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "",
          ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g",
          "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y",
          "http:g", "https://other/x"]:
    print(repr(u), urljoin("http://a/b/c/d;p?q", u))
print(urljoin("http://a/b/", "c"), urljoin(b"http://a/b", b"c"), urljoin("", "x"), urljoin("mailto:x", "y"))
print(urldefrag("http://a/b#c"), urldefrag("http://a/b"))
print(quote("a b/c?d=é&"), quote("a b", safe=""), quote(b"\x00\xff"), quote_plus("a b+c/d"), quote_plus(b"a b"))
print(quote("~_.-"), quote("", safe=""), quote_from_bytes(b"abc def"))
print(unquote("a%20b%2Fc%C3%A9%zz%"), unquote_plus("a+b%20c"), unquote_to_bytes("a%20%ff"), unquote(b"%41"))
print(unquote("%E9", encoding="latin-1"), unquote("%ff%fe"))
print(urlencode({"a": 1, "b": "x y", "c": [1, 2]}), urlencode({"c": [1, 2], "d": "é"}, doseq=True))
print(urlencode([("a", b"b c"), (b"k", 2)]), urlencode({"x": "/"}, quote_via=quote))
print(parse_qs("a=1&b=2&a=3&c=&d"), parse_qs("a=1&c=", keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qsl(b"a=%20b+c"), parse_qsl("x=%zz&y=%C3%A9"))
for bad in [lambda: parse_qsl("a", strict_parsing=True), lambda: parse_qsl("a=1&b=2", max_num_fields=1),
            lambda: urlsplit("http://[::1/x"), lambda: urlparse("http://a:99999").port,
            lambda: urlparse("http://a:xx").port, lambda: urlsplit("http://[1.2.3.4]/"),
            lambda: urlsplit("http://[zz]/"), lambda: urljoin("http://a", b"b"), lambda: quote(5),
            lambda: urlencode("abc"), lambda: quote(b"x", encoding="utf-8")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(urlparse("  http://a/b\n\tc"), urlparse("HTTP://x"), urlparse("1http://x"), urlparse("a_b:c"))
print(urlparse("http://a/b;p/c;q"), urlparse("tel:+1;ext=2"), urlparse("svn+ssh://h/p;x"))
print(urlparse("http://h:/p").port, urlparse("http://[fe80::1%25eth0]:80/").hostname, urlparse("http://a@").hostname)
print(up.SplitResult("a", "b", "c", "d", "e")._replace(path="/z").geturl())
print(urlparse("x")._fields, ParseResult.__mro__[1].__name__)
