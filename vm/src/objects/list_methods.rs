//! Methods of `list` and `tuple`.

use objmodel::{Kind, Value};

use crate::args::Args;
use crate::bytecode::CmpOp;
use crate::error::PyResult;
use crate::objects::str_args::{clinic, clinic_kw, noargs, one};
use crate::objects::list_index::{self, PopError};
use crate::objects::{int, list, list_search, slice, str as pystr, tuple, type_};
use crate::vm::Vm;

/// `l[key] = value` for a slice key (CPython's `list_ass_subscript`).
pub fn set_slice(vm: &mut Vm, l: Value, key: Value, value: Value) -> PyResult<()> {
    // The slice first, as CPython: its `__index__` calls may reach a safepoint, and `new` below
    // (a Rust Vec, not a root) must be stored before the next one.
    let sl = slice::unpack(vm, key)?;
    let new = if value.is(l) {
        list::to_vec(l)
    } else if list::is_list(value) || tuple::is_tuple(value) {
        vm.collect(value)?
    } else {
        let iterable = value.is_ptr()
            && (vm.lookup_type_cached(value.class(), vm.rt.names.__iter__).is_some()
                || vm.lookup_type_cached(value.class(), vm.rt.names.__getitem__).is_some());
        if !iterable {
            return Err(vm.type_error("can only assign an iterable"));
        }
        vm.collect(value)?
    };
    list_index::set_slice(l, sl, &new).map_err(|n| {
        vm.value_error(format!("attempt to assign sequence of size {} to extended slice of size {n}", new.len()))
    })
}

/// `del l[key]` for a slice key.
pub fn del_slice(vm: &mut Vm, l: Value, key: Value) -> PyResult<()> {
    let sl = slice::unpack(vm, key)?;
    list_index::del_slice(l, sl);
    Ok(())
}

/// `l[key]` for a slice key.
pub fn get_slice(vm: &mut Vm, l: Value, key: Value) -> PyResult {
    let sl = slice::unpack(vm, key)?;
    Ok(list_index::slice_to_new_list(l, sl))
}

fn this(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    match a.get(0) {
        Some(l) if list::is_list(l) => Ok(l),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{name}' for 'list' objects doesn't apply to a '{}' object",
            v.class().name_str()
        ))),
        None => Err(vm.type_error(format!("unbound method list.{name}() needs an argument"))),
    }
}

fn l_append(vm: &mut Vm, a: Args) -> PyResult {
    let l = this(vm, &a, "append")?;
    let x = one(vm, &a, "list.append")?;
    list::append(l, x);
    Ok(objmodel::none())
}
fn l_extend(vm: &mut Vm, a: Args) -> PyResult {
    let l = this(vm, &a, "extend")?;
    let x = one(vm, &a, "list.extend")?;
    let items = vm.collect(x)?;
    list::extend_from_slice(l, &items);
    Ok(objmodel::none())
}
fn l_insert(vm: &mut Vm, a: Args) -> PyResult {
    let l = this(vm, &a, "insert")?;
    clinic(vm, &a, "insert", 2, 2)?;
    let i = match a.at(1).as_small() {
        Some(i) => i,
        None => {
            let r = vm.index(a.at(1))?;
            match int::to_i64(r) {
                Some(i) => i,
                None => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
            }
        }
    };
    list_index::insert_item(l, i, a.at(2));
    Ok(objmodel::none())
}
/// An index argument; out-of-range big ints clamp (as `PyNumber_AsSsize_t(v, NULL)`).
fn index_or_clamp(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(i) = v.as_small() {
        return Ok(i);
    }
    let r = vm.index(v)?;
    Ok(match int::to_i64(r) {
        Some(i) => i,
        None if int::sign(r) < 0 => i64::MIN / 2,
        None => i64::MAX / 2,
    })
}
fn l_pop(vm: &mut Vm, a: Args) -> PyResult {
    let l = this(vm, &a, "pop")?;
    clinic(vm, &a, "pop", 0, 1)?;
    let i = match a.get(1) {
        Some(v) => {
            if let Some(i) = v.as_small() {
                i
            } else {
                let r = vm.index(v)?;
                match int::to_i64(r) {
                    Some(i) => i,
                    None => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
                }
            }
        }
        None => -1,
    };
    match list_index::pop_item(l, i) {
        Ok(v) => Ok(v),
        Err(PopError::Empty) => Err(vm.index_error("pop from empty list")),
        Err(PopError::OutOfRange) => Err(vm.index_error("pop index out of range")),
    }
}
fn l_remove(vm: &mut Vm, a: Args) -> PyResult {
    let l = this(vm, &a, "remove")?;
    let x = one(vm, &a, "list.remove")?;
    if list_search::remove(vm, l, x)? {
        return Ok(objmodel::none());
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}
/// start/stop of index(): `_PyEval_SliceIndexNotNone` then clamped as CPython.
fn index_bounds(vm: &mut Vm, a: &Args, n: usize) -> PyResult<(usize, usize)> {
    let n = n as i64;
    let mut bound = |v: Option<Value>, dflt: i64| -> PyResult<i64> {
        let Some(v) = v else { return Ok(dflt) };
        if !int::is_int(v) && vm.lookup_type_cached(v.class(), vm.rt.names.__index__).is_none() {
            return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
        }
        let x = index_or_clamp(vm, v)?;
        Ok(if x < 0 { (x + n).max(0) } else { x })
    };
    let start = bound(a.get(2), 0)?;
    let stop = bound(a.get(3), n)?;
    Ok((start as usize, stop.max(0) as usize))
}
fn l_index(vm: &mut Vm, a: Args) -> PyResult {
    let l = this(vm, &a, "index")?;
    clinic(vm, &a, "index", 1, 3)?;
    let x = a.at(1);
    let (start, stop) = index_bounds(vm, &a, list::len(l))?;
    let mut i = start;
    while i < stop {
        let Some(v) = list::get(l, i) else { break };
        if v.is(x) || vm.eq(v, x)? {
            return Ok(int::from_usize(i));
        }
        i += 1;
    }
    let r = vm.repr_string(x)?;
    Err(vm.value_error(format!("{r} is not in list")))
}
fn count_in(vm: &mut Vm, items: &[Value], x: Value) -> PyResult {
    let mut c = 0;
    for v in items {
        if v.is(x) || vm.eq(*v, x)? {
            c += 1;
        }
    }
    Ok(int::from_i64(c))
}
fn l_count(vm: &mut Vm, a: Args) -> PyResult {
    let l = this(vm, &a, "count")?;
    let x = one(vm, &a, "list.count")?;
    let mut c = 0;
    let mut i = 0;
    while let Some(v) = list::get(l, i) {
        if v.is(x) || vm.eq(v, x)? {
            c += 1;
        }
        i += 1;
    }
    Ok(int::from_usize(c))
}
fn l_clear(vm: &mut Vm, a: Args) -> PyResult {
    let l = this(vm, &a, "clear")?;
    noargs(vm, &a, "list.clear")?;
    list::replace_all(l, &[]);
    Ok(objmodel::none())
}
fn l_copy(vm: &mut Vm, a: Args) -> PyResult {
    let l = this(vm, &a, "copy")?;
    noargs(vm, &a, "list.copy")?;
    Ok(list::new_list(&list::to_vec(l)))
}
fn l_reverse(vm: &mut Vm, a: Args) -> PyResult {
    let l = this(vm, &a, "reverse")?;
    noargs(vm, &a, "list.reverse")?;
    list::reverse(l);
    Ok(objmodel::none())
}
fn l_sort(vm: &mut Vm, a: Args) -> PyResult {
    let l = this(vm, &a, "sort")?;
    if a.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let [key, reverse] = clinic_kw(vm, &a, "sort", ["key", "reverse"], 0)?;
    let rev = if reverse.is_null() {
        false
    } else {
        let r = vm.index(reverse)?;
        int::sign(r) != 0
    };
    if key.is_null() || key.is_none() {
        // Keys of one simple built-in type compare without Python code: sort under the lock,
        // so the sort is one atomic operation (as in CPython, GIL or free-threaded).
        let native = list::update_in_place(l, |items| {
            if !crate::objects::sort::native_order(vm, items) {
                return None;
            }
            Some(crate::objects::sort::sort_values(vm, items, None, rev))
        });
        if let Some(r) = native {
            r?;
            return Ok(objmodel::none());
        }
    }
    // Comparisons or the key function run Python code, so the lock cannot be held (INV-L3).
    // CPython's way: the list is empty while the sort runs, and a change made meanwhile (by
    // the key function or another thread) raises "list modified during sort".
    let mut items = list::take_all(l);
    let holder = list::new_list(&items);
    let r = vm.with_roots(&[holder], |vm| sort_with_key(vm, &mut items, key, rev));
    let modified = list::restore_all(l, &items);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(objmodel::none())
}

/// Sort with an optional key function (None/NULL = identity).
pub fn sort_with_key(vm: &mut Vm, items: &mut Vec<Value>, key: Value, reverse: bool) -> PyResult<()> {
    let keys = if key.is_null() || key.is_none() {
        None
    } else {
        let mut ks = Vec::with_capacity(items.len());
        let holder = list::new_list(items);
        vm.with_roots(&[holder], |vm| -> PyResult<()> {
            for v in items.iter() {
                ks.push(vm.call1(key, *v)?);
                list::append(holder, *ks.last().unwrap());
            }
            Ok(())
        })?;
        Some(ks)
    };
    crate::objects::sort::sort_values(vm, items, keys, reverse)
}

fn l_len(vm: &mut Vm, a: Args) -> PyResult {
    let l = this(vm, &a, "__len__")?;
    Ok(int::from_usize(list::len(l)))
}
fn l_getitem(vm: &mut Vm, a: Args) -> PyResult {
    let l = this(vm, &a, "__getitem__")?;
    let k = one(vm, &a, "list.__getitem__")?;
    if slice::is_slice(k) {
        return get_slice(vm, l, k);
    }
    let i = seq_index_arg(vm, k, "list")?;
    match list_index::get_item(l, i) {
        Some(v) => Ok(v),
        None => Err(vm.index_error("list index out of range")),
    }
}
/// An index for `seq[key]`: `{what} indices must be integers or slices, not str`.
pub fn seq_index_arg(vm: &mut Vm, key: Value, what: &str) -> PyResult<i64> {
    if let Some(i) = key.as_small() {
        return Ok(i);
    }
    if int::is_int(key) || vm.lookup_type_cached(key.class(), vm.rt.names.__index__).is_some() {
        return vm.index_value(key);
    }
    Err(vm.type_error(format!("{what} indices must be integers or slices, not {}", key.class().error_name())))
}
fn l_setitem(vm: &mut Vm, a: Args) -> PyResult {
    let l = this(vm, &a, "__setitem__")?;
    clinic(vm, &a, "__setitem__", 2, 2)?;
    let (k, v) = (a.at(1), a.at(2));
    if slice::is_slice(k) {
        set_slice(vm, l, k, v)?;
        return Ok(objmodel::none());
    }
    let i = seq_index_arg(vm, k, "list")?;
    if list_index::set_item(l, i, v) {
        return Ok(objmodel::none());
    }
    Err(vm.index_error("list assignment index out of range"))
}
fn l_delitem(vm: &mut Vm, a: Args) -> PyResult {
    let l = this(vm, &a, "__delitem__")?;
    let k = one(vm, &a, "list.__delitem__")?;
    if slice::is_slice(k) {
        del_slice(vm, l, k)?;
        return Ok(objmodel::none());
    }
    let i = seq_index_arg(vm, k, "list")?;
    if list_index::del_item(l, i) {
        return Ok(objmodel::none());
    }
    Err(vm.index_error("list assignment index out of range"))
}
fn l_contains(vm: &mut Vm, a: Args) -> PyResult {
    let l = this(vm, &a, "__contains__")?;
    let x = one(vm, &a, "list.__contains__")?;
    let mut i = 0;
    while let Some(v) = list::get(l, i) {
        if v.is(x) || vm.eq(v, x)? {
            return Ok(objmodel::true_());
        }
        i += 1;
    }
    Ok(objmodel::false_())
}
fn l_iter(vm: &mut Vm, a: Args) -> PyResult {
    let t = vm.rt.extra.list_iterator;
    let n = Value::NULL;
    Ok(crate::objects::iter::new_iter(t, crate::objects::iter::sub::LIST, a.at(0), n, n, n))
}
fn l_reversed(vm: &mut Vm, a: Args) -> PyResult {
    let t = vm.rt.extra.list_reverseiterator;
    let n = Value::NULL;
    let it = crate::objects::iter::new_iter(t, crate::objects::iter::sub::LIST_REV, a.at(0), n, n, n);
    crate::objects::function::fixed(it).i.set(list::len(a.at(0)));
    Ok(it)
}

/// repr of a list or tuple, guarding against recursion.
pub fn seq_repr(vm: &mut Vm, v: Value, items: &[Value], open: &str, close: &str) -> PyResult<String> {
    if vm.repr_guard_enter(v) {
        return Ok(format!("{open}...{close}"));
    }
    let r = (|| {
        let mut s = String::from(open);
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&vm.repr_string(*x)?);
        }
        if items.len() == 1 && open == "(" {
            s.push(',');
        }
        s.push_str(close);
        Ok(s)
    })();
    vm.repr_guard_exit(v);
    r
}

fn l_repr(vm: &mut Vm, a: Args) -> PyResult {
    let items = list::to_vec(a.at(0));
    let s = vm.with_roots(&items.clone(), |vm| seq_repr(vm, a.at(0), &items, "[", "]"))?;
    Ok(pystr::new(&s))
}
fn seq_cmp(op: CmpOp) -> crate::args::NativeFn {
    macro_rules! mk {
        ($op:expr) => {{
            fn f(vm: &mut Vm, a: Args) -> PyResult {
                let (x, y) = (a.at(0), a.at(1));
                let same = x.is_ptr() && y.is_ptr() && x.header().kind() == y.header().kind();
                if !same {
                    return Ok(objmodel::not_implemented());
                }
                let xs = if list::is_list(x) { list::to_vec(x) } else { tuple::items(x).to_vec() };
                let ys = if list::is_list(y) { list::to_vec(y) } else { tuple::items(y).to_vec() };
                Ok(objmodel::bool_(crate::ops::compare::seq_compare(vm, &xs, &ys, $op)?))
            }
            f as crate::args::NativeFn
        }};
    }
    match op {
        CmpOp::Lt => mk!(CmpOp::Lt),
        CmpOp::Le => mk!(CmpOp::Le),
        CmpOp::Eq => mk!(CmpOp::Eq),
        CmpOp::Ne => mk!(CmpOp::Ne),
        CmpOp::Gt => mk!(CmpOp::Gt),
        CmpOp::Ge => mk!(CmpOp::Ge),
    }
}
fn l_add(vm: &mut Vm, a: Args) -> PyResult {
    Ok(crate::ops::binary::native_binop(vm, crate::bytecode::BinOp::Add, a.at(0), a.at(1))?.unwrap_or_else(objmodel::not_implemented))
}
fn l_mul(vm: &mut Vm, a: Args) -> PyResult {
    Ok(crate::ops::binary::native_binop(vm, crate::bytecode::BinOp::Mul, a.at(0), a.at(1))?.unwrap_or_else(objmodel::not_implemented))
}
fn l_iadd(vm: &mut Vm, a: Args) -> PyResult {
    let items = vm.collect(a.at(1))?;
    list::extend_from_slice(a.at(0), &items);
    Ok(a.at(0))
}
fn l_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = type_::as_type(a.at(0));
    let _ = vm;
    Ok(list::new_list_with_class(&[], cls))
}
fn l_init(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "__init__")?;
    if a.has_kw() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!("list expected at most 1 argument, got {}", a.len() - 1)));
    }
    let l = a.at(0);
    let items = match a.get(1) {
        Some(it) => vm.collect(it)?,
        None => Vec::new(),
    };
    list::replace_all(l, &items);
    Ok(objmodel::none())
}

fn t_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = type_::as_type(a.at(0));
    if a.has_kw() {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!("tuple expected at most 1 argument, got {}", a.len() - 1)));
    }
    let items = match a.get(1) {
        Some(it) => {
            if tuple::is_tuple(it) && cls.is(vm.rt.types.tuple) && it.class().is(vm.rt.types.tuple) {
                return Ok(it);
            }
            vm.collect(it)?
        }
        None => Vec::new(),
    };
    if cls.is(vm.rt.types.tuple) {
        return Ok(tuple::new(&items));
    }
    Ok(objmodel::alloc::new_tuple_with_class(&items, cls))
}
fn t_len(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_usize(tuple::items(a.at(0)).len()))
}
fn t_repr(vm: &mut Vm, a: Args) -> PyResult {
    let items = tuple::items(a.at(0));
    Ok(pystr::new(&seq_repr(vm, a.at(0), items, "(", ")")?))
}
fn t_index(vm: &mut Vm, a: Args) -> PyResult {
    clinic(vm, &a, "index", 1, 3)?;
    let items = tuple::items(a.at(0));
    let x = a.at(1);
    let (start, stop) = index_bounds(vm, &a, items.len())?;
    for (i, v) in items.iter().enumerate().take(stop).skip(start) {
        if v.is(x) || vm.eq(*v, x)? {
            return Ok(int::from_usize(i));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}
fn t_count(vm: &mut Vm, a: Args) -> PyResult {
    let x = one(vm, &a, "tuple.count")?;
    count_in(vm, tuple::items(a.at(0)), x)
}
fn t_getitem(vm: &mut Vm, a: Args) -> PyResult {
    let k = one(vm, &a, "tuple.__getitem__")?;
    crate::objects::subscript::tuple_getitem(vm, a.at(0), k)
}
fn t_contains(vm: &mut Vm, a: Args) -> PyResult {
    for v in tuple::items(a.at(0)) {
        if v.is(a.at(1)) || vm.eq(*v, a.at(1))? {
            return Ok(objmodel::true_());
        }
    }
    Ok(objmodel::false_())
}
fn t_iter(vm: &mut Vm, a: Args) -> PyResult {
    let t = vm.rt.extra.tuple_iterator;
    let n = Value::NULL;
    Ok(crate::objects::iter::new_iter(t, crate::objects::iter::sub::TUPLE, a.at(0), n, n, n))
}
fn t_hash(vm: &mut Vm, a: Args) -> PyResult {
    let items = tuple::items(a.at(0));
    let mut hs = Vec::with_capacity(items.len());
    for x in items {
        hs.push(vm.hash(*x)?);
    }
    Ok(int::from_i64(crate::numeric::hash::hash_tuple(&hs)))
}
fn t_getnewargs(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(tuple::new(&[tuple::new(tuple::items(a.at(0)))]))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{method, method_flags};
    let l = r.types.list;
    method_flags(l, "__new__", l_new, 0);
    method(l, "__init__", l_init);
    method(l, "append", l_append);
    method(l, "extend", l_extend);
    method(l, "insert", l_insert);
    method(l, "pop", l_pop);
    method(l, "remove", l_remove);
    method(l, "index", l_index);
    method(l, "count", l_count);
    method(l, "clear", l_clear);
    method(l, "copy", l_copy);
    method(l, "reverse", l_reverse);
    method(l, "sort", l_sort);
    method(l, "__len__", l_len);
    method(l, "__getitem__", l_getitem);
    method(l, "__setitem__", l_setitem);
    method(l, "__delitem__", l_delitem);
    method(l, "__contains__", l_contains);
    method(l, "__iter__", l_iter);
    method(l, "__reversed__", l_reversed);
    method(l, "__repr__", l_repr);
    method(l, "__add__", l_add);
    method(l, "__mul__", l_mul);
    method(l, "__rmul__", l_mul);
    method(l, "__iadd__", l_iadd);
    method(l, "__sizeof__", |vm, a| {
        let l = this(vm, &a, "__sizeof__")?;
        Ok(int::from_usize(40 + 8 * list::capacity(l)))
    });
    crate::objects::define::attr(l, "__hash__", objmodel::none());
    let t = r.types.tuple;
    method_flags(t, "__new__", t_new, 0);
    method(t, "__len__", t_len);
    method(t, "__repr__", t_repr);
    method(t, "index", t_index);
    method(t, "count", t_count);
    method(t, "__getitem__", t_getitem);
    method(t, "__contains__", t_contains);
    method(t, "__iter__", t_iter);
    method(t, "__hash__", t_hash);
    method(t, "__add__", l_add);
    method(t, "__mul__", l_mul);
    method(t, "__rmul__", l_mul);
    method(t, "__getnewargs__", t_getnewargs);
    for ty in [l, t] {
        for op in [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge] {
            method(ty, crate::ops::compare::op_dunder(op), seq_cmp(op));
        }
    }
    let _ = Kind::List;
}
