//! Standard-library modules, group G: the registry of this group's native modules (in `g/`)
//! and embedded Python sources (in `py_g/`, embedded with `include_str!`). The Python
//! modules are pyrs-nogil's own implementations of CPython 3.11's modules of the same names,
//! written from the CPython documentation; each module's docstring says what it offers and
//! what it leaves out.
//!
//! Native: `_pyrs_proc` (`g/procext.rs`: getrusage/getrlimit/setrlimit, child processes for
//! `subprocess`), `_pyrs_import` (`g/importer.rs`: where the import system finds a module), `_pyrs_select`
//! (`g/selectext.rs`: poll(2) for `select`).
//!
//! Python: `resource`, `faulthandler` (flags only; no crash handler), `tracemalloc` (an
//! approximation: resident-memory growth, no per-allocation traces), `sysconfig`, `token`,
//! `tokenize`, `subprocess`, `html.parser`, `tomllib`, `ipaddress`, `xml.etree.ElementTree`
//! (own XML parser instead of expat), `marshal` (no code objects), `gzip` (over `zlib`),
//! `filecmp`, `optparse`, `doctest` (no debugger hooks), `this`, `fileinput`, `importlib.util` and
//! `importlib.machinery` (specs and loaders; the import statement does not use them),
//! `zipfile` (stored and deflated members, no ZIP64 or encryption), `select` (select() and
//! poll objects over poll(2); no epoll/kqueue) and `selectors` (DefaultSelector is a
//! PollSelector).
//!
//! Known gaps (modules still missing): bz2, lzma, epoll/kqueue in select, working sockets,
//! sqlite3, email, ctypes (`multiprocessing` is in the thread modules, threads_py.rs; `dis`,
//! `zoneinfo`, `http`, the profilers and others are in group H, modules_h.rs).

use objmodel::Value;

use super::NativeInit;
use crate::runtime::Runtime;

#[path = "g/importer.rs"]
mod importer;
#[path = "g/procext.rs"]
mod procext;
#[path = "g/selectext.rs"]
mod selectext;

/// Native modules of this group.
pub fn native_module(name: &str) -> Option<NativeInit> {
    Some(match name {
        "_pyrs_proc" => procext::make_module,
        "_pyrs_import" => importer::make_module,
        "_pyrs_select" => selectext::make_module,
        _ => return None,
    })
}

/// Embedded Python modules of this group: (source, is_package).
pub fn embedded_source(name: &str) -> Option<(&'static str, bool)> {
    Some(match name {
        "resource" => (include_str!("py_g/resource.py"), false),
        "select" => (include_str!("py_g/select.py"), false),
        "selectors" => (include_str!("py_g/selectors.py"), false),
        "faulthandler" => (include_str!("py_g/faulthandler.py"), false),
        "tracemalloc" => (include_str!("py_g/tracemalloc.py"), false),
        "sysconfig" => (include_str!("py_g/sysconfig.py"), false),
        "token" => (include_str!("py_g/token.py"), false),
        "tokenize" => (include_str!("py_g/tokenize.py"), false),
        "subprocess" => (include_str!("py_g/subprocess.py"), false),
        "html.parser" => (include_str!("py_g/html_parser.py"), false),
        "tomllib" => (include_str!("py_g/tomllib.py"), false),
        "ipaddress" => (include_str!("py_g/ipaddress.py"), false),
        "marshal" => (include_str!("py_g/marshal.py"), false),
        "gzip" => (include_str!("py_g/gzip.py"), false),
        "filecmp" => (include_str!("py_g/filecmp.py"), false),
        "optparse" => (include_str!("py_g/optparse.py"), false),
        "doctest" => (include_str!("py_g/doctest.py"), false),
        "this" => (include_str!("py_g/this.py"), false),
        "fileinput" => (include_str!("py_g/fileinput.py"), false),
        "zipfile" => (include_str!("py_g/zipfile.py"), false),
        "importlib.util" => (include_str!("py_g/importlib/util.py"), false),
        "importlib.machinery" => (include_str!("py_g/importlib/machinery.py"), false),
        "xml" => (include_str!("py_g/xml/__init__.py"), true),
        "xml.etree" => (include_str!("py_g/xml/etree/__init__.py"), true),
        "xml.etree.ElementTree" => (include_str!("py_g/xml/etree/ElementTree.py"), false),
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
