//! The `operator` module (native, like CPython's `_operator`): the operator functions with
//! their dunder aliases, and the `itemgetter`, `attrgetter` and `methodcaller` classes.

use std::any::Any;
use std::sync::OnceLock;

use objmodel::layout::{NativeData, NativeObj};
use objmodel::{Kind, TypeObj, Value};

use crate::args::{Args, NativeFn};
use crate::bytecode::{BinOp, CmpOp, UnaryOp};
use crate::error::PyResult;
use crate::objects::{dict, int, str as pystr, tuple};
use crate::vm::Vm;

macro_rules! binops {
    ($($fname:ident => $op:ident, $pyname:literal;)*) => {$(
        fn $fname(vm: &mut Vm, a: Args) -> PyResult {
            a.check(vm, $pyname, 2, 2)?;
            vm.binary_op(BinOp::$op, a.at(0), a.at(1))
        }
    )*};
}
binops! {
    o_add => Add, "add";
    o_sub => Sub, "sub";
    o_mul => Mul, "mul";
    o_matmul => MatMul, "matmul";
    o_truediv => TrueDiv, "truediv";
    o_floordiv => FloorDiv, "floordiv";
    o_mod => Mod, "mod";
    o_pow => Pow, "pow";
    o_lshift => LShift, "lshift";
    o_rshift => RShift, "rshift";
    o_and => And, "and_";
    o_or => Or, "or_";
    o_xor => Xor, "xor";
}

macro_rules! inplace {
    ($($fname:ident => $op:ident, $pyname:literal;)*) => {$(
        fn $fname(vm: &mut Vm, a: Args) -> PyResult {
            a.check(vm, $pyname, 2, 2)?;
            vm.inplace_op(BinOp::$op, a.at(0), a.at(1))
        }
    )*};
}
inplace! {
    o_iadd => Add, "iadd";
    o_isub => Sub, "isub";
    o_imul => Mul, "imul";
    o_imatmul => MatMul, "imatmul";
    o_itruediv => TrueDiv, "itruediv";
    o_ifloordiv => FloorDiv, "ifloordiv";
    o_imod => Mod, "imod";
    o_ipow => Pow, "ipow";
    o_ilshift => LShift, "ilshift";
    o_irshift => RShift, "irshift";
    o_iand => And, "iand";
    o_ior => Or, "ior";
    o_ixor => Xor, "ixor";
}

macro_rules! cmpops {
    ($($fname:ident => $op:ident, $pyname:literal;)*) => {$(
        fn $fname(vm: &mut Vm, a: Args) -> PyResult {
            a.check(vm, $pyname, 2, 2)?;
            vm.compare(a.at(0), a.at(1), CmpOp::$op)
        }
    )*};
}
cmpops! {
    o_lt => Lt, "lt";
    o_le => Le, "le";
    o_eq => Eq, "eq";
    o_ne => Ne, "ne";
    o_gt => Gt, "gt";
    o_ge => Ge, "ge";
}

macro_rules! unops {
    ($($fname:ident => $op:ident, $pyname:literal;)*) => {$(
        fn $fname(vm: &mut Vm, a: Args) -> PyResult {
            a.check(vm, concat!("_operator.", $pyname), 1, 1)?;
            vm.unary_op(UnaryOp::$op, a.at(0))
        }
    )*};
}
unops! {
    o_neg => Negative, "neg";
    o_pos => Positive, "pos";
    o_invert => Invert, "invert";
    o_inv => Invert, "inv";
}

fn o_not(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_operator.not_", 1, 1)?;
    Ok(objmodel::bool_(!vm.truthy(a.at(0))?))
}
fn o_truth(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_operator.truth", 1, 1)?;
    Ok(objmodel::bool_(vm.truthy(a.at(0))?))
}
fn o_abs(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_operator.abs", 1, 1)?;
    let f = dict::get_by_name(vm.rt.builtins_dict, "abs").expect("builtins.abs");
    vm.call1(f, a.at(0))
}
fn o_index(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_operator.index", 1, 1)?;
    vm.index(a.at(0))
}
fn o_is(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "is_", 2, 2)?;
    Ok(objmodel::bool_(a.at(0).is(a.at(1))))
}
fn o_is_not(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "is_not", 2, 2)?;
    Ok(objmodel::bool_(!a.at(0).is(a.at(1))))
}

fn is_sequence(vm: &mut Vm, v: Value) -> bool {
    if v.is_ptr() && matches!(v.header().kind(), Kind::Dict) && !v.class().has_flag(objmodel::types::tflags::HEAPTYPE) {
        return false;
    }
    vm.lookup_special(v.class(), vm.rt.names.__getitem__).is_some()
}
fn o_concat(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "concat", 2, 2)?;
    if !is_sequence(vm, a.at(0)) {
        return Err(vm.type_error(format!("'{}' object can't be concatenated", a.at(0).class().error_name())));
    }
    vm.binary_op(BinOp::Add, a.at(0), a.at(1))
}
fn o_iconcat(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "iconcat", 2, 2)?;
    if !is_sequence(vm, a.at(0)) {
        return Err(vm.type_error(format!("'{}' object can't be concatenated", a.at(0).class().error_name())));
    }
    vm.inplace_op(BinOp::Add, a.at(0), a.at(1))
}
fn o_contains(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "contains", 2, 2)?;
    Ok(objmodel::bool_(vm.contains(a.at(0), a.at(1))?))
}
fn o_count_of(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "countOf", 2, 2)?;
    let it = vm.iter(a.at(0))?;
    let b = a.at(1);
    let mut n = 0i64;
    while let Some(x) = vm.next(it)? {
        if x.is(b) || vm.eq(x, b)? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}
fn o_index_of(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "indexOf", 2, 2)?;
    let it = vm.iter(a.at(0))?;
    let b = a.at(1);
    let mut n = 0i64;
    while let Some(x) = vm.next(it)? {
        if x.is(b) || vm.eq(x, b)? {
            return Ok(int::from_i64(n));
        }
        n += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}
fn o_getitem(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "getitem", 2, 2)?;
    vm.getitem(a.at(0), a.at(1))
}
fn o_setitem(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "setitem", 3, 3)?;
    vm.setitem(a.at(0), a.at(1), a.at(2))?;
    Ok(objmodel::none())
}
fn o_delitem(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "delitem", 2, 2)?;
    vm.delitem(a.at(0), a.at(1))?;
    Ok(objmodel::none())
}
fn o_call(vm: &mut Vm, a: Args) -> PyResult {
    if a.is_empty() {
        return Err(vm.type_error("call() missing 1 required positional argument: 'obj'"));
    }
    vm.call(a.at(0), a.rest())
}

fn o_length_hint(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "length_hint", 1, 2)?;
    let obj = a.at(0);
    let default = match a.get(1) {
        Some(d) => {
            if !int::is_int(d) {
                return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", d.class().error_name())));
            }
            d
        }
        None => Value::small(0),
    };
    if vm.lookup_special(obj.class(), vm.rt.names.__len__).is_some() {
        match vm.len(obj) {
            Ok(n) => return Ok(int::from_usize(n)),
            Err(e) if vm.err_matches(&e, vm.rt.exc.type_error) => {}
            Err(e) => return Err(e),
        }
    }
    let Some(h) = vm.lookup_special(obj.class(), vm.rt.names.__length_hint__) else {
        return Ok(default);
    };
    let r = match crate::ops::call::call_with_self(vm, h, obj, Args::new(&[])) {
        Ok(r) => r,
        Err(e) if vm.err_matches(&e, vm.rt.exc.type_error) => return Ok(default),
        Err(e) => return Err(e),
    };
    if r.is(objmodel::not_implemented()) {
        return Ok(default);
    }
    if !int::is_int(r) {
        return Err(vm.type_error(format!("__length_hint__ must be an integer, not {}", r.class().error_name())));
    }
    if int::sign(r) < 0 {
        return Err(vm.value_error("__length_hint__() should return >= 0"));
    }
    Ok(r)
}

// ----- itemgetter / attrgetter / methodcaller -----

/// Payload of the three callable classes: the items / dotted attribute paths / (name, args),
/// and for methodcaller the keyword dict.
pub struct Getter {
    items: Vec<Value>,
    kw: Value,
}

impl NativeData for Getter {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        for v in &self.items {
            visit(*v);
        }
        if !self.kw.is_null() {
            visit(self.kw);
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

static TYPES: OnceLock<[usize; 3]> = OnceLock::new();

fn getter(vm: &mut Vm, v: Value, what: &str) -> PyResult<&'static Getter> {
    if v.is_ptr() && v.header().kind() == Kind::Native {
        // SAFETY: kind Native has layout NativeObj; `v` is held by the caller.
        let n: &'static NativeObj = unsafe { v.cast::<NativeObj>() };
        if let Some(g) = n.data::<Getter>() {
            return Ok(g);
        }
    }
    Err(vm.type_error(format!("descriptor '__call__' requires a 'operator.{what}' object")))
}

fn cls_arg(vm: &mut Vm, a: &Args) -> PyResult<&'static TypeObj> {
    match a.get(0).and_then(crate::objects::type_::try_type) {
        Some(t) => Ok(t),
        None => Err(vm.type_error("__new__(X): X is not a type object")),
    }
}

fn itemgetter_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    let r = a.rest();
    r.no_kw(vm, "itemgetter")?;
    if r.is_empty() {
        return Err(vm.type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(objmodel::alloc::new_native(cls, Box::new(Getter { items: r.pos.to_vec(), kw: Value::NULL })))
}
fn itemgetter_call(vm: &mut Vm, a: Args) -> PyResult {
    let g = getter(vm, a.at(0), "itemgetter")?;
    let r = a.rest();
    r.check(vm, "itemgetter", 1, 1)?;
    let obj = r.at(0);
    if g.items.len() == 1 {
        return vm.getitem(obj, g.items[0]);
    }
    let mut out = Vec::with_capacity(g.items.len());
    for k in &g.items {
        out.push(vm.getitem(obj, *k)?);
    }
    Ok(tuple::new(&out))
}
fn itemgetter_repr(vm: &mut Vm, a: Args) -> PyResult {
    let g = getter(vm, a.at(0), "itemgetter")?;
    let mut parts = Vec::new();
    for k in &g.items {
        parts.push(vm.repr_string(*k)?);
    }
    Ok(pystr::new(&format!("{}({})", qualified(a.at(0)), parts.join(", "))))
}
fn itemgetter_reduce(vm: &mut Vm, a: Args) -> PyResult {
    let g = getter(vm, a.at(0), "itemgetter")?;
    Ok(tuple::new(&[a.at(0).class_value(), tuple::new(&g.items)]))
}

fn qualified(v: Value) -> String {
    let t = v.class();
    let m = pystr::as_str(t.module.get()).unwrap_or("operator");
    format!("{m}.{}", t.name_str())
}

fn attrgetter_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    let r = a.rest();
    r.no_kw(vm, "attrgetter")?;
    if r.is_empty() {
        return Err(vm.type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut items = Vec::with_capacity(r.len());
    for v in r.pos {
        let Some(s) = pystr::as_str(*v) else {
            return Err(vm.type_error("attribute name must be a string"));
        };
        // Each path is stored as a tuple of interned names.
        let parts: Vec<Value> = s.split('.').map(|p| vm.intern(p)).collect();
        items.push(tuple::new(&parts));
    }
    Ok(objmodel::alloc::new_native(cls, Box::new(Getter { items, kw: Value::NULL })))
}
fn attrgetter_call(vm: &mut Vm, a: Args) -> PyResult {
    let g = getter(vm, a.at(0), "attrgetter")?;
    let r = a.rest();
    r.check(vm, "attrgetter", 1, 1)?;
    let obj = r.at(0);
    let get = |vm: &mut Vm, path: Value| -> PyResult {
        let mut o = obj;
        for n in tuple::items(path) {
            o = vm.getattr(o, *n)?;
        }
        Ok(o)
    };
    if g.items.len() == 1 {
        return get(vm, g.items[0]);
    }
    let mut out = Vec::with_capacity(g.items.len());
    for p in &g.items {
        out.push(get(vm, *p)?);
    }
    Ok(tuple::new(&out))
}
fn attr_path(p: Value) -> String {
    tuple::items(p).iter().map(|v| pystr::as_str(*v).unwrap_or("")).collect::<Vec<_>>().join(".")
}
fn attrgetter_repr(vm: &mut Vm, a: Args) -> PyResult {
    let g = getter(vm, a.at(0), "attrgetter")?;
    let parts: Vec<String> = g.items.iter().map(|p| pystr::repr(&attr_path(*p))).collect();
    Ok(pystr::new(&format!("{}({})", qualified(a.at(0)), parts.join(", "))))
}
fn attrgetter_reduce(vm: &mut Vm, a: Args) -> PyResult {
    let g = getter(vm, a.at(0), "attrgetter")?;
    let names: Vec<Value> = g.items.iter().map(|p| pystr::new(&attr_path(*p))).collect();
    Ok(tuple::new(&[a.at(0).class_value(), tuple::new(&names)]))
}

fn methodcaller_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    let r = a.rest();
    if r.is_empty() {
        return Err(vm.type_error("methodcaller needs at least one argument, the method name"));
    }
    if !pystr::is_str(r.at(0)) {
        return Err(vm.type_error("method name must be a string"));
    }
    let mut items = r.pos.to_vec();
    items[0] = vm.rt.intern_value(items[0]);
    let kw = dict::new_dict();
    for (k, v) in r.kwnames.iter().zip(r.kwvals) {
        dict::set(vm, kw, *k, *v)?;
    }
    Ok(objmodel::alloc::new_native(cls, Box::new(Getter { items, kw })))
}
fn methodcaller_call(vm: &mut Vm, a: Args) -> PyResult {
    let g = getter(vm, a.at(0), "methodcaller")?;
    let r = a.rest();
    r.check(vm, "methodcaller", 1, 1)?;
    let m = vm.getattr(r.at(0), g.items[0])?;
    let items = dict::items(g.kw);
    let names: Vec<Value> = items.iter().map(|(k, _)| *k).collect();
    let vals: Vec<Value> = items.iter().map(|(_, v)| *v).collect();
    vm.call(m, Args::with_kw(&g.items[1..], &names, &vals))
}
fn methodcaller_repr(vm: &mut Vm, a: Args) -> PyResult {
    let g = getter(vm, a.at(0), "methodcaller")?;
    let mut parts = vec![vm.repr_string(g.items[0])?];
    for v in &g.items[1..] {
        parts.push(vm.repr_string(*v)?);
    }
    for (k, v) in dict::items(g.kw) {
        let ks = vm.str_string(k)?;
        let vs = vm.repr_string(v)?;
        parts.push(format!("{ks}={vs}"));
    }
    Ok(pystr::new(&format!("{}({})", qualified(a.at(0)), parts.join(", "))))
}

fn make_types() -> [&'static TypeObj; 3] {
    let t = |x: usize| crate::objects::type_::as_type(Value::from_raw(x));
    if let Some(ts) = TYPES.get() {
        return [t(ts[0]), t(ts[1]), t(ts[2])];
    }
    use crate::objects::define::{attr, method, method_flags};
    let obj = crate::runtime::rt().types.object;
    let mk = |name: &str, new: NativeFn, call: NativeFn, repr: NativeFn| {
        let ty = crate::runtime::bootstrap_type(name, obj, Kind::Native, objmodel::types::tflags::C_TYPE_NAME);
        let m = pystr::new("operator");
        ty.module.set(m);
        attr(ty, "__module__", m);
        method_flags(ty, "__new__", new, 0);
        method(ty, "__call__", call);
        method(ty, "__repr__", repr);
        ty
    };
    let ig = mk("itemgetter", itemgetter_new, itemgetter_call, itemgetter_repr);
    let ag = mk("attrgetter", attrgetter_new, attrgetter_call, attrgetter_repr);
    let mc = mk("methodcaller", methodcaller_new, methodcaller_call, methodcaller_repr);
    method(ig, "__reduce__", itemgetter_reduce);
    method(ag, "__reduce__", attrgetter_reduce);
    for ty in [ig, ag, mc] {
        crate::objects::type_::update_flags_from_dict(ty);
        ty.bump_version();
    }
    let _ = TYPES.set([ig.as_value().raw(), ag.as_value().raw(), mc.as_value().raw()]);
    [ig, ag, mc]
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let _ = vm;
    let (m, d) = super::util::new_module("operator");
    let fs: &[(&'static str, &'static str, NativeFn)] = &[
        ("abs", "__abs__", o_abs),
        ("add", "__add__", o_add),
        ("and_", "__and__", o_and),
        ("call", "__call__", o_call),
        ("concat", "__concat__", o_concat),
        ("contains", "__contains__", o_contains),
        ("countOf", "", o_count_of),
        ("delitem", "__delitem__", o_delitem),
        ("eq", "__eq__", o_eq),
        ("floordiv", "__floordiv__", o_floordiv),
        ("ge", "__ge__", o_ge),
        ("getitem", "__getitem__", o_getitem),
        ("gt", "__gt__", o_gt),
        ("iadd", "__iadd__", o_iadd),
        ("iand", "__iand__", o_iand),
        ("iconcat", "__iconcat__", o_iconcat),
        ("ifloordiv", "__ifloordiv__", o_ifloordiv),
        ("ilshift", "__ilshift__", o_ilshift),
        ("imatmul", "__imatmul__", o_imatmul),
        ("imod", "__imod__", o_imod),
        ("imul", "__imul__", o_imul),
        ("index", "__index__", o_index),
        ("indexOf", "", o_index_of),
        ("inv", "__inv__", o_inv),
        ("invert", "__invert__", o_invert),
        ("ior", "__ior__", o_ior),
        ("ipow", "__ipow__", o_ipow),
        ("irshift", "__irshift__", o_irshift),
        ("is_", "", o_is),
        ("is_not", "", o_is_not),
        ("isub", "__isub__", o_isub),
        ("itruediv", "__itruediv__", o_itruediv),
        ("ixor", "__ixor__", o_ixor),
        ("le", "__le__", o_le),
        ("length_hint", "", o_length_hint),
        ("lshift", "__lshift__", o_lshift),
        ("lt", "__lt__", o_lt),
        ("matmul", "__matmul__", o_matmul),
        ("mod", "__mod__", o_mod),
        ("mul", "__mul__", o_mul),
        ("ne", "__ne__", o_ne),
        ("neg", "__neg__", o_neg),
        ("not_", "__not__", o_not),
        ("or_", "__or__", o_or),
        ("pos", "__pos__", o_pos),
        ("pow", "__pow__", o_pow),
        ("rshift", "__rshift__", o_rshift),
        ("setitem", "__setitem__", o_setitem),
        ("sub", "__sub__", o_sub),
        ("truediv", "__truediv__", o_truediv),
        ("truth", "", o_truth),
        ("xor", "__xor__", o_xor),
    ];
    for (name, alias, f) in fs {
        let b = crate::ops::call::new_native_fn(name, *f, Value::NULL, 0);
        dict::set_by_name(d, name, b);
        if !alias.is_empty() {
            dict::set_by_name(d, alias, b);
        }
    }
    let [ig, ag, mc] = make_types();
    dict::set_by_name(d, "itemgetter", ig.as_value());
    dict::set_by_name(d, "attrgetter", ag.as_value());
    dict::set_by_name(d, "methodcaller", mc.as_value());
    let names: Vec<Value> = fs.iter().map(|(n, _, _)| pystr::new(n)).chain(["attrgetter", "itemgetter", "methodcaller"].iter().map(|n| pystr::new(n))).collect();
    dict::set_by_name(d, "__all__", crate::objects::list::new_list(&names));
    Ok(m)
}
