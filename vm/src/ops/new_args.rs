//! The checks CPython's `tp_new_wrapper` (`Objects/typeobject.c`) makes when a built-in type's
//! `__new__` is called explicitly, `T.__new__(S, ...)`: `S` must be a type, a subtype of `T`,
//! and `T.__new__` must be the native constructor `S` really uses. Without them `T`'s native
//! code would build a `T` layout for a class whose instances have another (`tuple.__new__(list)`),
//! which breaks the object model's invariants.
//!
//! Built-in `__new__`s carry `bflags::NEW` and their type in `data` (`define::method_flags`);
//! `Vm::call` runs [`check`] before the native.

use objmodel::{Kind, TypeObj};

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::type_;
use crate::ops::call::{bflags, builtin};
use crate::vm::Vm;
use objmodel::layout::BuiltinObj;

/// Validates the first argument of a call to the built-in `__new__` `b`.
pub fn check(vm: &mut Vm, b: &BuiltinObj, args: &Args) -> PyResult<()> {
    let Some(owner) = type_::try_type(b.data.get()) else { return Ok(()) };
    let Some(&first) = args.pos.first() else {
        return Err(vm.type_error(format!("{}.__new__(): not enough arguments", owner.name_str())));
    };
    let Some(sub) = type_::try_type(first) else {
        return Err(vm.type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            owner.name_str(),
            first.class().name_str()
        )));
    };
    if std::ptr::eq(sub, owner) {
        // `T.__new__(T)`: T's own constructor (every instance creation of a built-in type).
        return Ok(());
    }
    if !type_::is_subtype(sub, owner) {
        let (tname, sname) = (owner.name_str(), sub.name_str());
        return Err(vm.type_error(format!("{tname}.__new__({sname}): {sname} is not a subtype of {tname}")));
    }
    if let Some((base, native)) = static_new(vm, sub)
        && native.func != b.func
    {
        return Err(vm.type_error(format!(
            "{}.__new__({}) is not safe, use {}.__new__()",
            owner.name_str(),
            sub.name_str(),
            base.name_str()
        )));
    }
    Ok(())
}

/// CPython's `staticbase`: the nearest class along `t`'s base chain whose `__new__` is not
/// defined in Python, with the built-in `__new__` it uses. `None` when that `__new__` is some
/// other native (which checks its own arguments).
fn static_new(vm: &mut Vm, t: &'static TypeObj) -> Option<(&'static TypeObj, &'static BuiltinObj)> {
    let name = vm.rt.names.__new__;
    let mut t = t;
    loop {
        // Through the per-thread cache: this runs at every creation of a Python class's instance.
        let f = vm.lookup_type_cached(t, name)?;
        if f.is_ptr() && f.header().kind() == Kind::Builtin {
            let native = builtin(f);
            return (native.flags & bflags::NEW != 0).then_some((t, native));
        }
        t = type_::try_type(t.base.get())?;
    }
}
