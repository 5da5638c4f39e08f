# ast.parse + ast.dump over a corpus covering every statement and expression kind.
import ast

SOURCES = [
    "x = 1",
    "a, *b = c[1:2, ::3] = d",
    "del x[0], y.z",
    "x += 2; y @= z; w **= 3",
    "x: int = 5\n(y): str\nz.a: list[int]",
    "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> None:\n    'doc'\n    return a",
    "async def g():\n    await x\n    async for i in y:\n        pass\n    async with a as b, c:\n        yield\n    yield from z",
    "@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    x = 1\n    def m(self): pass",
    "for i in range(3):\n    break\nelse:\n    continue",
    "while x:\n    pass\nelse:\n    x = 2",
    "if a:\n    b\nelif c:\n    d\nelse:\n    e",
    "with open(f) as (a, b):\n    pass",
    "try:\n    pass\nexcept ValueError as e:\n    raise X from e\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass",
    "assert x, 'msg'",
    "import a.b as c, d\nfrom ..e import f as g, h\nfrom . import i\nfrom j import *",
    "global x, y\nnonlocal z",
    "a and b or not c",
    "(x := 10)",
    "a + b - c * d / e // f % g ** h << i >> j | k ^ l & m @ n",
    "-a, +b, ~c",
    "lambda x, *y, z=1, **w: x",
    "a if b else c",
    "{1: 2, **d, 3: 4}",
    "{1, 2}",
    "[x for x in y if x for z in w]",
    "{x for x in y}",
    "{k: v for k, v in items}",
    "(x async for x in y)",
    "a < b <= c == d != e > f >= g is h is not i in j not in k",
    "f(a, *b, c=1, **d)",
    "f'{x!r:>{width}} and {y} {z!s} {w!a}'",
    "x = 'u' + u'v' + b'w' + r'raw'",
    "1, 2.5, 3j, True, None, ..., 10**100",
    "a.b.c",
    "a[1]",
    "a[b:c]",
    "[*a, *b]",
    "match p:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) as pt if pt:\n        pass\n    case None:\n        pass\n    case str():\n        pass",
    "try:\n    pass\nexcept* (A, B):\n    pass",
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))

print(ast.dump(ast.parse("x = f(1)\ny = [a, b]"), indent=2))
print(ast.dump(ast.parse("def f(x):\n    return x + 1"), indent='\t'))
print(ast.dump(ast.parse("x = 1"), annotate_fields=False))
print(ast.dump(ast.parse("x = 1\nif y:\n  pass"), include_attributes=True))
print(ast.dump(ast.parse("a.b(c)", mode="eval"), include_attributes=True, indent=1))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("é = 'ü'; y = é"), include_attributes=True))
print(ast.dump(ast.parse(b"x = b'bytes'")))
print(ast.dump(ast.parse(b"\xef\xbb\xbfx = 1")))
print(ast.dump(ast.Name(id='x')))
print(ast.dump(ast.Constant(value=None)))
print(ast.dump(ast.Return()))
print(ast.dump(ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2))))
try:
    ast.dump("x")
except TypeError as e:
    print("TypeError:", e)
