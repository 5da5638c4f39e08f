# Error messages of common mistakes, each run through exec, then values of many expressions.
error_cases = [
 "[1,2].index(5)", "(1,2).index(5)", "'abc'.index('z')", "{}['k']", "{}.pop('k')", "set().pop()", "set().remove(3)", "[].pop()", "[1].pop(5)",
 "int(None)", "int([1])", "float([1])", "len(5)", "iter(5)", "next(iter([]))", "abs('x')", "sum(['a','b'])", "sum([[1]], [])", "max([])", "min(1)",
 "'a' < 1", "[1] < (1,)", "None < None", "{} < {}", "1 + None", "'x' * 'y'", "[] * 2.0", "-'x'", "~1.5", "hash([])", "hash({})", "{[]: 1}", "set([[1]])",
 "f()", "None()", "'abc'()", "(1)[0]", "None[0]", "'abc'[5]", "'abc'['x']", "[1][1.0]", "{}.x", "(1).x", "None.foo", "object().x",
 "'abc'.foo()", "x = 1; x.y = 2", "del [].x", "str.join(',', [1, 2])", "','.join([1])", "'{}'.format()", "'{0}{1}'.format(1)", "'{x}'.format()",
 "int('12', 1)", "int('1.5')", "chr(-1)", "chr(0x110000)", "ord('ab')", "ord('')", "range(1, 2, 0)", "list(range(3))[::0]", "[1,2,3][1:2] = 5",
 "a, b = [1, 2, 3]", "a, b, c = [1, 2]", "a, = []", "(lambda x: x)()", "(lambda x: x)(1, 2)", "(lambda *, k: k)(1)", "(lambda x: x)(y=1)", "dict(1)", "dict([(1, 2, 3)])",
 "divmod(1, 0)", "1 % 0.0", "2 ** -1 % 0", "pow(2, 3, 0)", "pow(2.0, 3, 5)", "round('x')", "round(1.5, 'x')", "sorted([1, 'a'])", "sorted([3,1], key=1)",
 "isinstance(1, 2)", "issubclass(1, int)", "getattr(1, 2)", "setattr(1, 'x', 2)", "type('X', (1,), {})", "super()", "bytes('x')", "bytes([256])", "bytearray(-1)",
 "b'a' + 'b'", "'a' + b'b'", "'%d' % []", "'%c' % 'ab'", "'%z' % 1", "'x'.center(1, 'ab')", "'abc'.split('')", "'a'.replace()", "list.append()", "[].append(1, 2)",
 "zip(1)", "map(1, [1])()", "enumerate(1)", "frozenset([1]).add(2)", "(1, 2).append(3)", "'abc'.x = 1", "int.x = 1", "del int.real", "memoryview('x')", "complex('x')",
 "import nosuchmod", "from os import path as p; p.nosuch", "1/0", "[][0]", "raise TypeError", "raise 5", "assert False", "assert 1 == 2, 'msg'",
 "exec('x = ')", "eval('1 +')", "compile('x', 'f', 'bad')", "open('/nonexistent/x')", "open('.', 'zz')", "float('1e500') > 0 and int(float('inf'))", "int(float('nan'))",
 "[x for x in 5]", "print(*5)", "print(**5)", "f'{1:x}{\"a\":d}'", "'{:,s}'.format('a')", "format(1, 's')", "format('a', 'd')", "format(1.5, 'x')", "format(2, '.2s')",
 "object.__init__(1, 2)", "object(1)", "int.__new__(str)", "str.upper(1)", "list.__getitem__([1], 'a')", "getattr(1, 'nosuch')", "type.__call__(1)",
 "import sys; sys.exit('x') if False else sys.intern(1)", "''.join(5)", "[1,2].sort(key=lambda x: x.y)", "dict.fromkeys(1)", "{1:2}.update(1)", "{1:2}.update([1])",
 "@ 1", "x: int = 'a'; x.bit_length()", "nonexistent_name", "del nonexistent_name", "def f(): return zz\nf()", "def f():\n  y = y + 1\nf()",
 "class A: pass\nA().m()", "class A:\n  def m(self): pass\nA.m()", "class A:\n  def m(self): pass\nA().m(1)", "class A:\n  def __init__(self, x): pass\nA()", "class A:\n  __slots__=('a',)\nA().b = 1",
 "import math; math.log(0)", "import math; math.log(-1)", "import math; math.factorial(-1)", "import math; math.factorial(1.5)", "import math; math.sqrt('x')", "import math; math.comb(3, -1)",
 "import json; json.loads(b'\\xff')", "import re; re.compile('a{2,1}')", "import re; re.sub('(a)', r'\\2', 'a')", "'abc'.encode('nope')", "b'\\xff'.decode()", 
 "list(reversed({1:2}.items())) and reversed(5)", "x = 1\nx += 'a'", "x = []\nx -= 1.5", "x = 1\nx @= 1", "x = 1.5\nx //= 'a'", "x = 2\nx **= None", "x = {1}\nx |= [2]",
 "class A: pass\na = A()\na *= 2", "import json; json.loads(b'[1, \\xff]')", "b'\\xff'.decode('utf-8', 'surrogatepass')", "'\\xe9'.encode('ascii', 'surrogatepass')", "iter(5, 6)", "next(5)", "slice(1)[0]", "object.__subclasses__()", "1 .__class__ = str", "int.__dict__['x']",
]
for t in error_cases:
    try:
        exec(t, {})
        print("OK", t)
    except BaseException as e:
        print(f"{t!r:40} -> {type(e).__name__}: {e}")


expr_cases = [
 "'a b  c'.split(' ')", "'abc'.rsplit('b', 0)", "'aaa'.replace('a', 'b', 2)", "'abc'.find('c', -1)", "'abcabc'.rfind('b', 0, 4)", "'ab'.count('')", "'héllo'.encode('ascii', 'replace')",
 "'%.3s|%5.1f|%-6d|%+.2e|%#o' % ('abcdef', 2.25, 42, 12345.678, 8)", "'%s' % (1,)", "'%s' % [1]", "'%(a)s %(a)r' % {'a': 'x'}", "'%5%' % ()", "'%c' % 128512",
 "format(1e-5)", "format(123.456, '.1e')", "format(0.1, '.20f')", "format(1/3, '.17g')", "format(1e100, ',')", "format(-1234567, '_')", "format(3.0, 'n')", "format(12345, 'n')",
 "format(0.5, '%')", "format(1.5, '#.0f')", "format(10, '#.3g')", "format(1e6, 'g')", "format(1e-4, 'g')", "format(123456789, 'e')", "format(float('nan'), '+f')", "format(-0.0, 'f')", "format(-0.0, 'z.1f') if False else 0",
 "repr(1e-310)", "repr(2**0.5)", "str(1e21)", "str(1e-4)", "repr(123e-20)", "float.fromhex('0x1.8p1')", "(0.1).hex()", "round(0.285, 2)", "round(1e300, -300)", "round(5e-324, 400)",
 "[1, 2, 3][-5:10]", "list(range(10))[8:2:-2]", "'abc'[::-1]", "(1, 2)[5:]", "list(range(-5, 5, 3))", "range(0, 10, 3)[-1]", "range(5)[1:3]", "len(range(10**20))", "list(reversed(range(3)))",
 "sorted({'b': 1, 'a': 2})", "dict(zip('ab', [1, 2]))", "{**{'a': 1}, 'b': 2, **{'a': 3}}", "{1: 'a'} | {2: 'b'}", "list({'x': 1}.items())", "dict.fromkeys('ab', [])", "{1, 2} ^ {2, 3}", "{1} <= {1, 2}",
 "frozenset({1, 2}) | {3}", "{1, 2} - frozenset([1])", "sorted({3, 1, 2}, reverse=True)", "set('abc') == frozenset('cba')", "repr(set())", "repr(frozenset())", "repr({1: {2: [3, (4,)]}})",
 "bytes(3)", "bytes([65, 66])", "b'abc'[1]", "b'abc'[1:]", "bytearray(b'ab') + b'c'", "b'a,b'.split(b',')", "b'%d-%s' % (1, b'x')", "b'hi'.hex()", "bytes.fromhex('4142')", "b'\\x00\\xff'.decode('latin-1')",
 "repr(b'\\t\\n\\x7f\\x80\\'\"')", "repr(bytearray(b'x'))", "memoryview(b'abc')[1]", "bytes(memoryview(b'abc')[::2])", "b'abc'.center(7, b'-')", "b'ABC'.lower()", "b' x '.strip()", "b'x' * 3",
 "str(b'x')", "str(b'x', 'ascii')", "'ab'.encode('utf-16')", "'€'.encode('cp1252')", "'ï'.encode()", "ascii('ü€\\n')", "repr('\\x00\\u200b\\U0001f600')", "repr(\"'\")", "repr('\\'\"')",
 "int.from_bytes(b'\\xff', 'big', signed=True)", "(-1).to_bytes(2, 'little', signed=True)", "(1024).to_bytes(2)", "int('١٢٣')", "float('１.５')", "'ǅ'.istitle()", "'ﬀ'.upper()", "'İ'.lower()",
 "[1, [2, [3]]] == [1, [2, [3]]]", "(1, 2) < (1, 2, 0)", "[3] * 0", "[[]] * 2", "list('abc') + ['d']", "[1, 2, 3].__len__()", "[5, 3, 1].sort() is None", "sorted('bca', key=None)",
 "a = [1, 2, 3, 4]; del a[::2]; a", "a = [1, 2, 3]; a[1:2] = [7, 8, 9]; a", "a = list(range(6)); a[::2] = 'xyz'; a", "a = [1]; a += (2,); a", "a = [3, 1]; a.sort(reverse=True); a", "a = [1, 2]; a.insert(-10, 0); a.insert(10, 9); a",
 "divmod(-7.5, 2)", "-7 // 2.0", "7 % -3.0", "2 ** 0.5", "(-1) ** 0.5", "10 ** -2", "1e308 * 10", "-1e308 * 10", "int(1e308)", "0.1 * 3", "1 - 0.9", "100 * 1.1",
 "abs(-0.0)", "min(0.0, -0.0)", "max(-0.0, 0.0)", "sum([1e100, 1.0, -1e100])", "sum(range(101))", "sum([0.1] * 3, 1)", "pow(10, -2)", "pow(-2, 2, 5)", "pow(2, -1, 4) if False else 0",
 "isinstance(True, int)", "type(True + 1)", "True & False", "True ^ True", "True | 2", "repr(True & 1)", "bool('False')", "bool([[]])", "None is None", "id(None) == id(None)",
 "hex(-255)", "oct(-8)", "bin(-5)", "int('-0b101', 0)", "int('  0o17  ', 8) if False else int('17', 8)", "int('ff', 16)", "int('FF', base=16)", "int(' +5 ')", "int(True)", "int(3.99)", "int('1' * 50)",
 "chr(97) + chr(0x1F600)", "ord('€')", "'%x' % 255", "'%08.3f' % -3.14159", "'%-8s|' % 'ab'", "'% d' % 5", "'%+d' % 0", "'%.0f' % 0.5", "'%.0f' % 1.5", "'%e' % 0", "'%g' % 1e-5", "'%G' % 1e20",
 "str(3+0j)", "repr(-0j)", "complex(1, -0.0)", "repr(complex('inf-nanj'))", "(1+2j) / (3-4j)", "(2j) ** 2", "abs(1j)", "complex(1.5).imag", "1j.real", "str(1e20j)", "(1+1j) == 1+1j",
 "globals().get('__name__')", "type(...)", "repr(NotImplemented)", "repr(Ellipsis)", "slice(1, 2)", "slice(None, None, -1).indices(5)", "type(None)()", "object().__class__",
 "str(type)", "repr(int)", "repr(len)", "repr(print)", "repr(str.join)", "repr(int.__add__)", "repr(object.__init__)", "type(lambda: 0).__name__", "(lambda: 0).__name__",
]
for t in expr_cases:
    try:
        if ";" in t:
            *pre, last = t.split("; ")
            ns = {}
            exec("\n".join(pre), ns)
            r = eval(last, ns)
        else:
            r = eval(t, {})
        print(f"{t!r:40} = {r!r}")
    except BaseException as e:
        print(f"{t!r:40} -> {type(e).__name__}: {e}")
