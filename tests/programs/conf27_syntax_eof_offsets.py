# SyntaxError positions at the end of the input: eval and single input ends in an ENDMARKER
# with no column (offset 0); a module gets an implicit newline; a NEWLINE token has no width.
cases = ["1 +", "1 +\n", "1 +\n\n", "x.", "lambda", "1 + 2 +", "a = 1 +", "(1 +\n2 +",
         "x = (1,", "x = (1,\n", "f(", "f(\nb", "[\n1,\n2", "def f():\n  return 1 +"]
for src in cases:
    for mode in ("eval", "exec", "single"):
        try:
            compile(src, "<s>", mode)
        except SyntaxError as e:
            print(repr(src), mode, e.args)
try:
    eval("1 +")
except SyntaxError as e:
    print(e.args, e.offset, e.end_offset)
