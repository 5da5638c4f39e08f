# re: lookaround, unicode, flags, templates, pos/endpos, error messages
import re
tests = [
    (r'(?<!\d)\d{2}(?!\d)', 'a12b345c67'),
    (r'(?i)straße', 'STRASSE straße'),
    (r'[\w.-]+@[\w-]+\.\w+', 'mail bob.x@ex-ample.org now'),
    (r'(\d+)(?:px|em)?', '10px 2em 3'),
    (r'^\s*#.*$', '  # comment\ncode\n#x', re.M),
    (r'(a|b)*c', 'ababc'),
    (r'(?s)<.*?>', '<a\nb><c>'),
    (r'\$\d+\.\d\d', 'cost $12.50 or $3.99'),
    (r'[^\W\d_]+', 'abc_123 déf'),
    (r'(?x) \d+ \s* [+*] \s* \d+', '12 + 34, 5*6'),
    (r'(?P<k>\w+)=(?P<v>[^;]*);?', 'a=1;b=;c=3'),
    (r'\u00e9|\x41', 'éA'),
    (r'[\u0400-\u04FF]+', 'hello привет мир'),
    (r'(?m)^$', 'a\n\nb\n'),
    (r'\b\w', 'hello big world'),
    (r'(?<=\$)\d+', '$100 $20'),
    (r'(\w)\1', 'aabbcd'),
    (r'a{2}|b{1,}|c{,2}', 'aaabbccc'),
    (r'[a\-z]', 'a-z b'),
    (r'(?:(?:a)|(b))+', 'ab'),
]
for t in tests:
    pat, s, *fl = t
    fl = fl[0] if fl else 0
    print(pat, re.findall(pat, s, fl), [m.span() for m in re.finditer(pat, s, fl)])
print(re.sub(r'(?m)^', '> ', 'a\nb'), re.sub(r'$', '!', 'a\n'), re.sub(r'\b', '|', 'ab cd'))
print(re.split(r'(?<=,)', 'a,b,c'), re.split(r'\s*', 'a b'), re.split(r'(,)|(;)', 'a,b;c'))
print(re.sub(r'(\d)', lambda m: str(int(m.group(1)) * 2), 'a1b2c3'), re.subn(r'\d', '#', 'a1b22'))
m = re.match(r'(?P<y>\d{4})-(?P<m>\d\d)', '2024-05-17')
print(m.group('y', 'm'), m['m'], m.groupdict(), m.expand(r'\g<m>/\g<y>'), m.regs, m.string, m.pos, m.endpos)
p = re.compile(r'\d+')
print(p.search('abc 123 def', 5), p.match('123', 1), p.fullmatch('a123', 1), p.findall('1 2 3', 2), p.search('12345', 1, 3))
try: re.sub('a', r'\2', 'a')
except re.error as e: print(e)
try: re.compile('(?P<n>a)(?P<n>b)')
except re.error as e: print(e)
try: re.compile('a{3,2}')
except re.error as e: print(e)
try: re.compile('(?z)')
except re.error as e: print(e)
try: re.search('x', b'x')
except TypeError as e: print(e)
try: re.compile('(?P=zz)')
except re.error as e: print(e)
try: re.compile('\\')
except re.error as e: print(e)
print(repr(re.compile(r'a\b', re.I | re.S | re.X)), re.compile('x', re.A).flags, re.compile(b'x').flags, re.M | re.I)
print(re.findall(r'[^a-c]', 'abcdé'), re.match(r'\w+', 'naïve café').group(), re.findall(r'(?a)\w+', 'naïve café'))
print(re.escape('1+1=2? $5 [a] {b} (c) a|b ^ ~ & #'), re.escape(b'a.b'))
print(bool(re.match('', '')), re.match('a?', 'b').span(), re.search(r'(?=b)', 'ab').span())
print(re.sub('(?P<x>a)', r'\g<x>\g<0>\g<1>', 'bab'), re.sub('a', '\\\\', 'a'), re.sub('a', r'\t|\n', 'a'))
