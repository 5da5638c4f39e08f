//! `mappingproxy`: a read-only view of a mapping (`type.__dict__`, `dict_keys.mapping`,
//! `types.MappingProxyType(m)`).
//!
//! Layout: a `DictView`-kind fixed object with `sub == SUB_PROXY` and the mapping in `a`; the
//! dict-view code (`dict_methods::view_iter`/`view_compare`) recognises that sub. Every
//! operation forwards to the mapping; there is no `__setitem__`/`__delitem__`, so assignment
//! raises CPython's "'mappingproxy' object does not support item assignment".

use objmodel::{Kind, Value};

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::function::fixed;
use crate::objects::{dict, list, str as pystr, tuple};
use crate::vm::Vm;

/// The `sub` of a mappingproxy (dict views use 0, 1, 2).
pub const SUB_PROXY: usize = 3;

/// A new read-only proxy of `mapping`.
pub fn new(vm: &Vm, mapping: Value) -> Value {
    objmodel::alloc::new_fixed(Kind::DictView, vm.rt.extra.mappingproxy, SUB_PROXY, mapping, Value::NULL, Value::NULL, Value::NULL)
}

/// Whether `v` is a mappingproxy.
pub fn is_proxy(v: Value) -> bool {
    v.is_ptr() && v.header().kind() == Kind::DictView && fixed(v).sub == SUB_PROXY
}

/// The mapping behind a proxy.
pub fn mapping(v: Value) -> Value {
    fixed(v).a.get()
}

fn this(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    match a.get(0) {
        Some(v) if is_proxy(v) => Ok(mapping(v)),
        _ => Err(vm.type_error(format!("descriptor '{name}' for 'mappingproxy' objects doesn't apply"))),
    }
}

fn mp_new(vm: &mut Vm, a: Args) -> PyResult {
    let m = match (a.pos.len(), a.kwnames.len()) {
        (2, 0) => a.at(1),
        (1, 1) if pystr::as_str(a.kwnames[0]) == Some("mapping") => a.kwvals[0],
        (n, 0) if n < 2 => return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)")),
        (n, k) => {
            return Err(vm.type_error(format!(
                "mappingproxy() takes at most 1 argument ({} given)",
                n.saturating_sub(1) + k
            )));
        }
    };
    let is_mapping = dict::is_dict(m)
        || is_proxy(m)
        || (m.is_ptr()
            && !list::is_list(m)
            && !tuple::is_tuple(m)
            && vm.lookup_type_cached(m.class(), vm.rt.names.__getitem__).is_some());
    if !is_mapping {
        return Err(vm.type_error(format!("mappingproxy() argument must be a mapping, not {}", m.class().error_name())));
    }
    Ok(new(vm, m))
}

fn mp_getitem(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a, "__getitem__")?;
    vm.getitem(m, a.at(1))
}
fn mp_get(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a, "get")?;
    crate::objects::str_args::clinic(vm, &a, "get", 1, 2)?;
    let dflt = a.get(2).unwrap_or_else(objmodel::none);
    if dict::is_dict(m) && m.class().is(vm.rt.types.dict) {
        return Ok(dict::get(vm, m, a.at(1))?.unwrap_or(dflt));
    }
    vm.call_method(m, "get", &[a.at(1), dflt])
}
fn mp_keys(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a, "keys")?;
    vm.call_method(m, "keys", &[])
}
fn mp_values(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a, "values")?;
    vm.call_method(m, "values", &[])
}
fn mp_items(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a, "items")?;
    vm.call_method(m, "items", &[])
}
fn mp_copy(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a, "copy")?;
    vm.call_method(m, "copy", &[])
}
fn mp_len(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a, "__len__")?;
    Ok(crate::objects::int::from_usize(vm.len(m)?))
}
fn mp_iter(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a, "__iter__")?;
    vm.iter(m)
}
fn mp_reversed(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a, "__reversed__")?;
    vm.call_method(m, "__reversed__", &[])
}
fn mp_contains(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a, "__contains__")?;
    Ok(objmodel::bool_(vm.contains(m, a.at(1))?))
}
fn mp_repr(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a, "__repr__")?;
    let r = vm.repr_string(m)?;
    Ok(pystr::new(&format!("mappingproxy({r})")))
}
fn mp_str(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a, "__str__")?;
    let s = vm.str(m)?;
    Ok(s)
}
fn mp_or(vm: &mut Vm, a: Args) -> PyResult {
    let (x, y) = (a.at(0), a.at(1));
    let x = if is_proxy(x) { mapping(x) } else { x };
    let y = if is_proxy(y) { mapping(y) } else { y };
    vm.binary_op(crate::bytecode::BinOp::Or, x, y)
}
fn mp_ror(vm: &mut Vm, a: Args) -> PyResult {
    mp_or(vm, Args::new(&[a.at(1), a.at(0)]))
}
fn mp_ior(vm: &mut Vm, a: Args) -> PyResult {
    let _ = a;
    Err(vm.type_error("'|=' is not supported by mappingproxy; use '|' instead"))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{method, method_flags};
    let t = r.extra.mappingproxy;
    method_flags(t, "__new__", mp_new, 0);
    method(t, "__getitem__", mp_getitem);
    method(t, "get", mp_get);
    method(t, "keys", mp_keys);
    method(t, "values", mp_values);
    method(t, "items", mp_items);
    method(t, "copy", mp_copy);
    method(t, "__len__", mp_len);
    method(t, "__iter__", mp_iter);
    method(t, "__reversed__", mp_reversed);
    method(t, "__contains__", mp_contains);
    method(t, "__repr__", mp_repr);
    method(t, "__str__", mp_str);
    method(t, "__or__", mp_or);
    method(t, "__ror__", mp_ror);
    method(t, "__ior__", mp_ior);
}
