//! `float` core: access and construction.

use objmodel::layout::FloatObj;
use objmodel::{Kind, Value};

#[inline(always)]
pub fn is_float(v: Value) -> bool {
    v.is_ptr() && v.header().kind() == Kind::Float
}

/// The value of an exact `float` (not a subclass, which may override operators).
#[inline(always)]
pub fn exact_f64(v: Value) -> Option<f64> {
    if v.is_ptr() && v.header().kind() == Kind::Float && !v.class().has_flag(objmodel::types::tflags::HEAPTYPE) {
        as_f64(v)
    } else {
        None
    }
}

/// The f64 of a float object (including subclasses).
#[inline(always)]
pub fn as_f64(v: Value) -> Option<f64> {
    if is_float(v) {
        // SAFETY: kind Float has layout FloatObj.
        Some(unsafe { v.cast::<FloatObj>() }.val)
    } else {
        None
    }
}

#[inline]
pub fn new(x: f64) -> Value {
    objmodel::alloc::new_float(x)
}

/// A float subclass instance.
pub fn new_with_class(x: f64, class: &objmodel::TypeObj) -> Value {
    let o: &FloatObj = objmodel::alloc::alloc_obj(Kind::Float, class);
    // SAFETY: unpublished fresh object.
    unsafe { *(std::ptr::addr_of!(o.val) as *mut f64) = x };
    objmodel::alloc::value_of(o)
}
