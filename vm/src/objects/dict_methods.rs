//! Methods of `dict` and the dict views.

use objmodel::{Kind, Value};

use crate::args::Args;
use crate::bytecode::CmpOp;
use crate::error::PyResult;
use crate::objects::function::fixed;
use crate::objects::iter::{new_iter, sub};
use crate::objects::{dict, dict_table, int, list, set, str as pystr, tuple, type_};
use crate::vm::Vm;

fn this(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    match a.get(0) {
        Some(d) if dict::is_dict(d) => Ok(d),
        _ => Err(vm.type_error(format!("descriptor '{name}' for 'dict' objects doesn't apply"))),
    }
}

/// `dict.update(other)` semantics for a positional argument.
pub fn update_from(vm: &mut Vm, d: Value, other: Value) -> PyResult<()> {
    if dict::is_dict(other) {
        return dict::update_from_dict(vm, d, other);
    }
    if vm.getattr_opt(other, vm.rt.names.keys)?.is_some() {
        return crate::interp::helpers::dict_update(vm, d, other, false);
    }
    let it = vm.iter(other)?;
    let mut i = 0;
    while let Some(item) = vm.next(it)? {
        let kv = match vm.collect(item) {
            Ok(kv) => kv,
            Err(_) => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )));
            }
        };
        if kv.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                kv.len()
            )));
        }
        dict::set(vm, d, kv[0], kv[1])?;
        i += 1;
    }
    Ok(())
}

pub fn dict_eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if dict::len(a) != dict::len(b) {
        return Ok(false);
    }
    for (k, v) in dict::items(a) {
        match dict::get(vm, b, k)? {
            Some(w) => {
                if !(v.is(w) || vm.eq(v, w)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn d_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = type_::as_type(a.at(0));
    let _ = vm;
    Ok(dict::new_dict_with_class(cls))
}
fn d_init(vm: &mut Vm, a: Args) -> PyResult {
    let d = a.at(0);
    if a.len() > 2 {
        return Err(vm.type_error(format!("dict expected at most 1 argument, got {}", a.len() - 1)));
    }
    if let Some(o) = a.get(1) {
        update_from(vm, d, o)?;
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        dict::set(vm, d, *k, *v)?;
    }
    Ok(objmodel::none())
}
fn d_get(vm: &mut Vm, a: Args) -> PyResult {
    let d = this(vm, &a, "get")?;
    crate::objects::str_args::clinic(vm, &a, "get", 1, 2)?;
    Ok(dict::get(vm, d, a.at(1))?.unwrap_or_else(|| a.get(2).unwrap_or_else(objmodel::none)))
}
fn d_setdefault(vm: &mut Vm, a: Args) -> PyResult {
    let d = this(vm, &a, "setdefault")?;
    crate::objects::str_args::clinic(vm, &a, "setdefault", 1, 2)?;
    let dflt = a.get(2).unwrap_or_else(objmodel::none);
    dict::setdefault(vm, d, a.at(1), dflt)
}
fn d_pop(vm: &mut Vm, a: Args) -> PyResult {
    let d = this(vm, &a, "pop")?;
    crate::objects::str_args::clinic(vm, &a, "pop", 1, 2)?;
    match dict::remove(vm, d, a.at(1))? {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(dflt) => Ok(dflt),
            None => Err(vm.key_error(a.at(1))),
        },
    }
}
fn d_popitem(vm: &mut Vm, a: Args) -> PyResult {
    let d = this(vm, &a, "popitem")?;
    match dict_table::pop_last(d) {
        Some((k, v)) => Ok(tuple::new(&[k, v])),
        None => Err(vm.new_error(vm.rt.exc.key_error, "popitem(): dictionary is empty")),
    }
}
fn d_update(vm: &mut Vm, a: Args) -> PyResult {
    let d = this(vm, &a, "update")?;
    if a.len() > 2 {
        return Err(vm.type_error(format!("update expected at most 1 argument, got {}", a.len() - 1)));
    }
    if let Some(o) = a.get(1) {
        update_from(vm, d, o)?;
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        dict::set(vm, d, *k, *v)?;
    }
    Ok(objmodel::none())
}
fn d_clear(vm: &mut Vm, a: Args) -> PyResult {
    let d = this(vm, &a, "clear")?;
    dict_table::clear(d);
    Ok(objmodel::none())
}
fn d_copy(vm: &mut Vm, a: Args) -> PyResult {
    let d = this(vm, &a, "copy")?;
    Ok(dict::copy(d))
}
fn d_fromkeys(vm: &mut Vm, a: Args) -> PyResult {
    crate::objects::str_args::clinic(vm, &a, "fromkeys", 1, 2)?;
    let cls = a.at(0);
    let value = a.get(2).unwrap_or_else(objmodel::none);
    let d = vm.call0(cls)?;
    let keys = vm.collect(a.at(1))?;
    for k in keys {
        vm.setitem(d, k, value)?;
    }
    Ok(d)
}
fn view(vm: &mut Vm, d: Value, which: usize) -> Value {
    let x = &vm.rt.extra;
    let t = match which {
        0 => x.dict_keys,
        1 => x.dict_values,
        _ => x.dict_items,
    };
    objmodel::alloc::new_fixed(Kind::DictView, t, which, d, Value::NULL, Value::NULL, Value::NULL)
}
fn d_keys(vm: &mut Vm, a: Args) -> PyResult {
    let d = this(vm, &a, "keys")?;
    Ok(view(vm, d, 0))
}
fn d_values(vm: &mut Vm, a: Args) -> PyResult {
    let d = this(vm, &a, "values")?;
    Ok(view(vm, d, 1))
}
fn d_items(vm: &mut Vm, a: Args) -> PyResult {
    let d = this(vm, &a, "items")?;
    Ok(view(vm, d, 2))
}
fn d_len(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_usize(dict::len(a.at(0))))
}
fn d_getitem(vm: &mut Vm, a: Args) -> PyResult {
    let d = a.at(0);
    if let Some(v) = dict::get(vm, d, a.at(1))? {
        return Ok(v);
    }
    if let Some(m) = vm.lookup_type_cached(d.class(), vm.rt.names.__missing__) {
        return crate::ops::call::call_with_self(vm, m, d, Args::new(&[a.at(1)]));
    }
    Err(vm.key_error(a.at(1)))
}
fn d_setitem(vm: &mut Vm, a: Args) -> PyResult {
    dict::set(vm, a.at(0), a.at(1), a.at(2))?;
    Ok(objmodel::none())
}
fn d_delitem(vm: &mut Vm, a: Args) -> PyResult {
    match dict::remove(vm, a.at(0), a.at(1))? {
        Some(_) => Ok(objmodel::none()),
        None => Err(vm.key_error(a.at(1))),
    }
}
fn d_contains(vm: &mut Vm, a: Args) -> PyResult {
    Ok(objmodel::bool_(dict::get(vm, a.at(0), a.at(1))?.is_some()))
}
fn d_iter(vm: &mut Vm, a: Args) -> PyResult {
    let d = a.at(0);
    let it = new_iter(vm.rt.extra.dict_keyiterator, sub::DICT_KEYS, d, Value::NULL, Value::NULL, Value::NULL);
    fixed(it).j.set(dict::len(d) << 32);
    crate::objects::iter::mark_ordered(it, d);
    Ok(it)
}
fn d_reversed(vm: &mut Vm, a: Args) -> PyResult {
    Ok(crate::objects::iter::new_dict_reversed(vm, a.at(0), 0))
}

/// repr of a dict, guarding recursion.
pub fn dict_repr(vm: &mut Vm, d: Value) -> PyResult<String> {
    if vm.repr_guard_enter(d) {
        return Ok("{...}".to_string());
    }
    let items = dict::items(d);
    let r = (|| {
        let mut s = String::from("{");
        for (i, (k, v)) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&vm.repr_string(*k)?);
            s.push_str(": ");
            s.push_str(&vm.repr_string(*v)?);
        }
        s.push('}');
        Ok(s)
    })();
    vm.repr_guard_exit(d);
    r
}
fn d_repr(vm: &mut Vm, a: Args) -> PyResult {
    Ok(pystr::new(&dict_repr(vm, a.at(0))?))
}
fn d_eq(vm: &mut Vm, a: Args) -> PyResult {
    if !dict::is_dict(a.at(1)) {
        return Ok(objmodel::not_implemented());
    }
    Ok(objmodel::bool_(dict_eq(vm, a.at(0), a.at(1))?))
}
fn d_ne(vm: &mut Vm, a: Args) -> PyResult {
    if !dict::is_dict(a.at(1)) {
        return Ok(objmodel::not_implemented());
    }
    Ok(objmodel::bool_(!dict_eq(vm, a.at(0), a.at(1))?))
}
fn d_or(vm: &mut Vm, a: Args) -> PyResult {
    if !dict::is_dict(a.at(1)) {
        return Ok(objmodel::not_implemented());
    }
    let d = dict::copy(a.at(0));
    update_from(vm, d, a.at(1))?;
    Ok(d)
}
fn d_ior(vm: &mut Vm, a: Args) -> PyResult {
    update_from(vm, a.at(0), a.at(1))?;
    Ok(a.at(0))
}

// ---- views ----

fn view_dict(v: Value) -> Value {
    fixed(v).a.get()
}

pub fn view_iter(vm: &mut Vm, v: Value) -> PyResult {
    let f = fixed(v);
    let d = f.a.get();
    let x = &vm.rt.extra;
    let (t, s) = match f.sub {
        0 => (x.dict_keyiterator, sub::DICT_KEYS),
        1 => (x.dict_valueiterator, sub::DICT_VALUES),
        2 => (x.dict_itemiterator, sub::DICT_ITEMS),
        crate::objects::mappingproxy::SUB_PROXY => return vm.iter(d),
        _ => return Err(vm.type_error("not iterable")),
    };
    let it = new_iter(t, s, d, Value::NULL, Value::NULL, Value::NULL);
    fixed(it).j.set(dict::len(d) << 32);
    crate::objects::iter::mark_ordered(it, d);
    Ok(it)
}

fn view_items_list(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    let it = view_iter(vm, v)?;
    vm.collect(it)
}

/// Comparisons involving dict views (set-like for keys and items).
pub fn view_compare(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
    use crate::objects::mappingproxy as mp;
    if mp::is_proxy(a) || mp::is_proxy(b) {
        // mappingproxy_richcompare: compare the mapping itself.
        let x = if mp::is_proxy(a) { mp::mapping(a) } else { a };
        let y = if mp::is_proxy(b) { mp::mapping(b) } else { b };
        let r = vm.compare(x, y, op)?;
        return vm.truthy(r).map(Some);
    }
    let setlike = |v: Value| is_setlike_view(v) || set::is_set_like(v);
    if !(setlike(a) && setlike(b)) {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            let same = a.is(b);
            return Ok(Some(if op == CmpOp::Eq { same } else { !same }));
        }
        return Ok(None);
    }
    let sa = to_set(vm, a)?;
    let sb = to_set(vm, b)?;
    set::set_compare(vm, sa, sb, op).map(Some)
}

fn to_set(vm: &mut Vm, v: Value) -> PyResult {
    if set::is_set_like(v) {
        return Ok(v);
    }
    let s = set::new_set();
    let items = view_items_list(vm, v)?;
    for x in items {
        set::add(vm, s, x)?;
    }
    Ok(s)
}

fn v_len(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_usize(dict::len(view_dict(a.at(0)))))
}
fn v_iter(vm: &mut Vm, a: Args) -> PyResult {
    view_iter(vm, a.at(0))
}
fn v_contains(vm: &mut Vm, a: Args) -> PyResult {
    let v = a.at(0);
    let d = view_dict(v);
    let x = a.at(1);
    Ok(objmodel::bool_(match fixed(v).sub {
        0 => dict::get(vm, d, x)?.is_some(),
        1 => {
            let mut found = false;
            for (_, val) in dict::items(d) {
                if val.is(x) || vm.eq(val, x)? {
                    found = true;
                    break;
                }
            }
            found
        }
        _ => match tuple::as_items(x) {
            Some([k, val]) => match dict::get(vm, d, *k)? {
                Some(w) => w.is(*val) || vm.eq(w, *val)?,
                None => false,
            },
            _ => false,
        },
    }))
}
fn v_repr(vm: &mut Vm, a: Args) -> PyResult {
    let v = a.at(0);
    let mut name = v.class().name_str().to_string();
    // CPython's OrderedDict views are their own types: odict_keys, odict_values, odict_items.
    if matches!(fixed(v).sub, 0..=2) && crate::objects::iter::is_ordered_dict(view_dict(v)) {
        name.insert(0, 'o');
    }
    let items = view_items_list(vm, v)?;
    let l = list::new_list(&items);
    let r = vm.repr_string(l)?;
    Ok(pystr::new(&format!("{name}({r})")))
}
fn v_reversed(vm: &mut Vm, a: Args) -> PyResult {
    let f = fixed(a.at(0));
    match f.sub {
        0..=2 => Ok(crate::objects::iter::new_dict_reversed(vm, f.a.get(), f.sub)),
        _ => {
            let mut items = view_items_list(vm, a.at(0))?;
            items.reverse();
            let l = list::new_list(&items);
            vm.iter(l)
        }
    }
}
/// Whether `v` is a set-like dict view (keys or items).
pub fn is_setlike_view(v: Value) -> bool {
    v.is_ptr() && v.header().kind() == Kind::DictView && matches!(fixed(v).sub, 0 | 2)
}

/// `dictviews_to_set`: a new set of the view's items (the dict itself for exact-dict keys).
fn view_to_set(vm: &mut Vm, v: Value) -> PyResult {
    let s = set::new_set();
    let src = if v.is_ptr() && v.header().kind() == Kind::DictView && fixed(v).sub == 0 && view_dict(v).class().is(vm.rt.types.dict) {
        view_dict(v)
    } else {
        v
    };
    set::update(vm, s, src)?;
    Ok(s)
}

/// The set operators of dict views (`dictviews_sub/or/xor`, `_PyDictView_Intersect`); `a op b`
/// where at least one side is a set-like view. None = NotImplemented.
pub fn view_binop(vm: &mut Vm, op: crate::bytecode::BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    use crate::bytecode::BinOp;
    match op {
        BinOp::And => {
            let (mut this, mut other) = if is_setlike_view(a) { (a, b) } else { (b, a) };
            let len_self = dict::len(view_dict(this));
            if other.is_ptr() && other.class().is(vm.rt.types.set) && len_self <= set::len(other) {
                return set::intersection(vm, other, this).map(Some);
            }
            if is_setlike_view(other) && dict::len(view_dict(other)) > len_self {
                std::mem::swap(&mut this, &mut other);
            }
            let result = set::new_set();
            let it = vm.iter(other)?;
            let d = view_dict(this);
            let keys = fixed(this).sub == 0;
            while let Some(x) = vm.next(it)? {
                let found = if keys {
                    dict::get(vm, d, x)?.is_some()
                } else {
                    match tuple::as_items(x) {
                        Some([k, val]) => match dict::get(vm, d, *k)? {
                            Some(w) => w.is(*val) || vm.eq(w, *val)?,
                            None => false,
                        },
                        _ => false,
                    }
                };
                if found {
                    set::add(vm, result, x)?;
                }
            }
            Ok(Some(result))
        }
        BinOp::Or => {
            let r = view_to_set(vm, a)?;
            set::update(vm, r, b)?;
            Ok(Some(r))
        }
        BinOp::Sub => {
            let r = view_to_set(vm, a)?;
            set::difference_update(vm, r, b)?;
            Ok(Some(r))
        }
        BinOp::Xor => {
            let r = view_to_set(vm, a)?;
            set::symmetric_difference_update(vm, r, b)?;
            Ok(Some(r))
        }
        _ => Ok(None),
    }
}

fn v_setop(op: crate::bytecode::BinOp, rev: bool) -> crate::args::NativeFn {
    macro_rules! mk {
        ($op:expr, $rev:expr) => {{
            fn f(vm: &mut Vm, a: Args) -> PyResult {
                let (x, y) = if $rev { (a.at(1), a.at(0)) } else { (a.at(0), a.at(1)) };
                Ok(view_binop(vm, $op, x, y)?.unwrap_or_else(objmodel::not_implemented))
            }
            f as crate::args::NativeFn
        }};
    }
    use crate::bytecode::BinOp;
    match (op, rev) {
        (BinOp::And, false) => mk!(BinOp::And, false),
        (BinOp::Or, false) => mk!(BinOp::Or, false),
        (BinOp::Sub, false) => mk!(BinOp::Sub, false),
        (_, false) => mk!(BinOp::Xor, false),
        (BinOp::And, true) => mk!(BinOp::And, true),
        (BinOp::Or, true) => mk!(BinOp::Or, true),
        (BinOp::Sub, true) => mk!(BinOp::Sub, true),
        (_, true) => mk!(BinOp::Xor, true),
    }
}
fn v_isdisjoint(vm: &mut Vm, a: Args) -> PyResult {
    let items = view_items_list(vm, a.at(0))?;
    for x in items {
        if vm.contains(a.at(1), x)? {
            return Ok(objmodel::false_());
        }
    }
    Ok(objmodel::true_())
}
fn v_mapping(vm: &mut Vm, a: Args) -> PyResult {
    Ok(crate::objects::mappingproxy::new(vm, view_dict(a.at(0))))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{attr, getset, method, method_flags};
    use crate::ops::call::bflags;
    let d = r.types.dict;
    method_flags(d, "__new__", d_new, 0);
    method(d, "__init__", d_init);
    method(d, "get", d_get);
    method(d, "setdefault", d_setdefault);
    method(d, "pop", d_pop);
    method(d, "popitem", d_popitem);
    method(d, "update", d_update);
    method(d, "clear", d_clear);
    method(d, "copy", d_copy);
    method_flags(d, "fromkeys", d_fromkeys, bflags::CLASSMETHOD);
    method(d, "keys", d_keys);
    method(d, "values", d_values);
    method(d, "items", d_items);
    method(d, "__len__", d_len);
    method(d, "__getitem__", d_getitem);
    method(d, "__setitem__", d_setitem);
    method(d, "__delitem__", d_delitem);
    method(d, "__contains__", d_contains);
    method(d, "__iter__", d_iter);
    method(d, "__reversed__", d_reversed);
    method(d, "__repr__", d_repr);
    method(d, "__eq__", d_eq);
    method(d, "__ne__", d_ne);
    method(d, "__or__", d_or);
    method(d, "__ior__", d_ior);
    attr(d, "__hash__", objmodel::none());
    let x = &r.extra;
    for t in [x.dict_keys, x.dict_values, x.dict_items] {
        method(t, "__len__", v_len);
        method(t, "__iter__", v_iter);
        method(t, "__contains__", v_contains);
        method(t, "__repr__", v_repr);
        method(t, "__reversed__", v_reversed);
        getset(t, "mapping", v_mapping, None);
    }
    for t in [x.dict_keys, x.dict_items] {
        use crate::bytecode::BinOp;
        for (op, n, rn) in [(BinOp::And, "__and__", "__rand__"), (BinOp::Or, "__or__", "__ror__"), (BinOp::Sub, "__sub__", "__rsub__"), (BinOp::Xor, "__xor__", "__rxor__")] {
            method(t, n, v_setop(op, false));
            method(t, rn, v_setop(op, true));
        }
        method(t, "isdisjoint", v_isdisjoint);
    }
}
