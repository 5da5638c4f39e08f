# codeop.compile_command and code.InteractiveConsole.push: complete, incomplete and
# invalid input, tracebacks without the console's own frame (stderr sent to stdout).
import sys

import code, codeop
for src in ['x = 1', 'if x:', 'if True:\n  y = 2', 'if True:\n  y = 2\n', 'def f():', 'def f():\n  return 1\n', 'x = (1,', '1 +', 'a b', '', '# c', 'print("a', 'for i in range(2):\n  print(i)\n']:
    try:
        r = codeop.compile_command(src)
        print(repr(src), 'incomplete' if r is None else 'code')
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg)
sys.stderr = sys.stdout
c = code.InteractiveConsole({'__name__': '__console__'})
for line in ['x = 5', 'print(x * 2)', 'def g(a):', '    return a + 1', '', 'print(g(x))', 'for i in range(2):', '    print(i)', '', '1/0', 'y = (', '3)', 'print(y)', 'a b']:
    print('push', repr(line), c.push(line))
