//! Methods of `set` and `frozenset`.

use objmodel::{Kind, Value};

use crate::args::Args;
use crate::bytecode::{BinOp, CmpOp};
use crate::error::PyResult;
use crate::objects::{int, set, set_table, str as pystr, type_};
use crate::vm::Vm;

fn this(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match a.get(0) {
        Some(s) if set::is_set_like(s) => Ok(s),
        _ => Err(vm.type_error("descriptor requires a 'set' object")),
    }
}

fn s_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = type_::as_type(a.at(0));
    let kind = cls.instance_kind();
    if a.has_kw() {
        // CPython's set_new and frozenset_new: keywords are refused unless a subclass's own
        // `__init__` may want them.
        let (base, name) = if kind == Kind::FrozenSet { (vm.rt.types.frozenset, "frozenset") } else { (vm.rt.types.set, "set") };
        let init = vm.rt.names.__init__;
        let own_init = type_::lookup(cls, init).map(|v| v.raw()) != type_::lookup(base, init).map(|v| v.raw());
        if cls.is(base) || (kind == Kind::FrozenSet && !own_init) {
            return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
        }
    }
    let s = set::new_set_with_class(cls, kind);
    if kind == Kind::FrozenSet {
        if a.len() > 2 {
            return Err(vm.type_error(format!("frozenset expected at most 1 argument, got {}", a.len() - 1)));
        }
        if let Some(it) = a.get(1) {
            if it.is_ptr() && it.header().kind() == Kind::FrozenSet && cls.is(vm.rt.types.frozenset) && it.class().is(cls) {
                return Ok(it);
            }
            set::update(vm, s, it)?;
        }
    }
    Ok(s)
}
fn s_init(vm: &mut Vm, a: Args) -> PyResult {
    let s = a.at(0);
    if s.header().kind() == Kind::FrozenSet {
        return Ok(objmodel::none());
    }
    if a.has_kw() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!("set expected at most 1 argument, got {}", a.len() - 1)));
    }
    set_table::clear(s);
    if let Some(it) = a.get(1) {
        set::update(vm, s, it)?;
    }
    Ok(objmodel::none())
}
fn s_add(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a)?;
    a.check(vm, "add", 2, 2)?;
    set::add(vm, s, a.at(1))?;
    Ok(objmodel::none())
}
fn s_discard(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a)?;
    a.check(vm, "discard", 2, 2)?;
    set::discard(vm, s, a.at(1))?;
    Ok(objmodel::none())
}
fn s_remove(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a)?;
    a.check(vm, "remove", 2, 2)?;
    if !set::discard(vm, s, a.at(1))? {
        return Err(vm.key_error(a.at(1)));
    }
    Ok(objmodel::none())
}
fn s_pop(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a)?;
    match set_table::pop(s) {
        Some(k) => Ok(k),
        None => Err(vm.new_error(vm.rt.exc.key_error, "pop from an empty set")),
    }
}
fn s_clear(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a)?;
    set_table::clear(s);
    Ok(objmodel::none())
}
fn s_copy(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a)?;
    if s.header().kind() == Kind::FrozenSet && s.class().is(vm.rt.types.frozenset) {
        return Ok(s);
    }
    set::copy_of(vm, s, s)
}
fn s_union(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a)?;
    let r = set::copy_of(vm, s, s)?;
    for o in &a.pos[1..] {
        if !o.is(s) {
            set::update(vm, r, *o)?;
        }
    }
    Ok(r)
}
fn s_intersection(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a)?;
    if a.len() == 1 {
        return set::copy_of(vm, s, s);
    }
    let mut r = s;
    for o in &a.pos[1..] {
        r = set::intersection(vm, r, *o)?;
    }
    Ok(r)
}
fn s_difference(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a)?;
    if a.len() == 1 {
        return set::copy_of(vm, s, s);
    }
    let r = set::difference(vm, s, a.at(1))?;
    for o in &a.pos[2..] {
        set::difference_update(vm, r, *o)?;
    }
    Ok(r)
}
fn s_symmetric_difference(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a)?;
    let o = crate::objects::str_args::one(vm, &a, "symmetric_difference")?;
    set::symmetric_difference(vm, s, o)
}
fn s_update(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a)?;
    for o in &a.pos[1..] {
        set::update(vm, s, *o)?;
    }
    Ok(objmodel::none())
}
fn s_intersection_update(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a)?;
    let r = s_intersection(vm, a)?;
    set::replace_contents(vm, s, r)?;
    Ok(objmodel::none())
}
fn s_difference_update(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a)?;
    for o in &a.pos[1..] {
        set::difference_update(vm, s, *o)?;
    }
    Ok(objmodel::none())
}
fn s_symmetric_difference_update(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a)?;
    let o = crate::objects::str_args::one(vm, &a, "symmetric_difference_update")?;
    set::symmetric_difference_update(vm, s, o)?;
    Ok(objmodel::none())
}
fn as_set(vm: &mut Vm, v: Value) -> PyResult {
    if set::is_set_like(v) { Ok(v) } else { set::copy_of(vm, set::new_set(), v) }
}
fn s_issubset(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a)?;
    let o = crate::objects::str_args::one(vm, &a, "issubset")?;
    let o = as_set(vm, o)?;
    Ok(objmodel::bool_(set::is_subset(vm, s, o)?))
}
fn s_issuperset(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a)?;
    let o = crate::objects::str_args::one(vm, &a, "issuperset")?;
    if set::is_set_like(o) {
        return Ok(objmodel::bool_(set::is_subset(vm, o, s)?));
    }
    let it = vm.iter(o)?;
    while let Some(x) = vm.next(it)? {
        if !set::contains(vm, s, x)? {
            return Ok(objmodel::false_());
        }
    }
    Ok(objmodel::true_())
}
fn s_isdisjoint(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a)?;
    let o = crate::objects::str_args::one(vm, &a, "isdisjoint")?;
    if set::is_set_like(o) {
        let (small, big) = if set::len(o) > set::len(s) { (s, o) } else { (o, s) };
        for x in set::items(small) {
            if set::contains(vm, big, x)? {
                return Ok(objmodel::false_());
            }
        }
        return Ok(objmodel::true_());
    }
    let it = vm.iter(o)?;
    while let Some(x) = vm.next(it)? {
        if set::contains(vm, s, x)? {
            return Ok(objmodel::false_());
        }
    }
    Ok(objmodel::true_())
}
fn s_len(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_usize(set::len(a.at(0))))
}
fn s_contains(vm: &mut Vm, a: Args) -> PyResult {
    Ok(objmodel::bool_(set::contains(vm, a.at(0), a.at(1))?))
}
fn s_iter(vm: &mut Vm, a: Args) -> PyResult {
    let s = a.at(0);
    let it = crate::objects::iter::new_iter(vm.rt.extra.set_iterator, crate::objects::iter::sub::SET, s, Value::NULL, Value::NULL, Value::NULL);
    crate::objects::function::fixed(it).j.set(set::len(s));
    Ok(it)
}
fn s_repr(vm: &mut Vm, a: Args) -> PyResult {
    let s = a.at(0);
    let name = s.class().name_str().to_string();
    let items = set::items(s);
    let frozen = s.header().kind() == Kind::FrozenSet;
    let exact = s.class().is(vm.rt.types.set) || s.class().is(vm.rt.types.frozenset);
    if items.is_empty() {
        return Ok(pystr::new(&format!("{name}()")));
    }
    if vm.repr_guard_enter(s) {
        return Ok(pystr::new(&format!("{name}(...)")));
    }
    let r = (|| -> PyResult<String> {
        let mut t = String::from("{");
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                t.push_str(", ");
            }
            t.push_str(&vm.repr_string(*x)?);
        }
        t.push('}');
        Ok(t)
    })();
    vm.repr_guard_exit(s);
    let t = r?;
    Ok(pystr::new(&if frozen || !exact { format!("{name}({t})") } else { t }))
}
fn s_binop(op: BinOp) -> crate::args::NativeFn {
    macro_rules! mk {
        ($op:expr) => {{
            fn f(vm: &mut Vm, a: Args) -> PyResult {
                Ok(set::set_binop(vm, $op, a.at(0), a.at(1))?.unwrap_or_else(objmodel::not_implemented))
            }
            f as crate::args::NativeFn
        }};
    }
    match op {
        BinOp::And => mk!(BinOp::And),
        BinOp::Or => mk!(BinOp::Or),
        BinOp::Sub => mk!(BinOp::Sub),
        _ => mk!(BinOp::Xor),
    }
}
fn s_cmp(op: CmpOp) -> crate::args::NativeFn {
    macro_rules! mk {
        ($op:expr) => {{
            fn f(vm: &mut Vm, a: Args) -> PyResult {
                if !set::is_set_like(a.at(1)) {
                    return Ok(objmodel::not_implemented());
                }
                Ok(objmodel::bool_(set::set_compare(vm, a.at(0), a.at(1), $op)?))
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
fn s_hash(vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_i64(set::frozenset_hash(vm, a.at(0))?))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{attr, method, method_flags};
    for t in [r.types.set, r.types.frozenset] {
        method_flags(t, "__new__", s_new, 0);
        method(t, "__init__", s_init);
        method(t, "copy", s_copy);
        method(t, "union", s_union);
        method(t, "intersection", s_intersection);
        method(t, "difference", s_difference);
        method(t, "symmetric_difference", s_symmetric_difference);
        method(t, "issubset", s_issubset);
        method(t, "issuperset", s_issuperset);
        method(t, "isdisjoint", s_isdisjoint);
        method(t, "__len__", s_len);
        method(t, "__contains__", s_contains);
        method(t, "__iter__", s_iter);
        method(t, "__repr__", s_repr);
        for op in [BinOp::And, BinOp::Or, BinOp::Sub, BinOp::Xor] {
            let (n, rn, _) = crate::ops::binary::op_names(op);
            method(t, n, s_binop(op));
            method(t, rn, s_binop(op));
        }
        for op in [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge] {
            method(t, crate::ops::compare::op_dunder(op), s_cmp(op));
        }
    }
    let s = r.types.set;
    method(s, "add", s_add);
    method(s, "discard", s_discard);
    method(s, "remove", s_remove);
    method(s, "pop", s_pop);
    method(s, "clear", s_clear);
    method(s, "update", s_update);
    method(s, "intersection_update", s_intersection_update);
    method(s, "difference_update", s_difference_update);
    method(s, "symmetric_difference_update", s_symmetric_difference_update);
    attr(s, "__hash__", objmodel::none());
    method(r.types.frozenset, "__hash__", s_hash);
}
