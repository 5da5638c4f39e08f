# re.Pattern.scanner: match()/search() step through the string.
import re

p = re.compile(r"\d+")
sc = p.scanner("a12b345c6")
print(type(sc).__name__, sc.pattern is p)
while (m := sc.search()) is not None:
    print(m.group(), m.span())
print(sc.search(), sc.match())

sc = p.scanner("12 34")
m = sc.match()
print(m.group(), m.span(), sc.match())
print(sc.search())

sc = re.compile(r"[a-z]+|\s+|\d+").scanner("ab 12 cd")
print([m.group() for m in iter(sc.match, None)])

sc = re.compile(r"x*").scanner("axxb")
print([m.span() for m in iter(sc.search, None)])
sc = re.compile(r"x*").scanner("xxb")
print([m.span() for m in iter(sc.match, None)])

sc = p.scanner("1 22 333 4444", 2, 8)
print([m.group() for m in iter(sc.search, None)])
sc = re.compile(rb"\w+").scanner(b"ab cd")
print([m.group() for m in iter(sc.search, None)])
print(re.compile("(a)(b)?").scanner("ab a").search().groups())
