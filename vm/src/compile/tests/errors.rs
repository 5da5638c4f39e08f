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
    syntax("from __future__ import braces", "not a chance", 1, 24);
    syntax("from __future__ import nope", "future feature nope is not defined", 1, 24);
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
fn unsupported_features() {
    syntax("match x:\n    case 1:\n        pass\n", "the 'match' statement is not supported by pyrs-nogil", 1, 1);
    syntax("async def f():\n    pass\n", "'async def' is not supported by pyrs-nogil", 1, 1);
    syntax("try:\n    pass\nexcept* E:\n    pass\n", "'except*' is not supported by pyrs-nogil", 1, 1);
    syntax(
        "def f():\n    return [x async for x in y]\n",
        "asynchronous comprehension outside of an asynchronous function",
        2,
        12,
    );
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
    syntax("f(a=1, 2)", "positional argument follows keyword argument", 1, 8);
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
    syntax("for x in range(10) print(x)", "expected ':'", 1, 20);
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
    syntax("x = 0x", "invalid hexadecimal literal", 1, 5);
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
    check("  x = 1\n", "IndentationError", "unexpected indent", 1, 3);
    let e = err("if 1:\n    x\n  y\n");
    assert_eq!(
        (e.kind, e.msg.as_str(), e.line),
        ("IndentationError", "unindent does not match any outer indentation level", 3)
    );
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
    assert_eq!(e.text.as_deref(), Some("foo() = 3"));
    // Columns count characters, not bytes.
    let e = err("s = 'é'; return s\n");
    assert_eq!((e.line, e.col), (1, 10));
}
