//! Compile errors: CPython 3.11's kinds, messages and positions.

use crate::compile::{CompileError, Mode, compile};

fn err(src: &str) -> CompileError {
    match compile(src, "<test>", Mode::Exec) {
        Ok(_) => panic!("expected an error for:\n{src}"),
        Err(e) => e,
    }
}

/// Asserts kind, message and start position (1-based line and column).
#[track_caller]
fn check(src: &str, kind: &str, msg: &str, line: u32, col: u32) {
    let e = err(src);
    assert_eq!((e.kind, e.msg.as_str(), e.line, e.col), (kind, msg, line, col), "for source:\n{src}\n{e:?}");
}

#[track_caller]
fn syntax(src: &str, msg: &str, line: u32, col: u32) {
    check(src, "SyntaxError", msg, line, col);
}

#[test]
fn control_flow_outside_context() {
    syntax("return 1", "'return' outside function", 1, 1);
    syntax("class C:\n    return 1\n", "'return' outside function", 2, 5);
    syntax("x = 1\nbreak\n", "'break' outside loop", 2, 1);
    syntax("continue", "'continue' not properly in loop", 1, 1);
    syntax("for x in y:\n    def f():\n        break\n", "'break' outside loop", 3, 9);
    syntax("while x:\n    class C:\n        continue\n", "'continue' not properly in loop", 3, 9);
    syntax("yield 1", "'yield' outside function", 1, 1);
    syntax("class C:\n    x = yield\n", "'yield' outside function", 2, 9);
    syntax("await x", "'await' outside function", 1, 1);
    syntax("def f():\n    await x\n", "'await' outside async function", 2, 5);
    syntax("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", "default 'except:' must be last", 3, 1);
}

#[test]
fn scoping_errors() {
    syntax("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5);
    syntax("nonlocal x", "nonlocal declaration not allowed at module level", 1, 1);
    syntax("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5);
    syntax("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5);
    syntax("def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5);
    syntax(
        "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
        "name 'x' is assigned to before nonlocal declaration",
        5,
        9,
    );
    syntax("def f():\n    global x\n    nonlocal x\n", "name 'x' is nonlocal and global", 2, 5);
    syntax("def f():\n    from os import *\n", "import * only allowed at module level", 2, 20);
    syntax("def f():\n    x = [(yield) for i in y]\n", "'yield' inside list comprehension", 2, 11);
    syntax("def f():\n    x = ((yield) for i in y)\n", "'yield' inside generator expression", 2, 11);
    syntax("[i := 0 for i in x]", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2);
    syntax(
        "class C:\n    [y := 1 for x in z]\n",
        "assignment expression within a comprehension cannot be used in a class body",
        2,
        6,
    );
    syntax(
        "[x for x in (y := z)]",
        "assignment expression cannot be used in a comprehension iterable expression",
        1,
        14,
    );
    syntax(
        "x = 1\nfrom __future__ import annotations\n",
        "from __future__ imports must occur at the beginning of the file",
        2,
        1,
    );
    // CPython 3.11.7's compile() reports both at offset 1 (the statement's start).
    syntax("from __future__ import braces", "not a chance", 1, 1);
    syntax("from __future__ import nope", "future feature nope is not defined", 1, 1);
}

#[test]
fn invalid_targets() {
    syntax("1 = 2", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1);
    syntax("f() = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1);
    syntax("x = 1 = 2", "cannot assign to literal", 1, 5);
    syntax("(a, 1) = 2", "cannot assign to literal", 1, 5);
    syntax("None = 1", "cannot assign to None", 1, 1);
    syntax("for 1 in x: pass", "cannot assign to literal", 1, 5);
    syntax("with a as f(): pass", "cannot assign to function call", 1, 11);
    syntax("[x for f() in y]", "cannot assign to function call", 1, 8);
    syntax("del f()", "cannot delete function call", 1, 5);
    syntax("del (a, 1)", "cannot delete literal", 1, 9);
    syntax("x + 1 += 1", "'expression' is an illegal expression for augmented assignment", 1, 1);
    syntax("a, b += 1", "'tuple' is an illegal expression for augmented assignment", 1, 1);
    syntax("*a = 1", "starred assignment target must be in a list or tuple", 1, 1);
    syntax("a, *b, *c = d", "multiple starred expressions in assignment", 1, 1);
    syntax("x = *a", "can't use starred expression here", 1, 5);
    syntax("(a, b): int", "only single target (not tuple) can be annotated", 1, 1);
    syntax("__debug__ = 1", "cannot assign to __debug__", 1, 1);
}

#[test]
fn async_errors() {
    syntax("def f():\n    async with x:\n        pass\n", "'async with' outside async function", 2, 5);
    syntax("def f():\n    async for i in x:\n        pass\n", "'async for' outside async function", 2, 5);
    syntax("async def f():\n    yield from x\n", "'yield from' inside async function", 2, 5);
    syntax("async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3, 5);
    syntax("lambda: await x", "'await' outside async function", 1, 9);
}

#[test]
fn unsupported_features() {
    syntax(
        "def f():\n    try:\n        pass\n    except* E:\n        return\n",
        "'break', 'continue' and 'return' cannot appear in an except* block",
        5,
        9,
    );
    syntax(
        "def f():\n    return [x async for x in y]\n",
        "asynchronous comprehension outside of an asynchronous function",
        2,
        12,
    );
}

#[test]
fn match_pattern_errors() {
    let case = "match x:\n    case a:\n        pass\n    case 1:\n        pass\n";
    syntax(case, "name capture 'a' makes remaining patterns unreachable", 2, 10);
    syntax("match x:\n    case [a, a]:\n        pass\n", "multiple assignments to name 'a' in pattern", 2, 14);
    syntax("match x:\n    case [a] | (b, c):\n        pass\n", "alternative patterns bind different names", 2, 20);
    syntax("match x:\n    case {'a': 1, 'a': 2}:\n        pass\n", "mapping pattern checks duplicate key ('a')", 2, 10);
}

#[test]
fn parse_errors() {
    syntax("if x\n    pass\n", "expected ':'", 1, 5);
    syntax("def f()\n    pass\n", "expected ':'", 1, 8);
    syntax("class C\n    pass\n", "expected ':'", 1, 8);
    syntax("x = 1 +\n", "invalid syntax", 1, 8);
    syntax("x = 'abc\n", "unterminated string literal (detected at line 1)", 1, 5);
    syntax("x = 1\ny = '''abc", "unterminated triple-quoted string literal (detected at line 2)", 2, 5);
    syntax("f(a,\n  b\n", "'(' was never closed", 1, 2);
    syntax("x = )", "unmatched ')'", 1, 5);
    syntax("x = (1, 2]", "closing parenthesis ']' does not match opening parenthesis '('", 1, 10);
    syntax("f(a=1, 2)", "positional argument follows keyword argument", 1, 9);
    syntax("def f(x, x): pass", "duplicate argument 'x' in function definition", 1, 10);
    syntax("print 'hello'", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1);
    syntax("x = [a b]", "invalid syntax. Perhaps you forgot a comma?", 1, 6);
    syntax("x = $", "invalid syntax", 1, 5);
    syntax(
        "x = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1",
        "too many nested parentheses",
        1,
        205,
    );
    syntax("x = 1\\ y", "unexpected character after line continuation character", 1, 7);
    syntax("f(x for x in y, 1)", "Generator expression must be parenthesized", 1, 3);
    syntax("for x in range(10) print(x)", "invalid syntax", 1, 20);
    syntax("try x", "expected ':'", 1, 5);
    syntax("def f:\n    pass\n", "expected '('", 1, 6);
    syntax("def\n", "invalid syntax", 1, 4);
    syntax("if x = 1:\n    pass\n", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4);
    syntax("x = 1 if 2\n", "expected 'else' after 'if' expression", 1, 5);
    syntax("x = [a for a in b if c]\ny = (1 if 2)\n", "expected 'else' after 'if' expression", 2, 6);
    syntax(
        "x = 08",
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        1,
        5,
    );
    syntax("x = 1abc", "invalid decimal literal", 1, 5);
    syntax("x = 0x", "invalid hexadecimal literal", 1, 6);
    syntax("b = b'\u{e9}'", "bytes can only contain ASCII literal characters", 1, 5);
    let e = compile("x = 1", "<t>", Mode::Eval).unwrap_err();
    assert_eq!(e.msg, "invalid syntax");
    syntax("x = 1\0", "source code string cannot contain null bytes", 1, 6);
    assert!(compile("x = 1\ry = 2\r\nz = 3", "<t>", Mode::Exec).is_ok());
    assert!(compile("\u{feff}x = 1\n", "<t>", Mode::Exec).is_ok());
    let e = compile("x = 1\ny = 2\n", "<t>", Mode::Single).unwrap_err();
    assert_eq!((e.msg.as_str(), e.line), ("multiple statements found while compiling a single statement", 2));
}

#[test]
fn indentation_errors() {
    check("if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1);
    check(
        "def f():\n# c\n\nx = 1\n",
        "IndentationError",
        "expected an indented block after function definition on line 1",
        4,
        1,
    );
    check("for x in y:\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1);
    check("  x = 1\n", "IndentationError", "unexpected indent", 1, 2);
    let e = err("if 1:\n    x\n  y\n");
    assert_eq!(
        (e.kind, e.msg.as_str(), e.line),
        ("IndentationError", "unindent does not match any outer indentation level", 3)
    );
    // Indentation CPython accepts although the parser alone would not.
    for ok in [
        "try:\n \t   x = 1\nexcept E:\n    pass\n",
        "if x:\n\\\n    pass\n",
        "if x:\n    pass\n\\\ny = 1\n",
        "if x:\n\tpass\n",
    ] {
        assert!(compile(ok, "<t>", Mode::Exec).is_ok(), "{ok:?}");
    }
    let e = err("if x:\n    pass\n        \\\ny\n");
    assert_eq!((e.kind, e.msg.as_str()), ("IndentationError", "unexpected indent"));
    let e = err("if 1:\n\tx = 1\n        y = 2\n");
    assert_eq!((e.kind, e.msg.as_str()), ("TabError", "inconsistent use of tabs and spaces in indentation"));
}

#[test]
fn error_fields() {
    let e = err("x = 1\ny = (a,\n     1 = 2)\n");
    assert_eq!(e.filename, "<test>");
    let e = err("def f():\n    return [1,\n        2] + *a\n");
    assert_eq!(e.kind, "SyntaxError");
    let e = err("x = 1\nfoo() = 3\n");
    assert_eq!((e.line, e.col, e.end_line, e.end_col), (2, 1, 2, 6));
    // CPython's parser errors keep the line's newline (it ends a module's source with one).
    assert_eq!(e.text.as_deref(), Some("foo() = 3\n"));
    // Columns count characters, not bytes.
    let e = err("s = 'é'; return s\n");
    assert_eq!((e.line, e.col), (1, 10));
}

/// Syntax errors recorded from CPython 3.11.7 (`compile(src, "<t>", "exec")`):
/// (source, kind, message, line, offset).
const CPYTHON_ERRORS: &[(&str, &str, &str, u32, u32)] = &[
    ("for x in range(10) print(x)\n", "SyntaxError", "invalid syntax", 1, 20),
    ("def f() x\n", "SyntaxError", "expected ':'", 1, 9),
    ("def f()\n", "SyntaxError", "expected ':'", 1, 8),
    ("def f:\n", "SyntaxError", "expected '('", 1, 6),
    ("class C x:\n", "SyntaxError", "invalid syntax", 1, 9),
    ("class C\n", "SyntaxError", "expected ':'", 1, 8),
    ("while x y:\n", "SyntaxError", "invalid syntax", 1, 9),
    ("if x y:\n", "SyntaxError", "invalid syntax", 1, 6),
    ("try x:\n", "SyntaxError", "expected ':'", 1, 5),
    ("else x\n", "SyntaxError", "invalid syntax", 1, 1),
    ("try:\n    pass\nfinally x:\n    pass\n", "SyntaxError", "expected ':'", 3, 9),
    ("with a b:\n", "SyntaxError", "invalid syntax", 1, 8),
    ("with a\n", "SyntaxError", "expected ':'", 1, 7),
    ("try:\n    pass\nexcept E\n    pass\n", "SyntaxError", "expected ':'", 3, 9),
    ("try:\n    pass\nexcept E x:\n    pass\n", "SyntaxError", "invalid syntax", 3, 10),
    ("for x in y z:\n", "SyntaxError", "invalid syntax", 1, 12),
    ("for x in\n", "SyntaxError", "invalid syntax", 1, 9),
    ("for x\n", "SyntaxError", "invalid syntax", 1, 6),
    ("if x\n", "SyntaxError", "expected ':'", 1, 5),
    ("if\n", "SyntaxError", "invalid syntax", 1, 3),
    ("def f(x) -> int\n", "SyntaxError", "expected ':'", 1, 16),
    ("def f(x) -> int x:\n", "SyntaxError", "expected ':'", 1, 17),
    ("lambda x\n", "SyntaxError", "invalid syntax", 1, 9),
    ("x = 1 if 2\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5),
    ("x = [1 if 2]\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 6),
    ("f(1 if 2)\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 3),
    ("x = 1 if 2 else\n", "SyntaxError", "invalid syntax", 1, 16),
    ("try:\n    x\ny = 1\n", "SyntaxError", "expected 'except' or 'finally' block", 3, 1),
    ("try:\n    x\n", "SyntaxError", "expected 'except' or 'finally' block", 2, 6),
    ("try:\n    x\nexcept:\n    pass\nelse x\n", "SyntaxError", "expected ':'", 5, 6),
    ("f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3),
    ("if x = 1:\n    pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4),
    (
        "x = 08\n",
        "SyntaxError",
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        1,
        5,
    ),
    ("x = 1_\n", "SyntaxError", "invalid decimal literal", 1, 6),
    ("x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 6),
    ("x = 1e\n", "SyntaxError", "invalid decimal literal", 1, 5),
    ("x = 'a' 'b\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 9),
    ("import\n", "SyntaxError", "invalid syntax", 1, 7),
    ("from x import (a, b\n", "SyntaxError", "'(' was never closed", 1, 15),
    ("def f(*): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 7),
    ("f(**k, *a)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8),
    ("x = yield = 3\n", "SyntaxError", "assignment to yield expression not possible", 1, 5),
    ("a := 1\n", "SyntaxError", "invalid syntax", 1, 3),
    ("x = \\N{foo}\n", "SyntaxError", "unexpected character after line continuation character", 1, 6),
    ("x.1\n", "SyntaxError", "invalid syntax", 1, 2),
    ("@\n", "SyntaxError", "invalid syntax", 1, 2),
    ("def\n", "SyntaxError", "invalid syntax", 1, 4),
    ("with:\n    pass\n", "SyntaxError", "invalid syntax", 1, 5),
    ("nonlocal\n", "SyntaxError", "invalid syntax", 1, 9),
    ("x += \n", "SyntaxError", "invalid syntax", 1, 6),
    ("f(a, a=1, a=2)\n", "SyntaxError", "keyword argument repeated: a", 1, 11),
    ("x = (1,\ny = 2\n", "SyntaxError", "'(' was never closed", 1, 5),
    ("print(1\nx = 2\n", "SyntaxError", "'(' was never closed", 1, 6),
    ("x = [1, 2\nfoo(\n", "SyntaxError", "'(' was never closed", 2, 4),
    ("if x:\n    y = (1,\n  z = 3\n", "SyntaxError", "'(' was never closed", 2, 9),
    ("x = 1 +\ny = ')'\n", "SyntaxError", "invalid syntax", 1, 8),
    ("x = 1 +\ny = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5),
    ("f(a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3),
    ("[a b]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2),
    ("{a b}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2),
    ("(a b c)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2),
    ("f(a, b c)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6),
    ("x = [1 2]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6),
    ("print 'hello'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
    ("exec 'x'\n", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1),
    ("x = $\n", "SyntaxError", "invalid syntax", 1, 5),
    ("x = 5 €\n", "SyntaxError", "invalid character '€' (U+20AC)", 1, 7),
    ("if True:\n  x\n    y\n", "IndentationError", "unexpected indent", 3, 4),
    (
        "def f():\nreturn 1\n",
        "IndentationError",
        "expected an indented block after function definition on line 1",
        2,
        1,
    ),
    ("class C:\n\n", "IndentationError", "expected an indented block after class definition on line 1", 2, 1),
    (
        "if x:\n    pass\n  else:\n    pass\n",
        "IndentationError",
        "unindent does not match any outer indentation level",
        3,
        8,
    ),
    ("x = 'abc\ny = 1\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5),
    ("x = \"\"\"abc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5),
    ("s = f'{'\n", "SyntaxError", "f-string: expecting '}'", 1, 9),
    ("s = f'{x!z}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13),
    ("s = f'}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 9),
    ("s = f'{}'\n", "SyntaxError", "f-string: empty expression not allowed", 1, 10),
    ("a = b = \n", "SyntaxError", "invalid syntax", 1, 9),
    ("del f()\n", "SyntaxError", "cannot delete function call", 1, 5),
    ("(a, b) += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1),
    ("x = (yield) = 1\n", "SyntaxError", "cannot assign to yield expression", 1, 6),
    ("f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
    ("1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
    ("x, 1 = y\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 4),
    ("def f(a, b=1, c): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 15),
    ("def f(a, a): pass\n", "SyntaxError", "duplicate argument 'a' in function definition", 1, 10),
    ("f(a=1, b)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9),
    ("f(**a, b)\n", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9),
    ("class C(metaclass=M, B): pass\n", "SyntaxError", "positional argument follows keyword argument", 1, 23),
    ("return\n", "SyntaxError", "'return' outside function", 1, 1),
    ("break\n", "SyntaxError", "'break' outside loop", 1, 1),
    ("a.b: int, c\n", "SyntaxError", "invalid syntax", 1, 9),
    ("x = {1: 2, 3}\n", "SyntaxError", "':' expected after dictionary key", 1, 12),
    ("x = {1, 2: 3}\n", "SyntaxError", "invalid syntax", 1, 10),
    ("*a\n", "SyntaxError", "can't use starred expression here", 1, 1),
    ("x = (*a)\n", "SyntaxError", "cannot use starred expression here", 1, 6),
    ("def f(**k, a): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12),
    ("def f(*a, *b): pass\n", "SyntaxError", "* argument may appear only once", 1, 11),
    ("x = not\n", "SyntaxError", "invalid syntax", 1, 8),
    ("x = a not b\n", "SyntaxError", "invalid syntax", 1, 11),
    ("x = a is not not b\n", "SyntaxError", "invalid syntax", 1, 14),
    ("if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1),
    (
        "while x:\n# c\n\nx = 1\n",
        "IndentationError",
        "expected an indented block after 'while' statement on line 1",
        4,
        1,
    ),
    ("try:\nx = 1\n", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1),
    ("x = 1\n  y = 2\n", "IndentationError", "unexpected indent", 2, 2),
    ("   \n\tx = 1\n", "IndentationError", "unexpected indent", 2, 1),
    ("x = 0o8\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 7),
    ("x = 0b2\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 7),
    ("x = 1.2.3\n", "SyntaxError", "invalid syntax", 1, 8),
    ("x = 1__0\n", "SyntaxError", "invalid decimal literal", 1, 6),
    (
        "x = 07\n",
        "SyntaxError",
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        1,
        5,
    ),
    ("s = b'\\xff' 'a'\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 16),
    ("s = 'a' b'b'\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13),
    ("import a.b as\n", "SyntaxError", "invalid syntax", 1, 14),
    ("from x import y as\n", "SyntaxError", "invalid syntax", 1, 19),
    ("global x, \n", "SyntaxError", "invalid syntax", 1, 11),
    ("assert\n", "SyntaxError", "invalid syntax", 1, 7),
    ("raise from x\n", "SyntaxError", "invalid syntax", 1, 7),
    ("with a as b as c:\n    pass\n", "SyntaxError", "invalid syntax", 1, 13),
    ("lambda: yield\n", "SyntaxError", "invalid syntax", 1, 9),
    ("x = [i for i in]\n", "SyntaxError", "invalid syntax", 1, 16),
    ("x = [for i in y]\n", "SyntaxError", "invalid syntax", 1, 6),
    ("x = [i for in y]\n", "SyntaxError", "invalid syntax", 1, 12),
    ("f(x=)\n", "SyntaxError", "invalid syntax", 1, 5),
    ("f(=1)\n", "SyntaxError", "invalid syntax", 1, 3),
    ("x = a[]\n", "SyntaxError", "invalid syntax", 1, 7),
    ("x = a[1:2:3:4]\n", "SyntaxError", "invalid syntax", 1, 12),
    ("x = ..\n", "SyntaxError", "invalid syntax", 1, 5),
    ("x = ....\n", "SyntaxError", "invalid syntax", 1, 9),
    ("@foo\nx = 1\n", "SyntaxError", "invalid syntax", 2, 1),
    ("async x\n", "SyntaxError", "invalid syntax", 1, 7),
    ("await\n", "SyntaxError", "invalid syntax", 1, 6),
];

#[test]
fn matches_cpython_syntax_errors() {
    let mut bad = Vec::new();
    for &(src, kind, msg, line, col) in CPYTHON_ERRORS {
        match compile(src, "<t>", Mode::Exec) {
            Ok(_) => bad.push(format!("{src:?}: compiled, expected {kind}: {msg}")),
            Err(e) => {
                if (e.kind, e.msg.as_str(), e.line, e.col) != (kind, msg, line, col) {
                    bad.push(format!(
                        "{src:?}:\n   CPython {kind}: {msg} @{line}:{col}\n   ours    {}: {} @{}:{}",
                        e.kind, e.msg, e.line, e.col
                    ));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{} of {} differ:\n{}", bad.len(), CPYTHON_ERRORS.len(), bad.join("\n"));
}
