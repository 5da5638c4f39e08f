srcs = [
    "x = ", "def f(:\n  pass", "if True\n  pass", "for x in range(3):\npass", "  x = 1", "x = (1, 2", "x = [1, 2)", "print 'hi'",
    "f(**a, *b)", "f(a=1, b)", "def f(a=1, b): pass", "x += 1 = 2", "1 = x", "f() = 1", "del f()", "(a, b) += 1", "x = 1 +* 2",
    "return 5", "yield 5", "break", "continue", "class A:\n  return 1", "def f():\n  nonlocal q", "nonlocal x", "def f(x):\n  global x",
    "def f():\n  x = 1\n  global x", "lambda: (yield)", "a if b", "import", "from x import", "x = 08", "x = 1__0", "x = 0b2", "s = 'abc",
    "s = '''abc", "f'{'", "f'{}'", "f'{x!z}'", "x = $", "def f(a, a): pass", "f(x for x in y, 1)", "with open(x) as 1: pass",
    "try:\n  pass", "try:\n  pass\nfinally:\n  pass\nexcept:\n  pass", "else: pass", "x = {1: 2, 3}", "print(*)", "*a = 1", "a, *b, *c = d",
    "async def f():\n  yield from x", "def f():\n  await x", "match x:\n  case a:\n    pass\n  case 1:\n    pass", "match x:\n  case 1 + 1:\n    pass", "match x:\n  case 1j + 1j:\n    pass", "match x:\n  case -1 - 2.5:\n    pass", "match x:\n  case -1.5 - 2j:\n    pass",
    "x = 1\n\tif x:\n        pass", "True = 1", "None += 1", "__debug__ = 1", "def f(*): pass", "def f(**k, a): pass",
    "x = yield = 3", "assert", "a.1", "1 if 2 else", "[x for x in]", "{**}", "x = 5 5", "f(a b)", "raise from x", "@\ndef f(): pass",
    "(x := 1) = 2", "[i := 0 for i in range(3)]", "x: int = 1 = 2", "global x; x: int",
]
for s in srcs:
    try:
        compile(s, "<test>", "exec")
        print(repr(s), "-> compiled OK")
    except SyntaxError as e:
        print(repr(s), "->", type(e).__name__, e.msg, e.lineno, e.offset)
for s in ["1 +", "x = 1", "(lambda x: x)(3)", "yield"]:
    try:
        print(eval(s))
    except SyntaxError as e:
        print("eval", repr(s), type(e).__name__, e.msg)
    except NameError as e:
        print("eval NameError", e)
