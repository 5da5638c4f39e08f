//! Standard-library modules, group E: the registry of this group's native modules (in `e/`)
//! and embedded Python sources (in `py_e/`, embedded with `include_str!`).
//!
//! Native:
//! - `_pyrs_ast` (`e/ast.rs`, node building in `e/ast_build.rs`): `ast.parse`'s parser half.
//! - `unicodedata` (`e/unicodedata.rs`, Unicode 14.0.0 tables generated into
//!   `e/unicodedata_tables.rs` by `tools/gen_unicodedata.py`; names from `unicode_names2`).
//!
//! Python: `ast` (`py_e/ast.py`, `unparse` in `py_e/_pyrs_ast_unparse.py`); `urllib.parse` (`py_e/urllib/parse.py`);
//! `reprlib`, `sched`, `codecs`, `configparser`, `locale` (the C locale only), `signal`
//! (handlers recorded and run by `raise_signal`; OS-delivered signals are not routed to them)
//! (`py_e/NAME.py`).
//!
//! Known gaps: `compile()` of an AST object is not supported and `ast.parse` collects no type
//! comments (`type_comments=True` changes nothing; mode `func_type` raises ValueError);
//! `codecs` has no custom error handlers (`register_error`), `codecs.open`/`EncodedFile`, or
//! charsets beyond the runtime's own; `locale` knows only the C locale; `signal` does not
//! receive OS-delivered signals; `unicodedata` has no `ucd_3_2_0`.

use objmodel::Value;

use super::NativeInit;
use crate::runtime::Runtime;

#[path = "e/ast.rs"]
mod ast;
#[path = "e/ast_build.rs"]
mod ast_build;
#[path = "e/unicodedata.rs"]
pub(crate) mod unicodedata;
#[path = "e/unicodedata_tables.rs"]
mod unicodedata_tables;

/// Native modules of this group.
pub fn native_module(name: &str) -> Option<NativeInit> {
    Some(match name {
        "_pyrs_ast" => ast::make_module,
        "unicodedata" => unicodedata::make_module,
        _ => return None,
    })
}

/// Embedded Python modules of this group: (source, is_package).
pub fn embedded_source(name: &str) -> Option<(&'static str, bool)> {
    Some(match name {
        "ast" => (include_str!("py_e/ast.py"), false),
        "_pyrs_ast_unparse" => (include_str!("py_e/_pyrs_ast_unparse.py"), false),
        "configparser" => (include_str!("py_e/configparser.py"), false),
        "locale" => (include_str!("py_e/locale.py"), false),
        "signal" => (include_str!("py_e/signal.py"), false),
        "codecs" => (include_str!("py_e/codecs.py"), false),
        "reprlib" => (include_str!("py_e/reprlib.py"), false),
        "sched" => (include_str!("py_e/sched.py"), false),
        "urllib" => (include_str!("py_e/urllib/__init__.py"), true),
        "urllib.parse" => (include_str!("py_e/urllib/parse.py"), false),
        _ => return None,
    })
}

/// Start-up work of this group's native modules: none.
pub fn init(r: &'static Runtime) {
    let _ = r;
}

/// Roots this group's native modules hold outside the heap: none.
pub fn for_each_root(f: &mut dyn FnMut(Value)) {
    let _ = f;
}
