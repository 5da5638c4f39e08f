# SyntaxErrors from compile(): positions, and how the traceback prints them (CPython's
# print_error_text: no caret when the offset falls in the stripped indentation).
# regen: full-stderr
import traceback
sources = [
    "class A(x for x in y): pass",
    "class A(x  for x in y):\n  pass",
    "class A(B, x for x in y): pass",
    "class A((x for x in y)): pass",
    "if 1:\n\tx = 1\n        y = 2\n",
    "if 1:\n        x = 1\n\ty = 2\n",
    "  x = 1\n",
    "if 1:\n    x = 1\n        y = 2\n",
    "if 1:\n    x = 1\n  y = 2\n",
    "for x in y:\npass\n",
    "x = (1,\n",
    "f(x for x in y, 1)",
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset)
# The uncaught one shows how the interpreter prints it.
exec("def f():\n\tif 1:\n\t\tx = 1\n        \ty = 2\n")
