//! Expected code shapes: scoping decisions, tables, instruction sequences and locations.

use std::sync::Arc;

use num_bigint::BigInt;

use super::programs::check;
use crate::bytecode::{BinOp, CodeObject, Const, Instr, Location, flags};
use crate::compile::{Mode, compile};

/// Finds a code object by qualified name anywhere under `code`.
fn find(code: &Arc<CodeObject>, qualname: &str) -> Arc<CodeObject> {
    fn walk(code: &Arc<CodeObject>, qualname: &str) -> Option<Arc<CodeObject>> {
        if code.qualname == qualname {
            return Some(code.clone());
        }
        code.consts.iter().find_map(|c| match c {
            Const::Code(inner) => walk(inner, qualname),
            _ => None,
        })
    }
    walk(code, qualname).unwrap_or_else(|| panic!("no code object {qualname}\n{}", crate::compile::dis(code)))
}

fn names_of(code: &CodeObject, pred: impl Fn(&Instr) -> Option<u32>, table: &[String]) -> Vec<String> {
    code.instrs.iter().filter_map(pred).map(|i| table[i as usize].clone()).collect()
}

fn strs(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn parameters_and_varnames() {
    let m = check("def f(a, /, b=1, *args, c, d=2, **kw):\n    x = 1\n    return x\n");
    let f = find(&m, "f");
    assert_eq!(f.varnames, strs(&["a", "b", "c", "d", "args", "kw", "x"]));
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 1, 2));
    assert!(f.has_flag(flags::VARARGS) && f.has_flag(flags::VARKEYWORDS) && f.has_flag(flags::FUNCTION));
    assert_eq!(f.total_args(), 6);
    // Defaults: a constant tuple and a dict keyed by name.
    assert!(m.consts.iter().any(|c| matches!(c, Const::Tuple(t) if t.len() == 1)));
    assert!(m.instrs.contains(&Instr::BuildMap(1)));
    assert!(m.instrs.contains(&Instr::MakeFunction(3)));
}

#[test]
fn cells_and_free_variables() {
    let m = check("def f(a):\n    b = 1\n    def g():\n        return a + b\n    return g\n");
    let f = find(&m, "f");
    assert_eq!(f.cellvars, strs(&["a", "b"]));
    assert_eq!(f.cell2arg, vec![Some(0), None]);
    assert_eq!(f.varnames, strs(&["a", "g"]));
    let g = find(&m, "f.<locals>.g");
    assert_eq!(g.freevars, strs(&["a", "b"]));
    assert!(g.instrs.contains(&Instr::LoadDeref(0)));
    assert!(f.instrs.contains(&Instr::LoadClosure(0)) && f.instrs.contains(&Instr::MakeFunction(8)));

    // Pass-through: the middle function gets a free variable it never uses itself.
    let m = check(
        "def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        return h\n    return g\n",
    );
    assert_eq!(find(&m, "f.<locals>.g").freevars, strs(&["x"]));
    assert_eq!(find(&m, "f").cellvars, strs(&["x"]));
}

#[test]
fn class_scopes() {
    let src = "def f():\n    x = 1\n    y = 2\n    class C:\n        a = x\n        y = 3\n        def m(self):\n            return y\n    return C\n";
    let m = check(src);
    let c = find(&m, "f.<locals>.C");
    assert!(c.has_flag(flags::CLASS_BODY));
    // `x` is free in the class body: LoadClassDeref; `y` is a class local (StoreName) and also
    // passed through to the method.
    assert_eq!(c.freevars, strs(&["x", "y"]));
    assert!(c.instrs.iter().any(|i| matches!(i, Instr::LoadClassDeref(_))));
    assert!(
        names_of(&c, |i| if let Instr::StoreName(n) = i { Some(*n) } else { None }, &c.names)
            .contains(&"y".to_string())
    );
    assert_eq!(find(&m, "f.<locals>.C.m").freevars, strs(&["y"]));
    // Methods don't see class attributes.
    let m = check("class C:\n    z = 1\n    def m(self):\n        return z\n");
    let meth = find(&m, "C.m");
    assert!(meth.freevars.is_empty());
    assert!(meth.instrs.iter().any(|i| matches!(i, Instr::LoadGlobal(_))));
}

#[test]
fn class_cell_for_super() {
    let m = check(
        "class C(B):\n    '''doc'''\n    def m(self):\n        return super().m()\n    def n(self):\n        return (lambda: __class__)()\n",
    );
    let c = find(&m, "C");
    assert_eq!(c.cellvars, strs(&["__class__"]));
    let n = c.instrs.len();
    assert!(matches!(c.instrs[n - 2], Instr::LoadClosure(0)) && c.instrs[n - 1] == Instr::ReturnValue);
    assert_eq!(find(&m, "C.m").freevars, strs(&["__class__"]));
    assert_eq!(find(&m, "C.n").freevars, strs(&["__class__"]));
    assert_eq!(find(&m, "C.n.<locals>.<lambda>").freevars, strs(&["__class__"]));
    // Class prologue.
    let stores = names_of(&c, |i| if let Instr::StoreName(n) = i { Some(*n) } else { None }, &c.names);
    assert_eq!(&stores[..3], &strs(&["__module__", "__qualname__", "__doc__"])[..]);
    // Without super there is no cell.
    let m = check("class D:\n    def m(self):\n        return 1\n");
    assert!(find(&m, "D").cellvars.is_empty());
}

#[test]
fn walrus_in_comprehension_binds_outside() {
    let m = check("def f(z):\n    [y := x for x in z]\n    return y\n");
    let f = find(&m, "f");
    assert_eq!(f.cellvars, strs(&["y"]));
    let comp = find(&m, "f.<locals>.<listcomp>");
    assert_eq!(comp.freevars, strs(&["y"]));
    assert!(comp.instrs.iter().any(|i| matches!(i, Instr::StoreDeref(_))));
    assert_eq!(comp.varnames[0], ".0");
    assert_eq!(comp.argcount, 1);
    assert!(comp.has_flag(flags::COMPREHENSION));
    // At module level it is a global.
    let m = check("[y := x for x in z]\n");
    let comp = find(&m, "<listcomp>");
    assert!(
        names_of(&comp, |i| if let Instr::StoreGlobal(n) = i { Some(*n) } else { None }, &comp.names)
            .contains(&"y".to_string())
    );
}

#[test]
fn comprehension_shapes() {
    let m = check("r = [a * b for a in x if a for b in y]\n");
    let comp = find(&m, "<listcomp>");
    assert!(comp.instrs.contains(&Instr::ListAppend(3)));
    assert_eq!(comp.instrs[0], Instr::BuildList(0));
    // The outermost iterable is evaluated outside: GetIter; CallFunction 1.
    let pos = m.instrs.iter().position(|i| *i == Instr::GetIter).unwrap();
    assert_eq!(m.instrs[pos + 1], Instr::CallFunction(1));
    let m = check("g = (a for a in x)\nd = {k: v for k, v in x}\n");
    let g = find(&m, "<genexpr>");
    assert!(g.has_flag(flags::GENERATOR) && g.instrs.contains(&Instr::YieldValue));
    assert!(find(&m, "<dictcomp>").instrs.contains(&Instr::MapAdd(2)));
}

#[test]
fn private_name_mangling() {
    let m = check("class C:\n    __x = 1\n    def m(self, __a):\n        return self.__x, __a, self.__y__\n");
    let c = find(&m, "C");
    assert!(c.names.contains(&"_C__x".to_string()));
    let meth = find(&m, "C.m");
    assert_eq!(meth.varnames, strs(&["self", "_C__a"]));
    assert!(meth.names.contains(&"_C__x".to_string()) && meth.names.contains(&"__y__".to_string()));
}

#[test]
fn qualified_names() {
    let m = check(
        "def f():\n    def g():\n        return lambda: [x for x in y]\n    class K:\n        def m(self): pass\n    global h\n    def h(): pass\n",
    );
    for q in [
        "f",
        "f.<locals>.g",
        "f.<locals>.g.<locals>.<lambda>",
        "f.<locals>.g.<locals>.<lambda>.<locals>.<listcomp>",
        "f.<locals>.K",
        "f.<locals>.K.m",
        "h",
    ] {
        find(&m, q);
    }
}

#[test]
fn docstrings() {
    let m = check("'''mod'''\ndef f():\n    '''fdoc'''\n    return 1\ndef g():\n    return 2\n");
    assert!(
        names_of(&m, |i| if let Instr::StoreName(n) = i { Some(*n) } else { None }, &m.names)
            .contains(&"__doc__".to_string())
    );
    assert_eq!(find(&m, "f").docstring.as_deref(), Some("fdoc"));
    assert_eq!(find(&m, "g").docstring, None);
    assert!(!find(&m, "f").consts.iter().any(|c| matches!(c, Const::Str(s) if s == "fdoc")));
}

#[test]
fn expression_shapes() {
    let m = check("x = -1\ny = (1, -2.0, (3,))\n");
    assert!(matches!(&m.consts[..], [Const::Int(i), ..] if *i == BigInt::from(-1)));
    assert!(m.consts.iter().any(|c| matches!(c, Const::Tuple(t) if t.len() == 3)));
    let m = check("r = a < b < c\n");
    let w = m.instrs.windows(2).any(|w| w == [Instr::Swap(2), Instr::Copy(2)]);
    assert!(w, "{}", crate::compile::dis(&m));
    let m = check("s = f'{x=}'\n");
    assert!(m.consts.iter().any(|c| matches!(c, Const::Str(s) if s == "x=")));
    assert!(m.instrs.contains(&Instr::FormatValue(2)) && m.instrs.contains(&Instr::BuildString(2)));
    let m = check("s = a[1:2:3]\nt = a[:]\n");
    assert!(m.instrs.contains(&Instr::BuildSlice(3)) && m.instrs.contains(&Instr::BuildSlice(2)));
    let m = check("f(*a, k=1, **b)\n");
    assert!(m.instrs.contains(&Instr::CallFunctionEx(1)) && m.instrs.contains(&Instr::DictMerge(1)));
    let m = check("o.m(1, k=2)\n");
    assert!(m.instrs.contains(&Instr::CallMethodKw(2)));
    let m = check("x = __debug__\n");
    assert!(m.consts.iter().any(|c| matches!(c, Const::Bool(true))));
}

#[test]
fn statement_shapes() {
    let m = check("@d1\n@d2\ndef f(): pass\n");
    let n = m.instrs.iter().position(|i| matches!(i, Instr::MakeFunction(_))).unwrap();
    assert_eq!(&m.instrs[n + 1..n + 3], &[Instr::CallFunction(1), Instr::CallFunction(1)]);
    assert_eq!(find(&m, "f").first_line, 1);
    let m = check("import a.b.c\nimport a.b.c as d\nfrom . import x as y\n");
    assert_eq!(m.names[..3], strs(&["a.b.c", "a", "b"])[..]);
    assert!(m.instrs.contains(&Instr::ImportFrom(2)));
    let m = check("try:\n    pass\nexcept E as e:\n    pass\n");
    assert!(m.instrs.iter().any(|i| matches!(i, Instr::DeleteName(_))));
    let m = check("x.y += 1\nz[i] -= 2\n");
    assert!(m.instrs.contains(&Instr::InplaceOp(BinOp::Add)) && m.instrs.contains(&Instr::Swap(3)));
    let m = check("lam = lambda: (yield)\n");
    let lam = find(&m, "<lambda>");
    assert!(lam.has_flag(flags::GENERATOR) && lam.has_flag(flags::LAMBDA));
}

#[test]
fn annotations() {
    let has_name = |c: &CodeObject, n: &str| c.names.iter().any(|x| x == n);
    // Function annotations are evaluated and attached; variable annotations in functions are not.
    let m = check("def f(x: int, *a: 'A', k: K = 1, **kw: W) -> str:\n    v: undefined = 1\n    return v\n");
    for n in ["int", "K", "W", "str", "__annotations__"] {
        assert!(has_name(&m, n), "{n}");
    }
    assert!(m.instrs.iter().any(|i| matches!(i, Instr::StoreAttr(_))));
    assert!(!has_name(&find(&m, "f"), "undefined"));
    let keys: Vec<&str> =
        m.consts.iter().filter_map(|c| if let Const::Str(s) = c { Some(s.as_str()) } else { None }).collect();
    assert!(keys.contains(&"x") && keys.contains(&"a") && keys.contains(&"return"));
    // Module and class variable annotations go into __annotations__.
    let m = check("x: int = 1\ny: list\na.b: T\nclass P:\n    '''doc'''\n    p: int\n    q: str = 's'\n");
    assert!(has_name(&m, "list") && has_name(&m, "T") && has_name(&m, "__annotations__"));
    assert!(m.instrs.contains(&Instr::StoreSubscr));
    let p = find(&m, "P");
    let stores = names_of(&p, |i| if let Instr::StoreName(n) = i { Some(*n) } else { None }, &p.names);
    assert_eq!(&stores[..4], &strs(&["__module__", "__qualname__", "__annotations__", "__doc__"])[..]);
    assert_eq!(p.instrs.iter().filter(|i| **i == Instr::StoreSubscr).count(), 2);
    // Postponed evaluation keeps the source text.
    let m = check("from __future__ import annotations\ndef f(x: Foo[int]) -> 'Bar': pass\nz: Baz\n");
    assert!(!has_name(&m, "Foo") && !has_name(&m, "Baz"));
    assert!(m.consts.iter().any(|c| matches!(c, Const::Str(s) if s == "Foo[int]")));
    assert!(m.consts.iter().any(|c| matches!(c, Const::Str(s) if s == "'Bar'")));
    // Annotation names are uses in the enclosing scope (they can create closures).
    let m = check(
        "def outer():\n    T = int\n    def inner(x: T): pass\n    class C:\n        y: T\n    return inner, C\n",
    );
    assert_eq!(find(&m, "outer").cellvars, strs(&["T"]));
    assert_eq!(find(&m, "outer.<locals>.C").freevars, strs(&["T"]));
}

#[test]
fn modes() {
    let e = compile("a + 1", "<t>", Mode::Eval).unwrap();
    assert_eq!(e.instrs.last(), Some(&Instr::ReturnValue));
    assert_eq!(e.instrs[e.instrs.len() - 2], Instr::BinaryOp(BinOp::Add));
    let s = compile("a + 1\n", "<t>", Mode::Single).unwrap();
    assert!(s.names.contains(&"displayhook".to_string()));
    let x = compile("a + 1\n", "<t>", Mode::Exec).unwrap();
    assert!(!x.names.contains(&"displayhook".to_string()));
    assert!(x.has_flag(flags::MODULE));
}

#[test]
fn locations() {
    let m = check("x = 1\ny = f(a +\n      b)\nraise E(\n  x)\n");
    let at = |instr: &Instr| m.locations[m.instrs.iter().position(|i| i == instr).unwrap()];
    assert_eq!(at(&Instr::BinaryOp(BinOp::Add)), Location { line: 2, col: 6, end_line: 3, end_col: 7 });
    assert_eq!(at(&Instr::CallFunction(1)), Location { line: 2, col: 4, end_line: 3, end_col: 8 });
    assert_eq!(at(&Instr::Raise(1)), Location { line: 4, col: 0, end_line: 5, end_col: 4 });
    // Decorator calls point at their decorator; `with` exits at the whole statement (as CPython).
    let m = check("@a\n@b(1)\ndef f():\n    pass\nwith open(x) as f:\n    pass\n");
    let calls: Vec<Location> =
        m.instrs.iter().zip(&m.locations).filter(|(i, _)| **i == Instr::CallFunction(1)).map(|(_, l)| *l).collect();
    // calls[0] is `b(1)` itself, then the applications innermost first.
    assert_eq!(calls[1], Location { line: 2, col: 1, end_line: 2, end_col: 5 });
    assert_eq!(calls[2], Location { line: 1, col: 1, end_line: 1, end_col: 2 });
    let exit = m.instrs.iter().position(|i| *i == Instr::WithExitNormal).unwrap();
    assert_eq!(m.locations[exit], Location { line: 5, col: 0, end_line: 6, end_col: 8 });
    let m = check("def f():\n    return 'é' + x\n");
    let f = find(&m, "f");
    let i = f.instrs.iter().position(|i| matches!(i, Instr::BinaryOp(_))).unwrap();
    assert_eq!(f.locations[i], Location { line: 2, col: 11, end_line: 2, end_col: 18 });
}
