//! Indexing and slicing of str by character.

use objmodel::Value;

use crate::error::PyResult;
use crate::objects::{slice, str as pystr, subscript::norm_index};
use crate::vm::Vm;

pub fn str_getitem(vm: &mut Vm, s: Value, key: Value) -> PyResult {
    let o = pystr::str_obj(s);
    let n = o.nchars;
    if slice::is_slice(key) {
        let (start, stop, step, len) = slice::indices(vm, key, n)?;
        if step == 1 {
            let (a, b) = (start as usize, (stop.max(start)) as usize);
            if a == 0 && b == n && s.class().is(vm.rt.types.str_) {
                return Ok(s);
            }
            return Ok(pystr::new(pystr::substring(s, a, b)));
        }
        let text = o.as_str();
        if o.is_ascii() {
            let bytes = text.as_bytes();
            let out: Vec<u8> = (0..len).map(|i| bytes[(start + i as i64 * step) as usize]).collect();
            // SAFETY: bytes taken from an ASCII str are ASCII, hence UTF-8.
            return Ok(pystr::new_with_nchars(unsafe { std::str::from_utf8_unchecked(&out) }, out.len()));
        }
        let out: String = {
            let chars: Vec<char> = text.chars().collect();
            (0..len).map(|i| chars[(start + i as i64 * step) as usize]).collect()
        };
        return Ok(pystr::new(&out));
    }
    let i = match key.as_small() {
        Some(i) => i,
        None => {
            if !crate::objects::int::is_int(key) && vm.lookup_type_cached(key.class(), vm.rt.names.__index__).is_none() {
                return Err(vm.type_error(format!("string indices must be integers, not '{}'", key.class().error_name())));
            }
            vm.index_value(key)?
        }
    };
    match norm_index(i, n) {
        Some(j) => Ok(pystr::from_char(pystr::char_at(s, j))),
        None => Err(vm.index_error("string index out of range")),
    }
}
