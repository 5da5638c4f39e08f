//! Differential tests against CPython 3.11 (ignored by default: they need `python3` 3.11).
//!
//! For every program (the snippets, the repository's programs and generated ones) both
//! compilers describe each code object — qualified name, argument counts, generator/varargs
//! flags, parameters, other locals, cell and free variables — or the `SyntaxError` raised, and
//! the descriptions must agree. Run with `cargo test -p vm compile::tests::differential -- --ignored`.

use std::process::Command;
use std::sync::Arc;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};

use crate::bytecode::{CodeObject, Const, flags};
use crate::compile::{Mode, compile};

const DESCRIBE: &str = r#"
import sys
def desc(co, out):
    total = co.co_argcount + co.co_kwonlyargcount + bool(co.co_flags & 4) + bool(co.co_flags & 8)
    out.append("%s|%d,%d,%d|%d|%s|%s|%s|%s" % (co.co_qualname, co.co_argcount, co.co_posonlyargcount,
        co.co_kwonlyargcount, co.co_flags & 0x2c, list(co.co_varnames[:total]), sorted(co.co_varnames[total:]),
        list(co.co_cellvars), list(co.co_freevars)))
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            desc(c, out)
for path in sys.argv[1:]:
    src = open(path, encoding="utf-8").read()
    try:
        co = compile(src, "<t>", "exec")
    except SyntaxError as e:
        print("ERR|%s|%s|%s" % (type(e).__name__, e.msg, e.lineno))
    except ValueError as e:
        print("ERR|ValueError|%s|0" % e)
    else:
        out = []
        desc(co, out)
        print("\n".join(sorted(out)))
    print("=====")
"#;

fn describe(code: &Arc<CodeObject>, out: &mut Vec<String>) {
    let total = code.total_args();
    let mut cflags = 0;
    if code.has_flag(flags::GENERATOR) {
        cflags |= 0x20;
    }
    if code.has_flag(flags::VARARGS) {
        cflags |= 0x4;
    }
    if code.has_flag(flags::VARKEYWORDS) {
        cflags |= 0x8;
    }
    let list = |v: &[String]| format!("[{}]", v.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", "));
    let mut locals: Vec<String> = code.varnames[total..].to_vec();
    locals.sort();
    out.push(format!(
        "{}|{},{},{}|{}|{}|{}|{}|{}",
        code.qualname,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        cflags,
        list(&code.varnames[..total]),
        list(&locals),
        list(&code.cellvars),
        list(&code.freevars)
    ));
    for c in &code.consts {
        if let Const::Code(inner) = c {
            describe(inner, out);
        }
    }
}

fn ours(src: &str) -> String {
    crate::compile::unit::KEEP_DEAD_CODE.with(|k| k.set(true));
    let result = compile(src, "<t>", Mode::Exec);
    crate::compile::unit::KEEP_DEAD_CODE.with(|k| k.set(false));
    match result {
        Ok(code) => {
            let mut out = Vec::new();
            describe(&code, &mut out);
            out.sort();
            out.join("\n")
        }
        Err(e) => format!("ERR|{}|{}|{}", e.kind, e.msg, e.line),
    }
}

/// Describes many sources with one CPython process.
fn cpython(sources: &[String]) -> Option<Vec<String>> {
    static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("pyrs-compile-diff-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let script = dir.join("describe.py");
    std::fs::write(&script, DESCRIBE).ok()?;
    let mut args = vec![script.display().to_string()];
    for (i, s) in sources.iter().enumerate() {
        let p = dir.join(format!("p{i}.py"));
        std::fs::write(&p, s).ok()?;
        args.push(p.display().to_string());
    }
    let out = Command::new("python3.11").args(&args).output().ok()?;
    let _ = std::fs::remove_dir_all(&dir);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    if !out.status.success() {
        eprintln!("python3.11 failed: {}", String::from_utf8_lossy(&out.stderr));
        return None;
    }
    Some(text.split("=====\n").map(|s| s.trim_end().to_string()).collect())
}

/// Descriptions grouped by qualified name.
fn by_qualname(desc: &str) -> std::collections::BTreeMap<&str, Vec<&str>> {
    let mut m = std::collections::BTreeMap::<&str, Vec<&str>>::new();
    for line in desc.lines() {
        m.entry(line.split('|').next().unwrap_or("")).or_default().push(line);
    }
    m
}

/// Compares, returning the mismatches. CPython drops some unreachable code (ours is compiled
/// keeping it all), so each code object CPython has must be among ours with that name.
/// Syntax errors must agree on whether there is one; their messages only when `strict_errors`
/// (the two parsers report different syntax errors).
fn compare(sources: &[String], strict_errors: bool) -> Vec<String> {
    let Some(theirs) = cpython(sources) else { return vec!["python3.11 not available".to_string()] };
    let mut bad = Vec::new();
    for (src, theirs) in sources.iter().zip(theirs) {
        let mine = ours(src);
        if mine.contains("not supported by pyrs-nogil") {
            continue;
        }
        let (my_err, their_err) = (mine.starts_with("ERR|"), theirs.starts_with("ERR|"));
        let mut diff = Vec::new();
        if my_err || their_err {
            if my_err != their_err || (strict_errors && mine != theirs) {
                diff.push(format!("- {theirs}\n+ {mine}"));
            }
        } else {
            let (m, t) = (by_qualname(&mine), by_qualname(&theirs));
            for (q, tl) in &t {
                let mut ml = m.get(q).cloned().unwrap_or_default();
                let contained = tl.iter().all(|l| match ml.iter().position(|x| x == l) {
                    Some(i) => {
                        ml.swap_remove(i);
                        true
                    }
                    None => false,
                });
                if !contained {
                    let ours = m.get(q).cloned().unwrap_or_default();
                    diff.push(format!("- {}\n+ {}", tl.join("\n- "), ours.join("\n+ ")));
                }
            }
        }
        if !diff.is_empty() {
            bad.push(format!("--- source:\n{src}\n--- CPython (-) vs ours (+):\n{}\n", diff.join("\n")));
        }
    }
    bad
}

fn repository_sources() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/programs");
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "py"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    v.extend(super::programs::SNIPPETS.iter().map(|s| s.to_string()));
    v
}

#[test]
#[ignore]
fn differential_repository_programs() {
    let bad = compare(&repository_sources(), false);
    assert!(bad.is_empty(), "{} mismatches:\n{}", bad.len(), bad.join("\n"));
}

fn count() -> usize {
    std::env::var("PYRS_DIFF_PROGRAMS").ok().and_then(|v| v.parse().ok()).unwrap_or(600)
}

#[test]
#[ignore]
fn differential_generated_programs() {
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        proptest::test_runner::TestRng::deterministic_rng(proptest::test_runner::RngAlgorithm::ChaCha),
    );
    let strategy = super::fuzz::generated();
    let sources: Vec<String> =
        (0..count()).map(|_| strategy.new_tree(&mut runner).map(|t| t.current()).unwrap_or_default()).collect();
    let bad = compare(&sources, std::env::var("PYRS_DIFF_STRICT").is_ok());
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad.iter().take(5).cloned().collect::<Vec<_>>().join("\n")
    );
}

/// Syntax-error messages on mutated programs (informational: prints the most common
/// disagreements; the parsers differ, so this does not fail).
#[test]
#[ignore]
fn differential_syntax_errors_report() {
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        proptest::test_runner::TestRng::deterministic_rng(proptest::test_runner::RngAlgorithm::ChaCha),
    );
    let strategy = super::fuzz::mutated();
    let sources: Vec<String> =
        (0..count()).map(|_| strategy.new_tree(&mut runner).map(|t| t.current()).unwrap_or_default()).collect();
    let Some(theirs) = cpython(&sources) else { return };
    let mut counts = std::collections::BTreeMap::<String, usize>::new();
    let mut same = 0;
    for (src, theirs) in sources.iter().zip(theirs) {
        let mine = ours(src);
        if !theirs.starts_with("ERR|") && !mine.starts_with("ERR|") {
            continue;
        }
        if !theirs.starts_with("ERR|") {
            println!("!!! CPython accepts what we reject ({mine}):\n{src:?}");
        }
        if mine == theirs {
            same += 1;
            continue;
        }
        let key = |s: &str| s.rsplit_once('|').map_or(s.to_string(), |(a, _)| a.to_string());
        if let Ok(want) = std::env::var("PYRS_DIFF_SHOW")
            && key(&theirs).contains(&want)
            && key(&mine).contains(std::env::var("PYRS_DIFF_SHOW_OURS").unwrap_or_default().as_str())
        {
            println!("=== {theirs}  <=>  {mine}\n{src}");
        }
        *counts.entry(format!("{}  <=>  {}", key(&theirs), key(&mine))).or_default() += 1;
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by_key(|e| std::cmp::Reverse(e.1));
    println!("identical errors: {same}");
    for (k, n) in v.iter().take(40) {
        println!("{n:5}  {k}");
    }
}

const POSITIONS: &str = r#"
import sys, dis
CATS = {"CALL": "call", "CALL_FUNCTION_EX": "callex", "BINARY_OP": "binop", "BINARY_SUBSCR": "subscr", "COMPARE_OP": "cmp", "IS_OP": "cmp",
        "CONTAINS_OP": "cmp", "LOAD_ATTR": "attr", "LOAD_METHOD": "method", "STORE_ATTR": "storeattr",
        "STORE_SUBSCR": "storesubscr", "RAISE_VARARGS": "raise", "IMPORT_NAME": "import", "FOR_ITER": "foriter",
        "UNPACK_SEQUENCE": "unpack", "UNPACK_EX": "unpack", "LOAD_GLOBAL": "global"}
def walk(co, out):
    for ins in dis.get_instructions(co):
        cat = CATS.get(ins.opname)
        p = ins.positions
        if cat and p.lineno is not None:
            out.append("%s|%s|%d,%d,%d,%d" % (co.co_qualname, cat, p.lineno, p.col_offset, p.end_lineno, p.end_col_offset))
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            walk(c, out)
for path in sys.argv[1:]:
    try:
        co = compile(open(path, encoding="utf-8").read(), "<t>", "exec")
        out = []
        walk(co, out)
        print("\n".join(out))
    except SyntaxError:
        print("ERR")
    print("=====")
"#;

fn our_positions(code: &Arc<CodeObject>, out: &mut Vec<String>) {
    use crate::bytecode::Instr::*;
    for (instr, loc) in code.instrs.iter().zip(&code.locations) {
        let cat = match instr {
            CallFunction(_) | CallFunctionKw(_) | CallMethod(_) | CallMethodKw(_) => "call",
            CallFunctionEx(_) => "callex",
            BinaryOp(_) | InplaceOp(_) => "binop",
            BinarySubscr => "subscr",
            CompareOp(_) | IsOp(_) | ContainsOp(_) => "cmp",
            LoadAttr(_) => "attr",
            LoadMethod(_) => "method",
            StoreAttr(_) => "storeattr",
            StoreSubscr => "storesubscr",
            Raise(_) => "raise",
            ImportName(_) => "import",
            ForIter(_) => "foriter",
            UnpackSequence(_) | UnpackEx(_) => "unpack",
            LoadGlobal(_) => "global",
            _ => continue,
        };
        out.push(format!("{}|{cat}|{},{},{},{}", code.qualname, loc.line, loc.col, loc.end_line, loc.end_col));
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            our_positions(inner, out);
        }
    }
}

/// Instruction positions (which tracebacks print) for calls, operators, attribute and item
/// access, raises, imports, loops and unpacking, compared with CPython's in order per code
/// object (ASCII sources only: CPython counts UTF-8 bytes). Informational: remaining
/// differences are structural (CPython folds constant conditions, duplicates loop tests and
/// calls `__exit__` with `CALL`); it prints them instead of failing.
#[test]
#[ignore]
fn differential_positions() {
    let sources: Vec<String> = repository_sources().into_iter().filter(|s| s.is_ascii()).collect();
    let dir = std::env::temp_dir().join(format!("pyrs-compile-pos-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("positions.py");
    std::fs::write(&script, POSITIONS).unwrap();
    let mut args = vec![script.display().to_string()];
    for (i, s) in sources.iter().enumerate() {
        let p = dir.join(format!("p{i}.py"));
        std::fs::write(&p, s).unwrap();
        args.push(p.display().to_string());
    }
    let Ok(out) = Command::new("python3.11").args(&args).output() else { return };
    let _ = std::fs::remove_dir_all(&dir);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let mut bad = Vec::new();
    for (src, theirs) in sources.iter().zip(text.split("=====\n")) {
        if theirs.starts_with("ERR") {
            continue;
        }
        crate::compile::unit::KEEP_DEAD_CODE.with(|k| k.set(true));
        let code = compile(src, "<t>", Mode::Exec);
        crate::compile::unit::KEEP_DEAD_CODE.with(|k| k.set(false));
        let Ok(code) = code else { continue };
        let mut mine = Vec::new();
        our_positions(&code, &mut mine);
        let group = |lines: Vec<&str>| {
            let mut m = std::collections::BTreeMap::<(String, String), Vec<String>>::new();
            for l in lines {
                let mut parts = l.splitn(3, '|');
                let (q, c, p) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
                m.entry((q.to_string(), c.to_string())).or_default().push(p.to_string());
            }
            m
        };
        let (t, m) = (group(theirs.lines().collect()), group(mine.iter().map(String::as_str).collect()));
        for (key, tp) in &t {
            let mp = m.get(key).cloned().unwrap_or_default();
            if &mp != tp {
                let first = src.lines().next().unwrap_or("");
                bad.push(format!("{first}\n  {key:?}\n    CPython {tp:?}\n    ours    {mp:?}"));
            }
        }
    }
    println!("{} position differences:\n{}", bad.len(), bad.iter().take(30).cloned().collect::<Vec<_>>().join("\n"));
}
