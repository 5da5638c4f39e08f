//! Standard-library modules, group D: the registry of this group's native modules (in
//! `d/`, one file each) and embedded Python sources (in `py_d/`, embedded with
//! `include_str!`).
//!
//! Native:
//! - `hashlib` (`d/hashlib.rs`, BLAKE2 in `d/blake2.rs` over `d/blake2_core.rs`): md5, sha1,
//!   sha224, sha256, sha384, sha512, sha3_*, shake_128/256, blake2b/blake2s (all
//!   parameters), `new`, HASH/HASHXOF objects, `algorithms_guaranteed`/`algorithms_available`,
//!   `pbkdf2_hmac`, `file_digest`.
//! - `zlib` (`d/zlib.rs`, `d/zstream.rs`, `d/zlib_sys.rs`): `crc32`, `adler32`, `compress`, `decompress`,
//!   `compressobj`, `decompressobj` (zlib, raw and gzip containers), constants, `zlib.error`.
//! - `array` (`d/array.rs`, `d/array_ops.rs`, `d/array_elem.rs`, `d/array_conv.rs`):
//!   `array.array` for the typecodes `b B u h H i I l L q Q f d`.
//! - `cmath` (`d/cmath.rs`, special values in `d/cmath_tables.rs`): the complex functions,
//!   constants and predicates.
//! - `_pyrs_pickle` (`d/pickle_fast.rs`): native `dumps`/`loads` for graphs of exact
//!   built-in types, which `pickle.dumps`/`loads` try first.
//!
//! Python: `hmac` (`py_d/hmac.py`); `decimal` (`py_d/decimal.py`: a subset written from the
//! General Decimal Arithmetic specification, see its docstring for what it leaves out);
//! `pickle` (`py_d/pickle.py`, protocols 0-5 with CPython's opcodes), its Python 2 name
//! table `_compat_pickle` and `_codecs` (`encode`/`decode`, which old protocols name);
//! `colorsys` (`py_d/colorsys.py`).
//!
//! `d/util.rs` holds the helpers the native modules share (module set-up, the buffer
//! argument that accepts bytes, bytearray, memoryview and array).
//!
//! Known gaps: the deflate data `zlib` writes is miniz_oxide's (valid, but not always the
//! same bytes as C zlib at the same level; headers and trailers are zlib's), `zdict` and the
//! `copy()` of zlib stream objects are missing; arrays are buffers for this group's modules
//! only (`bytes(arr)` and `memoryview(arr)` need the interpreter's buffer protocol);
//! `decimal` lacks three-argument powers, the logical operations and a few rarely
//! used methods (they raise NotImplementedError or are absent).

use objmodel::Value;

use super::NativeInit;
use crate::runtime::Runtime;

#[path = "d/array.rs"]
mod array;
#[path = "d/array_conv.rs"]
mod array_conv;
#[path = "d/array_elem.rs"]
mod array_elem;
#[path = "d/array_ops.rs"]
mod array_ops;
#[path = "d/blake2.rs"]
mod blake2;
#[path = "d/blake2_core.rs"]
mod blake2_core;
#[path = "d/cmath.rs"]
mod cmath;
#[path = "d/cmath_tables.rs"]
mod cmath_tables;
#[path = "d/hashlib.rs"]
mod hashlib;
#[path = "d/pickle_fast.rs"]
mod pickle_fast;
#[path = "d/util.rs"]
mod util;
#[path = "d/zlib.rs"]
mod zlib;
#[path = "d/zlib_sys.rs"]
mod zlib_sys;
#[path = "d/zstream.rs"]
mod zstream;

/// Native modules of this group.
pub fn native_module(name: &str) -> Option<NativeInit> {
    Some(match name {
        "hashlib" => hashlib::make_module,
        "zlib" => zlib::make_module,
        "array" => array::make_module,
        "cmath" => cmath::make_module,
        "_pyrs_pickle" => pickle_fast::make_module,
        _ => return None,
    })
}

/// Embedded Python modules of this group: (source, is_package).
pub fn embedded_source(name: &str) -> Option<(&'static str, bool)> {
    Some(match name {
        "hmac" => (include_str!("py_d/hmac.py"), false),
        "decimal" => (include_str!("py_d/decimal.py"), false),
        "_decimal_math" => (include_str!("py_d/_decimal_math.py"), false),
        "_decimal_ops" => (include_str!("py_d/_decimal_ops.py"), false),
        "pickle" => (include_str!("py_d/pickle.py"), false),
        "_compat_pickle" => (include_str!("py_d/_compat_pickle.py"), false),
        "_pickle" => (include_str!("py_d/_pickle.py"), false),
        "_codecs" => (include_str!("py_d/_codecs.py"), false),
        "colorsys" => (include_str!("py_d/colorsys.py"), false),
        _ => return None,
    })
}

/// Start-up work of this group's native modules.
pub fn init(r: &'static Runtime) {
    let _ = r;
}

/// Roots this group's native modules hold outside the heap: none beyond the types (rooted by
/// `bootstrap_type`) and the exception classes (registered with `add_root` when made).
pub fn for_each_root(f: &mut dyn FnMut(Value)) {
    let _ = f;
}
