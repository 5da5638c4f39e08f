//! The immortal singletons `None`, `True`, `False`, `Ellipsis` and `NotImplemented`: Rust
//! statics with STATIC GC words, so `Value::NONE`-style tests are a compare with a link-time
//! constant address. Their class pointers are filled in once the built-in types exist.

use crate::header::{Header, Kind};
use crate::types::BuiltinTypes;
use crate::value::Value;

#[repr(C)]
pub struct StaticObj {
    pub h: Header,
    /// `1` for True, `0` otherwise.
    pub val: usize,
}

const SIZE: usize = std::mem::size_of::<StaticObj>();

pub static NONE: StaticObj = StaticObj { h: Header::new_static(SIZE, Kind::NoneType, std::ptr::null()), val: 0 };
pub static TRUE: StaticObj = StaticObj { h: Header::new_static(SIZE, Kind::Bool, std::ptr::null()), val: 1 };
pub static FALSE: StaticObj = StaticObj { h: Header::new_static(SIZE, Kind::Bool, std::ptr::null()), val: 0 };
pub static ELLIPSIS: StaticObj = StaticObj { h: Header::new_static(SIZE, Kind::Ellipsis, std::ptr::null()), val: 0 };
pub static NOT_IMPLEMENTED: StaticObj =
    StaticObj { h: Header::new_static(SIZE, Kind::NotImplemented, std::ptr::null()), val: 0 };

#[inline(always)]
pub fn none() -> Value {
    Value::from_header(&NONE.h)
}
#[inline(always)]
pub fn true_() -> Value {
    Value::from_header(&TRUE.h)
}
#[inline(always)]
pub fn false_() -> Value {
    Value::from_header(&FALSE.h)
}
#[inline(always)]
pub fn bool_(b: bool) -> Value {
    if b { true_() } else { false_() }
}
#[inline(always)]
pub fn ellipsis() -> Value {
    Value::from_header(&ELLIPSIS.h)
}
#[inline(always)]
pub fn not_implemented() -> Value {
    Value::from_header(&NOT_IMPLEMENTED.h)
}

impl Value {
    #[inline(always)]
    pub fn is_none(self) -> bool {
        self.raw() == &NONE.h as *const Header as usize
    }
    #[inline(always)]
    pub fn is_true_obj(self) -> bool {
        self.raw() == &TRUE.h as *const Header as usize
    }
    #[inline(always)]
    pub fn is_false_obj(self) -> bool {
        self.raw() == &FALSE.h as *const Header as usize
    }
    #[inline(always)]
    pub fn is_not_implemented(self) -> bool {
        self.raw() == &NOT_IMPLEMENTED.h as *const Header as usize
    }
}

/// Point the singletons at their types. Called once at start-up.
pub fn init_static_classes(t: &BuiltinTypes) {
    NONE.h.init_class(t.none);
    TRUE.h.init_class(t.bool_);
    FALSE.h.init_class(t.bool_);
    ELLIPSIS.h.init_class(t.ellipsis);
    NOT_IMPLEMENTED.h.init_class(t.not_implemented);
}
