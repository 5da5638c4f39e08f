# Syntax errors users commonly hit, compiled at run time: messages and positions must match
# CPython 3.11 (bad string escapes such as Windows paths, missing commas, stray operators).
import traceback

sources = [
    r"path = 'C:\Users\bob\notes.txt'",
    r"p = 'C:\new\Users'",
    r"x = '\x4'",
    r"s = 'é\x'",
    r"s = '\N{NOPE}'",
    r"s = '\N'",
    r"s = '\N{'",
    r"s = '\U00110000'",
    r"s = 'ab\u12g'",
    r"s = b'\x4'",
    r"s = b'ab\xzz'",
    "s = '''\nline\\x1'''",
    r"s = 'ok' '\x1'",
    r"s = f'\x1{x}'",
    r"s = f'{x}{{\x1'",
    r"s = '\xé'",
    "s = '\\\n\\x'",
    r"s = 'a' + '\U0000'",
    'b = b"é"',
    "print('a' 'b' c)",
    'f(x, "a" "b" "c" 1)',
    'f(1 "a" "b")',
    "f(a b.c)",
    "f(a b+1)",
    "f(a.b c)",
    "f(a[1] c)",
    "f(a b(1))",
    "[1 2 3]",
    "x = {'a': 1 'b': 2}",
    "x = [**y]",
    "x := 5",
    "x +== 1",
    "a -> b",
    "if x === 1: pass",
    "f(a==1, 2)",
    "for x in range(3)\n    print(x)",
    "while True print(1)",
    "def f(x, x): pass",
    "f() = 1",
    "x = 0777",
    "x = 1__0",
    "s = 'abc",
    "x = (1,\n2",
    "x = [1, 2)",
    "else: pass",
    "import a as",
    "x = not",
    "print 'hello'",
    "if x = 1: pass",
    "x = 5\nif x => 3:\n    print(x)",
    "if x = -3: pass",
    "while y = [1]: pass",
    "if x = not y: pass",
    "elif x = None: pass",
    "if x = (1,): pass",
    "def f(a=1, b): pass",
    "try:\n    x = 1\nprint(x)",
    "try:\n    pass\nfoo(1, 2)\n",
    "try:\n    pass\nelse:\n    pass",
]
for src in sources:
    try:
        compile(src, "<input>", "exec")
    except SyntaxError as e:
        print(f"{src!r:36} {type(e).__name__}: {e.msg} @ {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")
        # Not for errors inside a string literal that spans lines (see the commit notes).
        if not src.startswith("s = '''") and not src.startswith("s = '\\\n"):
            print("".join(traceback.format_exception_only(type(e), e)), end="")
    else:
        print(f"{src!r:36} compiled")
