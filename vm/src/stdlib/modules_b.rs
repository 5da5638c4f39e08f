//! Standard-library modules, group B: the registry of this group's native modules
//! and embedded Python sources.
//!
//! Native (Rust, `stdlib/b/`): `itertools`, `_collections` (deque), `_functools`, `_pyrs_re`
//! (the regular-expression engine behind `re`), `_pyrs_queue` (the core of `queue.SimpleQueue`).
//! Embedded Python (`stdlib/py_b/`): `functools`, `collections`, `collections.abc`,
//! `_collections_abc`, `dataclasses`, `enum`, `re`, `argparse`, `textwrap`, `pprint`, `keyword`.

use objmodel::Value;

#[path = "b/mod.rs"]
pub mod b;

use super::NativeInit;
use crate::runtime::Runtime;

/// Native modules of this group.
pub fn native_module(name: &str) -> Option<NativeInit> {
    Some(match name {
        "itertools" => b::itertools::make_module,
        "_collections" => b::collections::make_module,
        "_functools" => b::functools::make_module,
        "_pyrs_re" => b::re::make_module,
        "_pyrs_queue" => b::simple_queue::make_module,
        _ => return None,
    })
}

/// Embedded Python modules of this group: (source, is_package).
pub fn embedded_source(name: &str) -> Option<(&'static str, bool)> {
    Some(match name {
        "functools" => (include_str!("py_b/functools.py"), false),
        "collections" => (include_str!("py_b/collections.py"), true),
        "collections.abc" => (include_str!("py_b/collections_abc.py"), false),
        "_collections_abc" => (include_str!("py_b/_collections_abc.py"), false),
        "dataclasses" => (include_str!("py_b/dataclasses.py"), false),
        "enum" => (include_str!("py_b/enum.py"), false),
        "re" => (include_str!("py_b/re.py"), false),
        "argparse" => (include_str!("py_b/argparse.py"), false),
        "textwrap" => (include_str!("py_b/textwrap.py"), false),
        "pprint" => (include_str!("py_b/pprint.py"), false),
        "keyword" => (include_str!("py_b/keyword.py"), false),
        _ => return None,
    })
}

pub fn init(_r: &'static Runtime) {}

/// GC roots held by this group's modules outside the heap (the native types themselves are
/// rooted by `bootstrap_type`).
pub fn for_each_root(f: &mut dyn FnMut(Value)) {
    b::functools::for_each_root(f);
    b::re::for_each_root(f);
}
