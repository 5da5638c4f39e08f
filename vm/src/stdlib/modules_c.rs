//! Standard-library modules, group C: the registry of this group's native modules (in
//! `c/`, one file each) and embedded Python sources (in `py_c/`, embedded with
//! `include_str!`). The Python modules are pyrs-nogil's own implementations of CPython
//! 3.11's modules of the same names, written from the CPython documentation.
//!
//! Native: none yet.
//! Python: `types`, `difflib`, `fnmatch`, `unittest` (+ `unittest.mock`), `timeit`, `errno`,
//! `logging` (+ `logging.handlers`, `logging.config`), `getopt`, `shlex`, `graphlib`,
//! `copyreg`, `calendar`, `contextvars`, `inspect`, `tempfile`, `shutil`, `glob`, `csv`,
//! `pathlib`, `html`, `secrets`, `uuid`, and `_exceptiongroup` (the state object behind the
//! compiler's `except*`). Each module's docstring says what it offers and what it leaves out
//! (most of those names raise an error that says so).

use objmodel::Value;

use super::NativeInit;
use crate::runtime::Runtime;

/// Native modules of this group.
pub fn native_module(name: &str) -> Option<NativeInit> {
    let _ = name;
    None
}

/// Embedded Python modules of this group: (source, is_package).
pub fn embedded_source(name: &str) -> Option<(&'static str, bool)> {
    Some(match name {
        "types" => (include_str!("py_c/types.py"), false),
        "_exceptiongroup" => (include_str!("py_c/_exceptiongroup.py"), false),
        "difflib" => (include_str!("py_c/difflib.py"), false),
        "fnmatch" => (include_str!("py_c/fnmatch.py"), false),
        "unittest" => (include_str!("py_c/unittest/__init__.py"), true),
        "unittest.case" => (include_str!("py_c/unittest/case.py"), false),
        "unittest.loader" => (include_str!("py_c/unittest/loader.py"), false),
        "unittest.main" => (include_str!("py_c/unittest/main.py"), false),
        "unittest.mock" => (include_str!("py_c/unittest/mock.py"), false),
        "unittest.result" => (include_str!("py_c/unittest/result.py"), false),
        "unittest.runner" => (include_str!("py_c/unittest/runner.py"), false),
        "unittest.signals" => (include_str!("py_c/unittest/signals.py"), false),
        "unittest.suite" => (include_str!("py_c/unittest/suite.py"), false),
        "unittest.util" => (include_str!("py_c/unittest/util.py"), false),
        "timeit" => (include_str!("py_c/timeit.py"), false),
        "errno" => (include_str!("py_c/errno.py"), false),
        "inspect" => (include_str!("py_c/inspect.py"), false),
        "tempfile" => (include_str!("py_c/tempfile.py"), false),
        "shutil" => (include_str!("py_c/shutil.py"), false),
        "glob" => (include_str!("py_c/glob.py"), false),
        "csv" => (include_str!("py_c/csv.py"), false),
        "pathlib" => (include_str!("py_c/pathlib.py"), false),
        "html" => (include_str!("py_c/html/__init__.py"), true),
        "secrets" => (include_str!("py_c/secrets.py"), false),
        "uuid" => (include_str!("py_c/uuid.py"), false),
        "logging" => (include_str!("py_c/logging/__init__.py"), true),
        "logging.handlers" => (include_str!("py_c/logging/handlers.py"), false),
        "logging.config" => (include_str!("py_c/logging/config.py"), false),
        "getopt" => (include_str!("py_c/getopt.py"), false),
        "shlex" => (include_str!("py_c/shlex.py"), false),
        "graphlib" => (include_str!("py_c/graphlib.py"), false),
        "copyreg" => (include_str!("py_c/copyreg.py"), false),
        "calendar" => (include_str!("py_c/calendar.py"), false),
        "contextvars" => (include_str!("py_c/contextvars.py"), false),
        _ => return None,
    })
}

/// Start-up work of this group's native modules.
pub fn init(r: &'static Runtime) {
    let _ = r;
}

/// Roots this group's native modules hold outside the heap.
pub fn for_each_root(f: &mut dyn FnMut(Value)) {
    let _ = f;
}
