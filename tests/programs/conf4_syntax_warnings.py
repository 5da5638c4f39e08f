# The compiler's SyntaxWarnings: issued through the warnings module, in source order,
# and turned into SyntaxErrors by an "error" filter.
import sys
import warnings

SOURCES = [
    "x = 1\nprint(x is 1, x is not 'a', x is None, x is not ..., x is True)",
    "x = 2\nprint(x is -1, x is (1, 2), x is 1 + 1, x is [], x is 'a' * 3, () is x)",
    "x = 3\nprint(x is (1, [2]), 1 is 1 is 2, x == 1 is 2, x is not b'b')",
    "assert (1, 'never fails')\nassert ()",
    "def f():\n    if False:\n        return 5 is 5\n    return (1, 2)(3)",
    "t = [1](2)",
    "v = None()",
    "w = f'x'(1)",
    "a = 5[0]",
    "b = {1}[0]",
    "c = (lambda: 1)[0]",
    "d = 'abc'[1.5]",
    "e = [1]['a']",
    "g = 'abc'[(1, 2)]",
    "h = [1][{}]",
    "i = 'abc'[1:2], 'abc'[True], [1][0]",
    "[1][0] = 5",
    "class C:\n    y = 2 is 2\n    def m(self, d=3 is 3):\n        return lambda: 4 is 4",
    "while False:\n    q = 7 is 7",
]

def show(message, category, filename, lineno, file=None, line=None):
    print(f"  {filename}:{lineno}: {category.__name__}: {message}")

warnings.showwarning = show
for i, src in enumerate(SOURCES):
    print(f"source {i}:")
    try:
        compile(src, f"<src{i}>", "exec")
    except SyntaxError as e:
        print("  SyntaxError", e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("x = 1\nif x is 1:\n    pass\n", "rec.py", "exec")
print([(str(w.message), w.category.__name__, w.filename, w.lineno) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    exec("print('ignored:', 3 is 3)")

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["ok = 1\nbad = 1 is 1\n", "z = (1, 2)(3)", "assert (0, 'm')"]:
        try:
            compile(src, "<err>", "exec")
            print("compiled")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))

code = compile("r = 10\nresult = r is 10 or r == 10\n", "<run>", "exec")
ns = {}
exec(code, ns)
print("result", ns["result"])
