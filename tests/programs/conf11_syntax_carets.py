# regen: full-stderr
# SyntaxError positions: '=' in a condition marks NAME = operand; a sole generator argument
# with a trailing comma must be parenthesized; an uncaught IndentationError (a SyntaxError
# subclass) is printed with one caret whatever its end_offset.
cases = [
    "if x = 1:\n    pass\n",
    "while y = f(a, b) + 2 and z:\n    pass\n",
    "if x = (1, 2):\n    pass\n",
    "f(a for a in b, )\n",
    "f(a for a in b if a, )\n",
    "print(sum(x for x in range(3)))\n",
    "def f():\npass\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
exec(compile("def g():\nreturn_value = 1\n", "<bad>", "exec"))
