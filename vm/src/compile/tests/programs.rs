//! Compiles a broad set of programs (every construct the compiler supports, plus every
//! `tests/programs/*.py` in the repository) and verifies the resulting bytecode.

use super::verify::verify;
use crate::compile::{Mode, compile, dis};

/// Compiles `src` and verifies every code object; panics with the disassembly on failure.
pub(crate) fn check(src: &str) -> std::sync::Arc<crate::bytecode::CodeObject> {
    let code = match compile(src, "<test>", Mode::Exec) {
        Ok(c) => c,
        Err(e) => panic!("compile error {e:?} for:\n{src}"),
    };
    if let Err(e) = verify(&code) {
        panic!("verification failed: {e}\n{src}\n{}", dis(&code));
    }
    code
}

pub(crate) const SNIPPETS: &[&str] = &[
    // expressions
    "x = 1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8 @ m << 1 >> 2 & 3 | 4 ^ 5\ny = -x, +x, ~x, not x\n",
    "a = b and c or d and not e\nf = (a if b else c) if d else e\n",
    "r = a < b <= c == d != e > f >= g is h is not i in j not in k\nr2 = 1 < x < 3\n",
    "t = ()\nt = (1,)\nt = (1, 2.5, 'a', b'b', None, True, ..., -3, 3j, (4, 5))\nl = [1, *a, 2, *b]\ns = {1, *a}\n",
    "d = {}\nd = {'a': 1, **m, 'b': 2, **n}\nd = {k: v for k, v in items if k}\n",
    "x = [i * j for i in range(3) if i for j in range(i) if j > 1]\ny = {i for i in x}\nz = (i for i in x)\n",
    "w = [[j for j in range(i)] for i in range(3)]\ng = sum(x * x for x in range(10))\n",
    "s = a[1]; s = a[1:2]; s = a[::2]; s = a[1:2:3]; s = a[:, 1:]; s = a[...]; s = a[b][c]\n",
    "f(); f(1, 2); f(*a); f(*a, *b); f(a, *b, c); f(k=1); f(1, k=2); f(**kw); f(*a, k=1, **kw, j=2)\n",
    "o.m(); o.m(1, k=2); o.m(*a); o.m(**k); o.a.b.c(1)(2)[3]\n",
    "s = f'{x}'; s = f'a{x!r}b{y!s:>{w}}c{z!a}'; s = f'{x=}'; s = f'{x=:10}'; s = f''; s = f'{{}}'\n",
    "s = 'a' 'b' f'{c}' 'd'\nb = b'x' b'y'\n",
    "lam = lambda: 0\nlam = lambda x, y=1, *a, z, w=2, **k: x + y\nlam = lambda *, a: a\nlam = lambda a, /, b: a\n",
    "if (n := len(a)) > 10: print(n)\n",
    "x = [y := f(i) for i in range(3)]\nprint(y)\n",
    "def f():\n    x = [y := i for i in range(3)]\n    return y\n",
    "def g():\n    yield 1\n    x = yield\n    yield from range(3)\n    return 5\n",
    "lam = lambda: (yield)\n",
    "x = __debug__\n",
    // statements
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    x = 1\nelse:\n    y = 2\n",
    "while x:\n    x -= 1\n    if x == 5: break\n    if x == 7: continue\nelse:\n    print('done')\n",
    "while True:\n    break\n",
    "while 1:\n    pass\n",
    "for i in range(10):\n    if i: continue\n    if i > 5: break\nelse:\n    pass\n",
    "for a, (b, *c), d in x:\n    pass\n",
    "for i in x:\n    for j in y:\n        if j: break\n    else:\n        continue\n    break\n",
    "try:\n    f()\nexcept ValueError:\n    pass\nexcept (TypeError, KeyError) as e:\n    print(e)\nexcept:\n    raise\nelse:\n    g()\nfinally:\n    h()\n",
    "try:\n    pass\nfinally:\n    pass\n",
    "try:\n    f()\nexcept E as e:\n    g(e)\n",
    "def f():\n    try:\n        return g()\n    finally:\n        h()\n",
    "def f():\n    try:\n        return 1\n    finally:\n        return 2\n",
    "def f():\n    for x in y:\n        try:\n            return x\n        except E as e:\n            return e\n        finally:\n            print(1)\n",
    "for x in y:\n    try:\n        break\n    finally:\n        continue\n",
    "for x in y:\n    try:\n        pass\n    except:\n        break\n    try:\n        continue\n    except E as e:\n        continue\n",
    "for x in y:\n    try:\n        1/0\n    finally:\n        if x: break\n",
    "def f():\n    for x in y:\n        try:\n            pass\n        finally:\n            return x\n",
    "def f():\n    for x in y:\n        with a as b, c:\n            for z in w:\n                return z\n",
    "with open(f) as fh:\n    data = fh.read()\nwith a, b as (c, d), e.f as g.h:\n    pass\n",
    "for x in y:\n    with a:\n        break\n    with b:\n        continue\n",
    "def f():\n    with a:\n        with b:\n            return 1\n",
    "try:\n    try:\n        x()\n    except E:\n        raise F from None\nexcept F as e:\n    raise\n",
    "def f():\n    try:\n        pass\n    except E as e:\n        def g(): return e\n        return g\n",
    "raise\nraise E\nraise E('x') from exc\n",
    "assert x\nassert x, 'msg'\nassert (x, y)\n",
    "del a, b.c, d[1], (e, [f, g])\ndel x[1:2]\n",
    "a = b = c = 1\na, b = b, a\n[a, b] = c\na, *b = c\n*a, b = c\na, *b, c = d\n(a, b), c = d\nx.y = z\nx[1] = 2\nx[1:2] = y\n",
    "a += 1\na.b -= 2\na[i] *= 3\na[i:j] //= 4\na.b.c @= d\nx **= 2\nx |= y\n",
    "x: int\nx: int = 5\na.b: int\na[1]: int\na[1:2, 3]: int = 4\n",
    "import os\nimport os.path\nimport a.b.c as d\nimport x as y, z\nfrom m import a, b as c\nfrom . import d\nfrom ..pkg import e\nfrom m import *\n",
    "from __future__ import annotations\nimport sys\n",
    "'''docstring'''\nfrom __future__ import division\n",
    "global g\ng = 1\n",
    "def f():\n    global g\n    g = 1\n    del g\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n        del x\n    return g\n",
    "def f(a, b, /, c, d=1, *args, e, f=2, **kw):\n    '''doc'''\n    return a, b, c, d, args, e, f, kw\n",
    "def f(x):\n    return lambda: x\n",
    "@dec\n@dec2(arg)\ndef f(): pass\n@cls_dec\nclass C: pass\n",
    "class C:\n    pass\nclass D(C):\n    x = 1\nclass E(C, D, metaclass=M, **kw):\n    pass\nclass F(*bases): pass\n",
    "class C:\n    '''doc'''\n    x = 1\n    def m(self):\n        return super().m()\n    def n(self):\n        return __class__\n    @staticmethod\n    def s(): return [super() for _ in ()]\n",
    "def f():\n    x = 1\n    class C:\n        y = x\n        x = 2\n        def m(self): return x\n    return C\n",
    "def f():\n    x = 1\n    class C:\n        def m(self): return x\n    return C\n",
    "class C:\n    __priv = 1\n    def m(self):\n        return self.__priv, __other, self.__dunder__\n    def __n(self, __a): return __a\n",
    "class A:\n    class B:\n        def m(self): pass\n",
    "def outer():\n    def inner():\n        def innermost():\n            return a\n        return innermost\n    a = 1\n    return inner\n",
    "def f(a):\n    def g():\n        return a\n    a = 2\n    return g\n",
    "def f(*args, **kwargs):\n    return lambda: (args, kwargs)\n",
    "def f():\n    return [x for x in range(3)], {x: y for x, y in z}, {x for x in y}, list(x for x in y)\n",
    "class C:\n    xs = [i for i in range(3)]\n    ys = [i + j for i in range(3) for j in xs]\n",
    "x = 10 ** 100\ny = 0x10 + 0o7 + 0b1 + 1_000\nz = 1.5e10 + 2j\n",
    "x = -1\ny = -1.5\nz = -(1, 2)\nw = -x\n",
    "print('hello', end='')\n",
    "def f(): return\ndef g(): yield\n",
    "def f():\n    try:\n        yield 1\n    finally:\n        yield 2\n",
    "def f():\n    with a:\n        yield\n",
    "def f():\n    x = 1\n    del x\n    y: int\n    return y\n",
    "def f():\n    import os.path\n    from sys import argv as a\n    return os, a\n",
    "for x in a: pass\nfor (x, y) in b: pass\nfor [x, y] in c: pass\nfor x.y in d: pass\nfor x[0] in e: pass\n",
    "try:\n    pass\nexcept E:\n    pass\nelse:\n    pass\n",
    "def f():\n    try:\n        pass\n    except:\n        return 1\n    else:\n        return 2\n    finally:\n        pass\n",
    "def f(x):\n    while x:\n        try:\n            x -= 1\n            if x == 3:\n                continue\n            if x == 1:\n                break\n        finally:\n            print(x)\n    return x\n",
    "x = [*range(3), *'ab']\ny = (*a, *b)\nz = {**a}\n",
    "f(a for a in b)\nf(x=1, *args)\n",
    "if not (a and b):\n    pass\nif a or not b and c:\n    pass\nwhile not x or y: pass\n",
    "x = a if not b or c else d\n",
    "x = [lambda: i for i in range(3)]\n",
    "def f():\n    return [lambda: i for i in range(3)]\n",
    "x = 1; y = 2; z = x; del z\n",
    "pass\n",
    "",
    "\n\n# just a comment\n",
    "x = (yield_ := 1)\n",
    "def f():\n    def g():\n        nonlocal_var = 1\n        def h():\n            nonlocal nonlocal_var\n            nonlocal_var = 2\n        return h\n    return g\n",
    "def f():\n    super = 1\n    def g(): return super\n    return g\n",
    "class C:\n    def f(self):\n        def g():\n            return __class__\n        return g\n",
    "class C:\n    x = 1\n    def f(self, x=x): return x\n",
    "def f(a, b):\n    return [a + b + c for c in range(a)]\n",
    "x = [[y for y in x] for x in z]\n",
    "(a, b) = (1, 2)\n[a, *b] = [1, 2, 3]\n",
    "try:\n    pass\nexcept* E:\n    pass\n",
    "try:\n    f()\nexcept* E as e:\n    g(e)\nexcept* (F, G):\n    for x in y:\n        break\nelse:\n    h()\nfinally:\n    k()\n",
];

#[test]
fn compiles_and_verifies_snippets() {
    for src in SNIPPETS {
        check(src);
    }
}

#[test]
fn eval_and_single_modes() {
    for src in ["1 + 2", "[x for x in y]", "lambda: 0", "f(*a, **k)", "a if b else c"] {
        let code = compile(src, "<t>", Mode::Eval).unwrap();
        verify(&code).unwrap();
    }
    for src in ["x = 1", "1 + 2", "if x:\n    5\n", "def f(): return 1\n", "x = 1; y = 2\n", "x = (1,\n 2); y = 3\n"] {
        let code = compile(src, "<t>", Mode::Single).unwrap();
        verify(&code).unwrap();
    }
}

#[test]
fn big_displays_and_calls() {
    let items: Vec<String> = (0..100).map(|i| format!("x{i}")).collect();
    let src = format!(
        "l = [{0}]\nt = ({0},)\ns = {{{0}}}\nd = {{{1}}}\nf({0})\no.m({0})\nf({2})\n",
        items.join(", "),
        items.iter().map(|x| format!("'{x}': {x}")).collect::<Vec<_>>().join(", "),
        items.iter().map(|x| format!("{x}={x}")).collect::<Vec<_>>().join(", "),
    );
    let code = check(&src);
    assert!(code.max_stack < 40, "max_stack {}", code.max_stack);
}

#[test]
fn deep_but_legal_nesting() {
    let src = format!("x = {}1{}\n", "(".repeat(150), ")".repeat(150));
    check(&src);
    let src = format!("x = {}1\n", "1 + ".repeat(1500));
    check(&src);
    let mut src = String::new();
    for i in 0..60 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(60));
    src.push_str("pass\n");
    check(&src);
    let elifs = "if a:\n    pass\n".to_string() + &"elif b:\n    pass\n".repeat(500);
    check(&elifs);
}

/// The compile error CPython reported for a program, parsed from its expected stderr:
/// (kind, message, line, 1-based column of the first caret).
fn expected_error(err: &str) -> Option<(String, String, u32, Option<u32>)> {
    let lines: Vec<&str> = err.lines().collect();
    let last = lines.last()?;
    let (kind, msg) = last.split_once(": ")?;
    if !matches!(kind, "SyntaxError" | "IndentationError" | "TabError") {
        return None;
    }
    let file_line = lines.iter().position(|l| l.trim_start().starts_with("File "))?;
    let line: u32 = lines[file_line].rsplit("line ").next()?.trim().parse().ok()?;
    let col = lines.get(file_line + 2).and_then(|caret| caret.find('^')).map(|c| c as u32 - 3);
    Some((kind.to_string(), msg.to_string(), line, col))
}

/// Programs using constructs pyrs-nogil deliberately does not support.
fn uses_unsupported(src: &str) -> bool {
    src.lines().any(|l| {
        let t = l.trim_start();
        t.starts_with("match ")
    })
}

#[test]
fn repository_programs_compile() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/programs");
    let Ok(entries) = std::fs::read_dir(&dir) else { return };
    let mut count = 0;
    let mut failures = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        let Ok(src) = std::fs::read_to_string(&path) else { continue };
        count += 1;
        let expected = std::fs::read_to_string(path.with_extension("err")).ok().and_then(|e| expected_error(&e));
        let result = compile(&src, &path.display().to_string(), Mode::Exec);
        match (result, expected) {
            (Ok(code), None) => {
                if let Err(e) = verify(&code) {
                    failures.push(format!("{}: verification: {e}", path.display()));
                }
            }
            (Err(e), None) if uses_unsupported(&src) && e.msg.contains("not supported") => {}
            (Err(e), None) => failures.push(format!("{}: {e:?}", path.display())),
            (Ok(_), Some(exp)) => failures.push(format!("{}: expected {exp:?}, compiled", path.display())),
            (Err(e), Some((kind, msg, line, col))) => {
                // The expected column is relative to the stripped source line.
                let indent = e.text.as_deref().map_or(0, |t| (t.len() - t.trim_start().len()) as u32);
                let got_col = e.col.saturating_sub(indent);
                if e.kind != kind || e.msg != msg || e.line != line || col.is_some_and(|c| c != got_col) {
                    failures.push(format!("{}: expected {kind}: {msg} at {line}:{col:?}, got {e:?}", path.display()));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {count} programs failed:\n{}", failures.len(), failures.join("\n"));
}

/// Sources whose estimated nesting allows compiling on the caller's thread must fit in a modest
/// stack even when they nest as deeply as the estimate permits.
#[test]
fn inline_compiles_fit_small_stacks() {
    type Make = fn(usize) -> String;
    let makers: &[Make] = &[
        |n| "-".repeat(n) + "1",
        |n| "not ".repeat(n) + "x",
        |n| "1+".repeat(n) + "1",
        |n| "lambda:".repeat(n) + "1",
        |n| "x".to_string() + &".a".repeat(n),
        |n| "f".to_string() + &"()".repeat(n),
        |n| "1 if x else ".repeat(n) + "1",
        |n| "[".repeat(n.min(190)) + &"]".repeat(n.min(190)),
        |n| "a if b else (".repeat(n) + "1" + &")".repeat(n),
        |n| "if a:\n pass\n".to_string() + &"elif b:\n pass\n".repeat(n),
        |n| "[x for x in ".repeat(n.min(190)) + "y" + &"]".repeat(n.min(190)),
        |n| "f'{".to_string() + &"1+".repeat(n) + "1}'",
        |n| "(lambda: (".repeat(n.min(100)) + "1" + &"))".repeat(n.min(100)),
    ];
    for make in makers {
        let mut n = 1;
        while crate::compile::lexscan::scan(&make(n + 1), false).nesting <= super::super::INLINE_NESTING && n < 5000 {
            n += 1;
        }
        let src = make(n);
        let handle = std::thread::Builder::new()
            .stack_size(192 * 1024)
            .spawn(move || {
                let mode = if src.starts_with("if") { Mode::Exec } else { Mode::Eval };
                compile(&src, "<t>", mode).map(|_| ()).map_err(|e| e.msg)
            })
            .unwrap();
        assert_eq!(handle.join().unwrap(), Ok(()));
    }
}

/// Larger sources run on a helper thread with a big stack; nesting is bounded with an error.
#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for src in ["-".repeat(50_000) + "1", "1+".repeat(50_000) + "1", "(".repeat(1000) + &")".repeat(1000)] {
        let e = compile(&src, "<t>", Mode::Eval).unwrap_err();
        assert_eq!(e.kind, "SyntaxError");
    }
    let e = compile(&("not ".repeat(5000) + "x"), "<t>", Mode::Eval).unwrap_err();
    assert!(e.msg.contains("too many nested"), "{e:?}");
}

/// Rough throughput check (run with `--ignored --nocapture`).
#[test]
#[ignore]
fn bench_repository_programs() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/programs");
    let sources: Vec<String> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "py"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    let bytes: usize = sources.iter().map(String::len).sum();
    let start = std::time::Instant::now();
    for _ in 0..10 {
        for s in &sources {
            let _ = compile(s, "<bench>", Mode::Exec);
        }
    }
    let t = start.elapsed();
    let start = std::time::Instant::now();
    for _ in 0..10 {
        for s in &sources {
            let _ = rustpython_parser::parse(s, rustpython_parser::Mode::Module, "<bench>");
        }
    }
    println!("parse only: {:?}", start.elapsed());
    let start = std::time::Instant::now();
    for _ in 0..10 {
        for s in &sources {
            let _ = crate::compile::lexscan::scan(s, false);
        }
    }
    println!("prescan only: {:?}", start.elapsed());
    println!(
        "{} files, {bytes} bytes x10 in {t:?} ({:.1} MB/s)",
        sources.len(),
        bytes as f64 * 10.0 / t.as_secs_f64() / 1e6
    );
}
