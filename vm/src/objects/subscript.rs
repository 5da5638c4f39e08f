//! Subscription and membership: `obj[key]`, `obj[key] = v`, `del obj[key]`, `x in obj`, with
//! native paths for built-in containers and the special methods otherwise.

use objmodel::types::tflags;
use objmodel::{Kind, Value};

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{bytes, dict, list, list_index, range, set, slice, str as pystr, tuple, type_};
use crate::ops::call::call_with_self;
use crate::vm::Vm;

/// Normalise a possibly negative index; None if out of range.
#[inline]
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j >= 0 && (j as usize) < len { Some(j as usize) } else { None }
}

fn seq_index(vm: &mut Vm, key: Value, what: &str) -> PyResult<i64> {
    if let Some(i) = key.as_small() {
        return Ok(i);
    }
    if crate::objects::int::is_int(key) || vm.lookup_type_cached(key.class(), vm.rt.names.__index__).is_some() {
        return vm.index_value(key);
    }
    Err(vm.type_error(format!("{what} indices must be integers or slices, not {}", key.class().error_name())))
}

/// `t[key]` for a tuple (including subclasses; slices give exact tuples).
pub fn tuple_getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult {
    let items = tuple::items(obj);
    if slice::is_slice(key) {
        let (start, _stop, step, n) = slice::indices(vm, key, items.len())?;
        if step == 1 && n == items.len() && obj.class().is(vm.rt.types.tuple) {
            return Ok(obj);
        }
        let v: Vec<Value> = (0..n).map(|k| items[(start + k as i64 * step) as usize]).collect();
        return Ok(tuple::new(&v));
    }
    let i = seq_index(vm, key, "tuple")?;
    match norm_index(i, items.len()) {
        Some(j) => Ok(items[j]),
        None => Err(vm.index_error("tuple index out of range")),
    }
}

/// `cls[key]` through `cls.__class_getitem__`, an implicit classmethod bound to the class;
/// None if the class has none.
fn class_getitem(vm: &mut Vm, cls: Value, key: Value) -> Option<PyResult> {
    let m = type_::lookup(type_::as_type(cls), vm.rt.names.__class_getitem__)?;
    let f = match m.header().kind() {
        Kind::ClassMethod => crate::objects::function::new_bound_method(crate::objects::function::fixed(m).a.get(), cls),
        Kind::StaticMethod => crate::objects::function::fixed(m).a.get(),
        _ => crate::objects::function::new_bound_method(m, cls),
    };
    Some(vm.call1(f, key))
}

pub fn getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult {
    if obj.is_ptr() {
        let heap = obj.class().has_flag(tflags::HEAPTYPE);
        if !heap || vm.lookup_type_cached(obj.class(), vm.rt.names.__getitem__).is_some_and(|f| f.header().kind() == Kind::Builtin) {
            match obj.header().kind() {
                Kind::List => {
                    if slice::is_slice(key) {
                        return crate::objects::list_methods::get_slice(vm, obj, key);
                    }
                    let i = seq_index(vm, key, "list")?;
                    return match list_index::get_item(obj, i) {
                        Some(v) => Ok(v),
                        None => Err(vm.index_error("list index out of range")),
                    };
                }
                Kind::Tuple => return tuple_getitem(vm, obj, key),
                Kind::Str => return crate::objects::str_index::str_getitem(vm, obj, key),
                Kind::Dict => {
                    if let Some(v) = dict::get(vm, obj, key)? {
                        return Ok(v);
                    }
                    if heap && let Some(m) = vm.lookup_type_cached(obj.class(), vm.rt.names.__missing__) {
                        return call_with_self(vm, m, obj, Args::new(&[key]));
                    }
                    return Err(vm.key_error(key));
                }
                Kind::Range => return range::range_getitem(vm, obj, key),
                Kind::Bytes | Kind::ByteArray => return bytes::getitem(vm, obj, key),
                Kind::Type => {
                    if let Some(r) = class_getitem(vm, obj, key) {
                        return r;
                    }
                    // `type[int]` is special-cased like CPython's PyObject_GetItem; every other
                    // class needs a `__class_getitem__` (or a metaclass `__getitem__`, below).
                    if obj.is(vm.rt.types.type_.as_value()) {
                        return crate::objects::type_attrs::generic_alias(vm, obj, key);
                    }
                }
                _ => {}
            }
        }
    }
    match vm.call_method_special(obj, vm.rt.names.__getitem__, &[key])? {
        Some(v) => Ok(v),
        None => {
            // A class with a custom metaclass: `C[k]` still uses C.__class_getitem__.
            if type_::is_type(obj) {
                if let Some(r) = class_getitem(vm, obj, key) {
                    return r;
                }
                return Err(vm.type_error(format!("type '{}' is not subscriptable", type_::as_type(obj).error_name())));
            }
            Err(vm.type_error(format!("'{}' object is not subscriptable", obj.class().error_name())))
        }
    }
}

pub fn setitem(vm: &mut Vm, obj: Value, key: Value, value: Value) -> PyResult<()> {
    if obj.is_ptr() && !obj.class().has_flag(tflags::HEAPTYPE) {
        match obj.header().kind() {
            Kind::List => {
                if slice::is_slice(key) {
                    return crate::objects::list_methods::set_slice(vm, obj, key, value);
                }
                let i = seq_index(vm, key, "list")?;
                if list_index::set_item(obj, i, value) {
                    return Ok(());
                }
                return Err(vm.index_error("list assignment index out of range"));
            }
            Kind::Dict => return dict::set(vm, obj, key, value),
            Kind::ByteArray => return bytes::setitem(vm, obj, key, value),
            _ => {}
        }
    }
    match vm.call_method_special(obj, vm.rt.names.__setitem__, &[key, value])? {
        Some(_) => Ok(()),
        None => Err(vm.type_error(format!("'{}' object does not support item assignment", obj.class().error_name()))),
    }
}

pub fn delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    if obj.is_ptr() && !obj.class().has_flag(tflags::HEAPTYPE) {
        match obj.header().kind() {
            Kind::List => {
                if slice::is_slice(key) {
                    return crate::objects::list_methods::del_slice(vm, obj, key);
                }
                let i = seq_index(vm, key, "list")?;
                if list_index::del_item(obj, i) {
                    return Ok(());
                }
                return Err(vm.index_error("list assignment index out of range"));
            }
            Kind::Dict => {
                return match dict::remove(vm, obj, key)? {
                    Some(_) => Ok(()),
                    None => Err(vm.key_error(key)),
                };
            }
            Kind::ByteArray => return bytes::delitem(vm, obj, key),
            _ => {}
        }
    }
    match vm.call_method_special(obj, vm.rt.names.__delitem__, &[key])? {
        Some(_) => Ok(()),
        None => Err(vm.type_error(format!("'{}' object doesn't support item deletion", obj.class().error_name()))),
    }
}

pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    if container.is_ptr() && !container.class().has_flag(tflags::HEAPTYPE) {
        match container.header().kind() {
            Kind::Str => {
                let Some(s) = pystr::as_str(item) else {
                    return Err(vm.type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        item.class().name_str()
                    )));
                };
                return Ok(pystr::as_str(container).unwrap().contains(s));
            }
            Kind::Dict => return Ok(dict::get(vm, container, item)?.is_some()),
            Kind::Set | Kind::FrozenSet => return set::contains(vm, container, item),
            Kind::List => {
                let mut i = 0;
                while let Some(x) = list::get(container, i) {
                    if x.is(item) || vm.eq(x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
                return Ok(false);
            }
            Kind::Tuple => {
                for x in tuple::items(container) {
                    if x.is(item) || vm.eq(*x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            Kind::Range => return range::range_contains(vm, container, item),
            Kind::Bytes | Kind::ByteArray => return bytes::contains(vm, container, item),
            _ => {}
        }
    }
    if let Some(r) = vm.call_method_special(container, vm.rt.names.__contains__, &[item])? {
        return vm.truthy(r);
    }
    let ty = container.class();
    if vm.lookup_type_cached(ty, vm.rt.names.__iter__).is_none()
        && vm.lookup_type_cached(ty, vm.rt.names.__getitem__).is_none()
    {
        return Err(vm.type_error(format!("argument of type '{}' is not iterable", ty.error_name())));
    }
    let it = vm.iter(container)?;
    while let Some(x) = vm.next(it)? {
        if x.is(item) || vm.eq(x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}
