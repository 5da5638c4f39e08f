//! Helpers shared by the group-D native modules: module creation, module-level exception
//! classes defined in a few lines of Python, and the buffer argument (`Py_buffer` stand-in)
//! that `hashlib`, `zlib` and `array` accept.

use std::sync::OnceLock;

use objmodel::Value;

use crate::error::{PyErr, PyResult};
use crate::objects::{bytes, dict, str as pystr};
use crate::vm::Vm;

/// Module creation and registration: group A's helpers (one copy for every group).
pub use crate::stdlib::modules_a::util::{exec_in, funcs, new_module, set};

/// Remember the module-level class `name` of dict `d` in `cell` (rooted for good: the first
/// module object made owns it, later imports reuse it).
pub fn keep_class(d: Value, name: &str, cell: &OnceLock<usize>) {
    if let Some(e) = dict::get_by_name(d, name) {
        if cell.get().is_none() {
            crate::runtime::rt().add_root(e);
            let _ = cell.set(e.raw());
        }
        // Every import shares the first class, so `except zlib.error` matches across reloads.
        set(d, name, Value::from_raw(*cell.get().expect("set above")));
    }
}

/// An exception of the class kept in `cell` (or `fallback` before the module was imported).
pub fn raise_kept(vm: &mut Vm, cell: &OnceLock<usize>, fallback: &'static objmodel::TypeObj, msg: String) -> PyErr {
    match cell.get() {
        Some(c) => {
            let m = pystr::new(&msg);
            match vm.call1(Value::from_raw(*c), m) {
                Ok(x) => PyErr(x),
                Err(x) => x,
            }
        }
        None => vm.new_error(fallback, msg),
    }
}

/// The bytes of a buffer-protocol argument: bytes, bytearray, memoryview or array.array.
/// Returns None for anything else (the caller words the TypeError).
pub fn buffer_bytes(v: Value) -> Option<Vec<u8>> {
    if pystr::is_str(v) {
        return None;
    }
    if let Some(d) = bytes::data(v) {
        return Some(d.to_vec());
    }
    super::array::raw_bytes(v)
}

/// `buffer_bytes` or CPython's "a bytes-like object is required, not 'X'".
pub fn bytes_like(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match buffer_bytes(v) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!("a bytes-like object is required, not '{}'", v.class().error_name()))),
    }
}
