import random
r = random.Random(3)
alpha = ['a', 'b', ' ', '\t', '\n', '\r', ',', 'é', 'Σ', '\x1c', '\x85', 'ß', 'İ', '1', '_', '\u2028', 'ǅ']
out = []
for i in range(3000):
    s = ''.join(r.choice(alpha) for _ in range(r.randint(0, 12)))
    sep = r.choice([None, ',', 'a', 'ab', ' ', '\n'])
    m = r.randint(-1, 3)
    a, b = r.randint(-15, 15), r.randint(-15, 15)
    sub = r.choice(['', 'a', 'b', 'ab', ' ', 'é'])
    res = [s.split(sep, m), s.rsplit(sep, m), s.splitlines(), s.splitlines(True), s.strip(), s.lstrip(' a'), s.rstrip(sep),
           s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b), s.startswith(sub, a, b), s.endswith(sub, a, b),
           s.partition(sub or 'x'), s.rpartition(sub or 'x'), s.replace(sub, '-', m), s.upper(), s.lower(), s.title(),
           s.capitalize(), s.swapcase(), s.casefold(), s.istitle(), s.isupper(), s.islower(), s.isspace(), s.isalnum(),
           s.isidentifier(), s.isprintable(), s.expandtabs(r.randint(0, 5)), s[a:b:r.choice([1, 2, -1, -3])], repr(s), s.zfill(a),
           s.center(b, '*'), s.encode('utf-8', 'strict'), s.encode('ascii', 'backslashreplace'), s.encode('latin-1', 'replace')]
    b_ = s.encode('utf-8')
    bsep = sep.encode() if sep else None
    res += [b_.split(bsep, m), b_.rsplit(bsep, m), b_.splitlines(True), b_.strip(), b_.find(sub.encode(), a, b), b_.count(sub.encode(), a, b), b_.replace(sub.encode(), b'-', m), b_.title(), repr(b_), b_[a:b:-1], b_.hex(':', a or 1)]
    out.append(res)
h = 0
for i, res in enumerate(out):
    line = repr(res)
    print(line)
