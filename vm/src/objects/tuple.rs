//! `tuple` core.

use objmodel::layout::TupleObj;
use objmodel::{Kind, Value};

#[inline(always)]
pub fn is_tuple(v: Value) -> bool {
    v.is_ptr() && v.header().kind() == Kind::Tuple
}

/// Items of a tuple (caller checked `is_tuple`).
#[inline(always)]
pub fn items(v: Value) -> &'static [Value] {
    debug_assert!(is_tuple(v));
    // SAFETY: kind Tuple has layout TupleObj (debug-checked).
    unsafe { v.cast::<TupleObj>() }.items()
}

pub fn as_items(v: Value) -> Option<&'static [Value]> {
    if is_tuple(v) { Some(items(v)) } else { None }
}

pub fn new(items: &[Value]) -> Value {
    if items.is_empty() {
        return empty();
    }
    objmodel::alloc::new_tuple(items)
}

/// The shared empty tuple.
pub fn empty() -> Value {
    use std::sync::OnceLock;
    static E: OnceLock<usize> = OnceLock::new();
    let raw = *E.get_or_init(|| {
        let v = objmodel::alloc::new_tuple(&[]);
        crate::runtime::rt().add_root(v);
        v.raw()
    });
    Value::from_raw(raw)
}
