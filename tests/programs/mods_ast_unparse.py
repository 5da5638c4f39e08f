# ast.unparse: round-trips of a corpus, precedence-driven parentheses, string quoting.
import ast

SOURCES = [
    "x = 1",
    "a, *b = c[1:2, ::3] = d",
    "del x[0], y.z",
    "x += 2",
    "x: int = 5\n(y): str",
    "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> None:\n    'doc'\n    return a",
    "def g(*, a): pass",
    "async def g():\n    await x\n    async for i in y:\n        pass\n    async with a as b, c:\n        yield\n    yield from z",
    "@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    '''Doc \"quoted\".'''\n    x = 1\n    def m(self): pass",
    "for i, j in range(3):\n    break\nelse:\n    continue",
    "while x:\n    pass\nelse:\n    x = 2",
    "if a:\n    b\nelif c:\n    d\nelif e:\n    f\nelse:\n    g",
    "with open(f) as (a, b), g:\n    pass",
    "try:\n    pass\nexcept ValueError as e:\n    raise X from e\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* (A, B):\n    pass",
    "assert x, 'msg'",
    "import a.b as c, d\nfrom ..e import f as g, h\nfrom . import i",
    "global x, y",
    "a and b or not c and (d or e)",
    "(x := 10)",
    "a + b - c * d / e // f % g ** h << i >> j | k ^ l & m @ n",
    "(a + b) * c",
    "a - (b - c)",
    "(a ** b) ** c",
    "a ** -b",
    "-(a + b)",
    "not (a == b)",
    "-a, +b, ~c",
    "lambda x, *y, z=1, **w: x",
    "lambda: 0",
    "a if b else (c if d else e)",
    "(a if b else c) if d else e",
    "{1: 2, **d, 3: 4}",
    "{1, 2}",
    "[x for x in y if x for z in w]",
    "{k: v for k, v in items}",
    "(x async for x in y)",
    "a < b <= c is not d not in e",
    "f(a, *b, c=1, **d)",
    "f'{x!r:>{width}} and {y}'",
    "f'{x}\\n{y!a}'",
    "f\"{'a'}\"",
    "x = 'it\\'s' + \"say \\\"hi\\\"\" + '\\n\\t\\x00'",
    "x = b'bytes' + u'u'",
    "1, 2.5, 3j, True, None, ...",
    "x = 1e400",
    "(1).real",
    "1 .real",
    "a[1:2]",
    "a[b, c]",
    "a[()]",
    "x = ()",
    "x = (1,)",
    "yield",
    "x = yield y",
    "await (yield)",
    "print(*args, sep='')",
    "match p:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(1, x=0, y=_) as pt if pt:\n        pass\n    case None:\n        pass\n    case (1 | 2) as z:\n        pass",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n    return g",
    "class A:\n    pass\nclass B(A):\n    pass",
    "x = set()\ny = {*()}",
]

for src in SOURCES:
    tree = ast.parse(src)
    out = ast.unparse(tree)
    print(out)
    print('---')
    again = ast.unparse(ast.parse(out))
    if again != out:
        print("NOT STABLE:", again)

print(ast.unparse(ast.BinOp(ast.Name('a'), ast.Mult(), ast.BinOp(ast.Name('b'), ast.Add(), ast.Name('c')))))
print(ast.unparse(ast.Constant((1, 'a'))))
print(ast.unparse(ast.Set([])))
print(ast.unparse(ast.parse("x", mode="eval").body))
try:
    ast.unparse(ast.Raise(exc=None, cause=ast.Name('e')))
except ValueError as e:
    print("ValueError:", e)
