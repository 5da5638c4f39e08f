tests = [
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
for t in tests:
    try:
        exec(t, {})
        print("OK", t)
    except BaseException as e:
        print(f"{t!r:40} -> {type(e).__name__}: {e}")
