# SyntaxError attributes (msg, text, lineno, offset, end_lineno, end_offset, args) as
# CPython 3.11 reports them for errors from its tokenizer, its parser, and its compiler and
# symbol table (whose text is read from the file, so None for a string source).
cases = [
    "x = = 2", "x = (1,\n  2 +", "def f(:\n  pass\n", "if x\n  y\n", "  x = 1\n", "x = 1\n y = 2\n",
    "print 'a'\n", "f(a for a in b, c)\n", "x = 'abc\n", "x = '''abc\n", "a b c\n", "1 +* 2",
    "for x in range(3):\npass\n", "return 5\n", "del 1\n", "(a, b) += 1\n", "x = [1, 2\ny = 3\n",
    "def f():\n  x = 1\n  global x\n", "0o8", "1__0", "x = 5 if 3\n", "f(x=1, x=2)\n", "break\n",
    "def f(a, a): pass", "if 1:\n    x\n  y\n", "x = (1]\n", "x = 1)\n", "0b12", "09",
    "x = yield = 1", "__debug__ = 1", "nonlocal x", "1 = 2", "continue",
    "def f():\n  from os import *", "f(**x, y)", "class A\n", "lambda x, x: 1",
]
for c in cases:
    try:
        compile(c, "<string>", "exec")
        print("compiled", repr(c))
    except SyntaxError as e:
        print(repr(c), type(e).__name__)
        print("   ", repr(e.msg), repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print("   ", str(e), len(e.args))

try:
    eval("1 + * 2")
except SyntaxError as e:
    print(repr(e.msg), repr(e.text), e.offset, e.end_offset, e.filename)
