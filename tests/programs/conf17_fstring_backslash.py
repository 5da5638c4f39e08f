# f-string expression parts may hold neither a backslash nor '#' (CPython 3.11), with the
# error placed at the token after the string; literal parts, specs and other strings may.
cases = [
    "x = f\"{'\\n'.join(y)}\"\n",
    "print(f\"{'\\n'.join(y)}\")\n",
    'x = f"{a#}"\n',
    'x = f"{a}" f"{a#}" + 1\n',
    'x = f"{a#}" "b"\n',
    'x = (1,\n  f"{a:{b#}}")\n',
    'x = f"""\n{a#}"""\n',
    'x = f"{a#}"\n1 +\n',
    'x = rf"{a}\\{b}{c#}"\n',
    "x = f\"{e['\\\\']}\"\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

a, b, c, d, y = 1, 2, 3, ">", ["p", "q"]
print(f"\N{BULLET}{a!r:\n>4}{{#}}{b:{d}{c}}{'#'}", rf"\{a}", f"{a!=b}{a==b}{a>=b}")
