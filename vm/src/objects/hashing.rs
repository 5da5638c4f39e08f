//! `hash()` of built-in objects (CPython's algorithms for numbers and tuples, so that hash
//! values and therefore set iteration order match CPython).

use objmodel::{Kind, Value};

use crate::error::PyResult;
use crate::numeric::hash as h;
use crate::objects::{bytes, float, int, str as pystr, tuple};
use crate::vm::Vm;

pub fn builtin_hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(i) = v.as_small() {
        return Ok(h::hash_i64(i));
    }
    Ok(match v.header().kind() {
        Kind::Str => pystr::hash(v),
        Kind::Int | Kind::Bool => match int::to_i64(v) {
            Some(i) => h::hash_i64(i),
            None => h::hash_bigint(&int::to_bigint(v).unwrap()),
        },
        Kind::Float => {
            let f = float::as_f64(v).unwrap();
            h::hash_f64_or_identity(f, v.raw())
        }
        Kind::Complex => {
            // SAFETY: kind Complex has layout ComplexObj.
            let c = unsafe { v.cast::<objmodel::layout::ComplexObj>() };
            h::hash_complex(c.re, c.im)
        }
        Kind::Tuple => {
            let items = tuple::items(v);
            let mut hs = Vec::with_capacity(items.len());
            for x in items {
                hs.push(vm.hash(*x)?);
            }
            h::hash_tuple(&hs)
        }
        Kind::Bytes => h::hash_bytes(bytes::bytes_slice(v)),
        Kind::FrozenSet => crate::objects::set::frozenset_hash(vm, v)?,
        Kind::List | Kind::Dict | Kind::Set | Kind::ByteArray => {
            return Err(vm.type_error(format!("unhashable type: '{}'", v.class().error_name())));
        }
        Kind::Range => {
            // CPython's range_hash: hash((len, start, step)) with None for start/step when
            // len == 0 and for step when len == 1.
            let f = crate::objects::function::fixed(v);
            let (start, step, len) = (f.a.get(), f.c.get(), f.d.get());
            let none = objmodel::none();
            let t = match int::to_i64(len) {
                Some(0) => tuple::new(&[len, none, none]),
                Some(1) => tuple::new(&[len, start, none]),
                _ => tuple::new(&[len, start, step]),
            };
            vm.hash(t)?
        }
        Kind::Slice => return Err(vm.type_error("unhashable type: 'slice'")),
        // keys/items views and mappingproxy define __eq__ and no __hash__; values views hash by
        // identity.
        Kind::DictView if crate::objects::function::fixed(v).sub != 1 => {
            return Err(vm.type_error(format!("unhashable type: '{}'", v.class().error_name())));
        }
        // A bound method hashes its receiver by identity (it may be unhashable), as CPython.
        Kind::BoundMethod => {
            let f = crate::objects::function::fixed(v);
            let a = vm.hash(f.a.get())?;
            let b = h::hash_pointer(f.b.get().raw());
            h::hash_tuple(&[a, b])
        }
        Kind::Builtin if !crate::ops::call::builtin(v).bound.get().is_null() => {
            let b = crate::ops::call::builtin(v);
            h::hash_tuple(&[h::hash_pointer(b.func), h::hash_pointer(b.bound.get().raw())])
        }
        _ => h::hash_pointer(v.raw()),
    })
}
