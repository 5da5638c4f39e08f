//! The in-place operator methods of the mutable built-in containers (`list.__imul__`,
//! `set.__ior__`/`__iand__`/`__isub__`/`__ixor__`) and `dict.__ror__`. The interpreter's
//! `inplace_op` runs exact built-ins natively; these methods are what a subclass (`class
//! L(list)`, whose `x *= 2` must still mutate `x`) and an explicit `list.__imul__(x, 2)` reach,
//! as CPython's `sq_inplace_repeat` / `nb_inplace_or` slots are.

use objmodel::{Kind, Value};

use crate::args::Args;
use crate::bytecode::BinOp;
use crate::error::PyResult;
use crate::objects::{dict, list, set};
use crate::vm::Vm;

/// The receiver of a `type.__op__` descriptor call and its one operand, with CPython's errors.
fn receiver_and_operand(vm: &mut Vm, a: &Args, name: &str, tname: &str, kinds: &[Kind]) -> PyResult<(Value, Value)> {
    let this = match a.get(0) {
        Some(v) if v.is_ptr() && kinds.contains(&v.header().kind()) => v,
        Some(v) => {
            return Err(vm.type_error(format!(
                "descriptor '{name}' requires a '{tname}' object but received a '{}'",
                v.class().error_name()
            )));
        }
        None => return Err(vm.type_error(format!("descriptor '{name}' of '{tname}' object needs an argument"))),
    };
    if a.pos.len() != 2 || a.has_kw() {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.pos.len().saturating_sub(1))));
    }
    Ok((this, a.at(1)))
}

/// `list.__imul__(n)`: repeat the list's items in place.
fn list_imul(vm: &mut Vm, a: Args) -> PyResult {
    let (l, n) = receiver_and_operand(vm, &a, "__imul__", "list", &[Kind::List])?;
    let Some(r) = crate::ops::binary::native_binop(vm, BinOp::Mul, l, n)? else {
        return Ok(objmodel::not_implemented());
    };
    list::replace_all(l, &list::to_vec(r));
    Ok(l)
}

fn set_inplace_method(op: BinOp) -> crate::args::NativeFn {
    macro_rules! mk {
        ($op:expr, $name:expr) => {{
            fn f(vm: &mut Vm, a: Args) -> PyResult {
                let (s, other) = receiver_and_operand(vm, &a, $name, "set", &[Kind::Set])?;
                Ok(set::set_inplace(vm, $op, s, other)?.unwrap_or_else(objmodel::not_implemented))
            }
            f as crate::args::NativeFn
        }};
    }
    match op {
        BinOp::Or => mk!(BinOp::Or, "__ior__"),
        BinOp::And => mk!(BinOp::And, "__iand__"),
        BinOp::Sub => mk!(BinOp::Sub, "__isub__"),
        _ => mk!(BinOp::Xor, "__ixor__"),
    }
}

/// `dict.__ror__(other)`: `other | self` for a dict `other` (a copy of `other` updated by self).
fn dict_ror(vm: &mut Vm, a: Args) -> PyResult {
    let (d, other) = receiver_and_operand(vm, &a, "__ror__", "dict", &[Kind::Dict])?;
    if !dict::is_dict(other) {
        return Ok(objmodel::not_implemented());
    }
    let r = dict::copy(other);
    for (k, v) in dict::items(d) {
        dict::set(vm, r, k, v)?;
    }
    Ok(r)
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::method;
    method(r.types.list, "__imul__", list_imul);
    for (name, op) in [("__ior__", BinOp::Or), ("__iand__", BinOp::And), ("__isub__", BinOp::Sub), ("__ixor__", BinOp::Xor)] {
        method(r.types.set, name, set_inplace_method(op));
    }
    method(r.types.dict, "__ror__", dict_ror);
}
