//! Where the embedded Python modules say they live, and which line numbers they report.
//!
//! CPython's pure-Python standard library is read from `{sys.prefix}/lib/python3.11/`, so its
//! tracebacks show frames such as
//! `File "/usr/local/lib/python3.11/threading.py", line 1045, in _bootstrap_inner`.
//! Our modules are our own sources, embedded in the binary; to report the same frames they
//! are compiled under the path CPython's module has (`stdlib_filename`, also their
//! `__file__`), and their sources may pin line numbers with *line anchors*:
//!
//! ```text
//! #@line 982
//!         self._target(*self._args, **self._kwargs)
//! ```
//!
//! says that the next line is line 982 of CPython's module. `expand_anchors` replaces the
//! anchor with blank lines until the next line lands there (an anchor whose line has already
//! been passed is an error, caught by this module's test over every embedded source). Anchors
//! go on the lines tracebacks show: `raise` statements users see and calls back into user code.
//! The source kept for traceback lines (`import::remember_source`) is the expanded one.
//!
//! # Native frames
//!
//! Some of CPython's modules (or classes) are written in C, so no frame of theirs appears in
//! a traceback: `queue.SimpleQueue().get(False)` fails at the caller's line. An embedded module
//! that mirrors such code names its top-level functions and classes in a directive
//!
//! ```text
//! #@native SimpleQueue local
//! ```
//!
//! and `mark_native_frames` flags their code objects (methods and nested functions included)
//! with `bytecode::flags::NATIVE_FRAME`; `interp::unwind::handle` records no traceback entry
//! for such frames. `#@native *` marks the whole module. The classes among those names are
//! C types too: error messages call them `module.Name` (`flag_native_classes`).

use std::borrow::Cow;
use std::sync::Arc;

use objmodel::Value;

use crate::bytecode::{flags, CodeObject, Const};

/// CPython's `sys.prefix` as this runtime reports it (`sys.prefix`, `sys.base_prefix`...).
pub const PREFIX: &str = "/usr/local";

/// The directory of CPython's pure-Python standard library under [`PREFIX`], with a final `/`.
pub const STDLIB_DIR: &str = "/usr/local/lib/python3.11/";

const ANCHOR: &str = "#@line ";

/// The file name the embedded module `name` is compiled under: its path in CPython's library.
pub fn stdlib_filename(name: &str, is_pkg: bool) -> String {
    let rel = name.replace('.', "/");
    if is_pkg { format!("{STDLIB_DIR}{rel}/__init__.py") } else { format!("{STDLIB_DIR}{rel}.py") }
}

/// Whether `filename` names an embedded standard-library module.
pub fn is_stdlib_filename(filename: &str) -> bool {
    filename.starts_with(STDLIB_DIR)
}

/// `src` with its line anchors replaced by blank lines (see the module doc). Err names the
/// first anchor that asks for a line already passed.
pub fn expand_anchors(src: &str) -> Result<Cow<'_, str>, String> {
    if !src.contains(ANCHOR) {
        return Ok(Cow::Borrowed(src));
    }
    let mut out = String::with_capacity(src.len() + 4096);
    let mut line_no = 1usize; // the number of the line about to be written to `out`
    for line in src.split_inclusive('\n') {
        if let Some(rest) = line.trim_start().strip_prefix(ANCHOR) {
            let target: usize = rest.trim().parse().map_err(|_| format!("bad line anchor {:?}", line.trim_end()))?;
            if target < line_no {
                return Err(format!("line anchor {target} is at line {line_no} already"));
            }
            // The anchor line itself becomes the first of the blank lines.
            for _ in line_no..target {
                out.push('\n');
            }
            line_no = target;
            continue;
        }
        out.push_str(line);
        line_no += 1;
    }
    Ok(Cow::Owned(out))
}

const NATIVE: &str = "#@native ";

/// The names in `src`'s `#@native` directives.
fn native_names(src: &str) -> Vec<&str> {
    src.lines().filter_map(|l| l.strip_prefix(NATIVE)).flat_map(str::split_whitespace).collect()
}

/// After the embedded module `module` (compiled from `src`) ran: its classes named in
/// `#@native` directives (all classes it defines, for `*`) are CPython C types, which error
/// messages call `module.Name` (`objmodel::tflags::C_TYPE_NAME`).
pub fn flag_native_classes(module: Value, src: &str) {
    let names = native_names(src);
    if names.is_empty() {
        return;
    }
    let d = crate::objects::module::module_dict(module);
    let own = crate::objects::dict::get_by_name(d, "__name__").and_then(crate::objects::str::as_str);
    for (k, v) in crate::objects::dict::items(d) {
        if !crate::objects::type_::is_type(v) {
            continue;
        }
        let Some(k) = crate::objects::str::as_str(k) else { continue };
        let ty = crate::objects::type_::as_type(v);
        let defined_here = own.is_some() && crate::objects::str::as_str(ty.module.get()) == own;
        if defined_here && names.iter().any(|n| *n == "*" || *n == k) {
            ty.set_flag(objmodel::types::tflags::C_TYPE_NAME);
        }
    }
}

/// `code` (a module compiled from `src`) with the code objects of the names in `src`'s
/// `#@native` directives flagged `NATIVE_FRAME` (see "Native frames" in the module doc).
pub fn mark_native_frames(src: &str, code: Arc<CodeObject>) -> Arc<CodeObject> {
    let names = native_names(src);
    if names.is_empty() {
        return code;
    }
    let mut code = code;
    mark_nested(Arc::make_mut(&mut code), &names);
    code
}

fn mark_nested(code: &mut CodeObject, names: &[&str]) {
    for c in code.consts.iter_mut() {
        if let Const::Code(inner) = c {
            let inner = Arc::make_mut(inner);
            let top = inner.qualname.split('.').next().unwrap_or("");
            if names.iter().any(|n| *n == "*" || *n == top) {
                inner.flags |= flags::NATIVE_FRAME;
            }
            mark_nested(inner, names);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_pad_to_the_requested_line() {
        let src = "a\n#@line 5\nb\n    #@line 7\nc\n";
        let out = expand_anchors(src).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "a");
        assert_eq!(lines[4], "b");
        assert_eq!(lines[6], "c");
        assert_eq!(lines.len(), 7);
        assert!(expand_anchors("a\nb\n#@line 2\nc\n").is_err());
        assert_eq!(expand_anchors("a\n#@line 2\nb\n").unwrap(), "a\nb\n");
    }

    #[test]
    fn native_directive_flags_the_named_code_and_nothing_else() {
        let src = "#@native Fast\nclass Fast:\n    def get(self):\n        return lambda: 1\ndef slow():\n    pass\n";
        let code = mark_native_frames(src, crate::compile::compile(src, "m.py", crate::compile::Mode::Exec).unwrap());
        let mut seen = Vec::new();
        fn walk(c: &CodeObject, seen: &mut Vec<(String, bool)>) {
            for k in &c.consts {
                if let Const::Code(i) = k {
                    seen.push((i.qualname.clone(), i.has_flag(flags::NATIVE_FRAME)));
                    walk(i, seen);
                }
            }
        }
        walk(&code, &mut seen);
        seen.sort();
        let want = [("Fast", true), ("Fast.get", true), ("Fast.get.<locals>.<lambda>", true), ("slow", false)];
        assert_eq!(seen, want.map(|(n, f)| (n.to_string(), f)));
    }

    #[test]
    fn module_paths_follow_cpythons_layout() {
        // contention::record's THREADING spells this path out.
        assert_eq!(stdlib_filename("threading", false), "/usr/local/lib/python3.11/threading.py");
        assert_eq!(stdlib_filename("concurrent.futures", true), "/usr/local/lib/python3.11/concurrent/futures/__init__.py");
        assert!(is_stdlib_filename(&stdlib_filename("json.decoder", false)));
    }

    #[test]
    fn every_embedded_source_has_consistent_anchors() {
        fn walk(dir: &std::path::Path, found: &mut usize) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    walk(&p, found);
                } else if p.extension().is_some_and(|x| x == "py") {
                    let src = std::fs::read_to_string(&p).unwrap();
                    if let Err(e) = expand_anchors(&src) {
                        panic!("{}: {e}", p.display());
                    }
                    *found += 1;
                }
            }
        }
        let mut found = 0;
        walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/stdlib"), &mut found);
        assert!(found > 50);
    }
}
