//! Standard-library modules, group A: the registry of this group's native modules
//! and embedded Python sources.
//!
//! Native modules live in `a/` (one file each, `util.rs` has the shared helpers); Python
//! modules live in `py_a/` and are embedded with `include_str!`.
//!
//! Native: `math`, `time`, `random`, `operator`/`_operator`, `posix` (under `os`), `_heapq`,
//! `bisect`/`_bisect`, `_pyrs_traceback` (under `traceback`/`linecache`), `_pyrs_json` (under
//! `json`), `gc`, `struct`.
//! Python: `__future__`, `string`, `os`, `posixpath` (= `os.path`), `stat`, `copy`, `heapq`, `contextlib`,
//! `abc`, `traceback`, `linecache`, `typing`, `warnings`, `atexit` (run by
//! `stdlib::exit_hooks`), `weakref` (strong-reference approximation, see its docstring),
//! `importlib`, `json` (+ `json.decoder`, `json.encoder`), `numbers`, `fractions`,
//! `statistics`, `platform`, `binascii`, `base64`, `datetime`.

use objmodel::Value;

use super::NativeInit;
use crate::runtime::Runtime;

#[path = "a/bisect.rs"]
mod bisect;
#[path = "a/gc.rs"]
mod gc;
#[path = "a/weak.rs"]
pub(crate) mod weak;
#[path = "a/heapq.rs"]
mod heapq;
#[path = "a/json.rs"]
mod json;
#[path = "a/math.rs"]
mod math;
#[path = "a/operator.rs"]
mod operator;
#[path = "a/posix.rs"]
pub(crate) mod posix;
#[path = "a/random.rs"]
mod random;
#[path = "a/structmod.rs"]
mod structmod;
#[path = "a/tb.rs"]
mod tb;
#[path = "a/time.rs"]
mod time;
#[path = "a/util.rs"]
pub(crate) mod util;

/// Native modules of this group.
pub fn native_module(name: &str) -> Option<NativeInit> {
    Some(match name {
        "math" => math::make_module,
        "time" => time::make_module,
        "random" => random::make_module,
        "posix" => posix::make_module,
        "_heapq" => heapq::make_module,
        "bisect" | "_bisect" => bisect::make_module,
        "_pyrs_traceback" => tb::make_module,
        "_pyrs_json" => json::make_module,
        "gc" => gc::make_module,
        "_pyrs_weakref" => weak::make_module,
        "struct" => structmod::make_module,
        "operator" | "_operator" => operator::make_module,
        _ => return None,
    })
}

/// Embedded Python modules of this group: (source, is_package).
pub fn embedded_source(name: &str) -> Option<(&'static str, bool)> {
    Some(match name {
        "string" => (include_str!("py_a/string.py"), false),
        "__future__" => (include_str!("py_a/__future__.py"), false),
        "os" => (include_str!("py_a/os.py"), false),
        "posixpath" => (include_str!("py_a/posixpath.py"), false),
        "stat" => (include_str!("py_a/stat.py"), false),
        "copy" => (include_str!("py_a/copy.py"), false),
        "heapq" => (include_str!("py_a/heapq.py"), false),
        "contextlib" => (include_str!("py_a/contextlib.py"), false),
        "abc" | "_py_abc" => (include_str!("py_a/abc.py"), false),
        "traceback" => (include_str!("py_a/traceback.py"), false),
        "typing" => (include_str!("py_a/typing.py"), false),
        "warnings" => (include_str!("py_a/warnings.py"), false),
        "linecache" => (include_str!("py_a/linecache.py"), false),
        "atexit" => (include_str!("py_a/atexit.py"), false),
        "weakref" => (include_str!("py_a/weakref.py"), false),
        "numbers" => (include_str!("py_a/numbers.py"), false),
        "fractions" => (include_str!("py_a/fractions.py"), false),
        "statistics" => (include_str!("py_a/statistics.py"), false),
        "platform" => (include_str!("py_a/platform.py"), false),
        "binascii" => (include_str!("py_a/binascii.py"), false),
        "base64" => (include_str!("py_a/base64.py"), false),
        "datetime" => (include_str!("py_a/datetime.py"), false),
        "importlib" => (include_str!("py_a/importlib/__init__.py"), true),
        "json" => (include_str!("py_a/json/__init__.py"), true),
        "json.decoder" => (include_str!("py_a/json/decoder.py"), false),
        "json.encoder" => (include_str!("py_a/json/encoder.py"), false),
        _ => return None,
    })
}

pub fn init(_r: &'static Runtime) {}

/// GC roots held by this group's modules outside the heap.
pub fn for_each_root(_f: &mut dyn FnMut(Value)) {}
