//! Run-time code objects: the compiler's `CodeObject` plus its constants and names turned into
//! Values once. Code objects are kept for the process lifetime (their Rust part is leaked and
//! the Value is a permanent root): functions created from them may live anywhere.

use std::sync::Arc;

use objmodel::layout::CodeObj;
use objmodel::{Kind, Value};

use crate::bytecode::{CodeObject, Const};
use crate::objects::{int, str as pystr, tuple};
use crate::runtime::rt;

#[inline(always)]
pub fn code_obj(v: Value) -> &'static CodeObj {
    debug_assert!(v.is_ptr() && v.header().kind() == Kind::Code);
    // SAFETY: kind Code has layout CodeObj.
    unsafe { v.cast::<CodeObj>() }
}

/// The compiler's code object behind a CodeObj Value.
#[inline(always)]
pub fn rust_code(v: Value) -> &'static CodeObject {
    // SAFETY: `code` is a pointer leaked from an `Arc<CodeObject>` in `new_code` and never freed.
    unsafe { &*(code_obj(v).code as *const CodeObject) }
}

/// Materialise a compile-time constant.
pub fn const_value(c: &Const) -> Value {
    match c {
        Const::None => objmodel::none(),
        Const::Bool(b) => objmodel::bool_(*b),
        Const::Ellipsis => objmodel::ellipsis(),
        Const::Int(i) => int::from_bigint(i),
        Const::Float(f) => crate::objects::float::new(*f),
        Const::Complex(r, i) => objmodel::alloc::new_complex(*r, *i),
        Const::Str(s) => rt().intern(s),
        Const::Bytes(b) => objmodel::alloc::new_bytes(b),
        Const::Tuple(items) => {
            let v: Vec<Value> = items.iter().map(const_value).collect();
            tuple::new(&v)
        }
        Const::Code(c) => new_code(c.clone()),
    }
}

/// A run-time code object (permanent).
pub fn new_code(c: Arc<CodeObject>) -> Value {
    let r = rt();
    let consts: Vec<Value> = c.consts.iter().map(const_value).collect();
    let names: Vec<Value> = c.names.iter().map(|n| r.intern(n)).collect();
    let varnames: Vec<Value> = c.varnames.iter().map(|n| r.intern(n)).collect();
    let o: &CodeObj = objmodel::alloc::alloc_obj(Kind::Code, r.types.code);
    o.consts.set(tuple::new(&consts));
    o.names.set(tuple::new(&names));
    o.varnames.set(tuple::new(&varnames));
    o.filename.set(pystr::new(&c.filename));
    o.name.set(r.intern(&c.name));
    o.qualname.set(pystr::new(&c.qualname));
    let raw = Arc::into_raw(c) as usize;
    // SAFETY: unpublished fresh object; `code` is a plain word.
    unsafe { *(std::ptr::addr_of!(o.code) as *mut usize) = raw };
    let v = objmodel::alloc::value_of(o);
    r.add_root(v);
    v
}

pub fn consts(v: Value) -> &'static [Value] {
    tuple::items(code_obj(v).consts.get())
}

pub fn names(v: Value) -> &'static [Value] {
    tuple::items(code_obj(v).names.get())
}
