//! Attribute access on type objects (`type_getattro`) and the methods of `type`.

use objmodel::types::tflags;
use objmodel::{Kind, TypeObj, Value};

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{dict, function, str as pystr, tuple, type_};
use crate::ops::call::bflags;
use crate::vm::Vm;

/// Bind an attribute found in a class's MRO for access through the class itself.
fn bind_on_class(vm: &mut Vm, a: Value, cls: Value) -> PyResult {
    if !a.is_ptr() {
        return Ok(a);
    }
    match a.header().kind() {
        Kind::ClassMethod => Ok(function::new_bound_method(function::fixed(a).a.get(), cls)),
        Kind::StaticMethod => Ok(function::fixed(a).a.get()),
        Kind::Builtin if crate::ops::call::builtin(a).flags & bflags::CLASSMETHOD != 0 => {
            Ok(crate::objects::descriptor_types::bind_class_native(a, cls))
        }
        Kind::Object | Kind::Native if a.class().has_flag(tflags::HEAPTYPE) => {
            match vm.lookup_type_cached(a.class(), vm.rt.names.__get__) {
                Some(g) => vm.call(g, Args::new(&[a, objmodel::none(), cls])),
                None => Ok(a),
            }
        }
        _ => Ok(a),
    }
}

pub fn type_getattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let cls = type_::as_type(obj);
    let meta = obj.class();
    let meta_attr = vm.lookup_type_cached(meta, name);
    if let Some(m) = meta_attr
        && m.is_ptr()
        && m.header().kind() == Kind::Property
    {
        return function::property_get(vm, m, obj).map(Some);
    }
    if let Some(a) = vm.lookup_type_cached(cls, name) {
        return bind_on_class(vm, a, obj).map(Some);
    }
    match meta_attr {
        Some(m) => crate::ops::attr::bind(vm, m, obj, meta).map(Some),
        None => Ok(None),
    }
}

/// The docstring of built-in type `t` kept outside its dict (`type_docs::class_doc`).
fn static_type_doc(t: &TypeObj) -> Option<&'static str> {
    let module = pystr::as_str(t.module.get())?;
    crate::runtime::type_docs::class_doc(module, t.name_str())
}

pub fn type_setattr(vm: &mut Vm, obj: Value, name: Value, value: Value) -> PyResult<()> {
    let cls = type_::as_type(obj);
    if let Some(m) = vm.lookup_type_cached(obj.class(), name)
        && m.is_ptr()
        && m.header().kind() == Kind::Property
    {
        return function::property_set(vm, m, obj, value, name);
    }
    if !cls.has_flag(tflags::HEAPTYPE) {
        let n = pystr::as_str(name).unwrap_or("?");
        return Err(vm.type_error(format!(
            "cannot set '{n}' attribute of immutable type '{}'",
            cls.name_str()
        )));
    }
    let d = cls.dict.get();
    let key = vm.rt.intern_value(name);
    if key.is(vm.rt.names.__abstractmethods__) {
        // CPython's `type_set_abstractmethods`: the flag follows the value's truth.
        let abstract_ = !value.is_null() && vm.truthy(value)?;
        if abstract_ {
            cls.set_flag(tflags::IS_ABSTRACT);
        } else {
            cls.clear_flag(tflags::IS_ABSTRACT);
        }
    }
    if value.is_null() {
        if dict::remove_str(d, key).is_none() {
            return Err(vm.no_attribute(obj, name));
        }
    } else {
        dict::set_str(d, key, value);
    }
    type_::modified(cls);
    Ok(())
}

fn type_new(vm: &mut Vm, args: Args) -> PyResult {
    // type.__new__(meta, name, bases, ns)
    let meta = args.at(0);
    if args.pos.len() == 2 && meta.is(vm.rt.types.type_.as_value()) {
        return Ok(args.at(1).class_value());
    }
    if args.pos.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let (name, bases, ns) = (args.at(1), args.at(2), args.at(3));
    // type_new's clinic parser ("UO!O!:type.__new__") names the first wrong argument.
    for (i, v, ok, want) in [(1, name, pystr::is_str(name), "str"), (2, bases, tuple::is_tuple(bases), "tuple"), (3, ns, dict::is_dict(ns), "dict")] {
        if !ok {
            let got = if v.is_none() { "None".to_string() } else { v.class().name_str().to_string() };
            return Err(vm.type_error(format!("type.__new__() argument {i} must be {want}, not {got}")));
        }
    }
    let Some(mut mt) = type_::try_type(meta) else { return Err(vm.type_error("type.__new__(X): X is not a type object")) };
    // type_new: the most derived metaclass of `meta` and the bases' makes the class
    // (`type("X", (A,), {})` with A's metaclass M is an M); one with a __new__ of its own
    // makes it through that.
    let winner = type_::calculate_metaclass(vm, mt, tuple::items(bases))?;
    if !winner.is(mt) {
        let new = vm.rt.names.__new__;
        let own_new = vm.lookup_type_cached(winner, new);
        let type_new = vm.lookup_type_cached(vm.rt.types.type_, new);
        if let (Some(w), Some(t)) = (own_new, type_new)
            && !w.is(t)
        {
            let f = vm.getattr(winner.as_value(), new)?;
            let call_args = [winner.as_value(), name, bases, ns];
            return vm.call(f, Args::with_kw(&call_args, args.kwnames, args.kwvals));
        }
        mt = winner;
    }
    let mut ns2 = ns;
    if dict::get_str(ns, vm.rt.names.__module__).is_none() {
        ns2 = dict::copy(ns);
        let m = vm.frames.last().map(|f| f.globals).and_then(|g| dict::get_str(g, vm.rt.names.__name__));
        dict::set_str(ns2, vm.rt.names.__module__, m.unwrap_or_else(|| pystr::new("builtins")));
    }
    let cls = type_::new_class(vm, mt, name, tuple::items(bases), ns2)?;
    crate::builtins::build_class::finish_class(vm, cls, args.kwnames, args.kwvals)?;
    Ok(cls)
}

fn type_init(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(objmodel::none())
}

fn type_repr(vm: &mut Vm, args: Args) -> PyResult {
    let t = type_::as_type(args.at(0));
    let q = pystr::as_str(t.qualname.get()).unwrap_or("?");
    let m = pystr::as_str(t.module.get());
    let _ = vm;
    Ok(pystr::new(&match m {
        Some(m) if m != "builtins" => format!("<class '{m}.{q}'>"),
        _ => format!("<class '{q}'>"),
    }))
}

/// The type `type.name(t)` was called on, or CPython's error for a call without one
/// (`type.mro()`) or on a non-type (`type.mro(1)`).
fn self_type(vm: &mut Vm, args: &Args, name: &str) -> PyResult<&'static objmodel::TypeObj> {
    match args.get(0) {
        None => Err(vm.type_error(format!("unbound method type.{name}() needs an argument"))),
        Some(v) => type_::try_type(v).ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{name}' for 'type' objects doesn't apply to a '{}' object",
                v.class().error_name()
            ))
        }),
    }
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult {
    let t = self_type(vm, &args, "mro")?;
    Ok(crate::objects::list::new_list(tuple::items(t.mro.get())))
}

fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult {
    let t = self_type(vm, &args, "__subclasses__")?;
    Ok(crate::objects::list::new_list(tuple::items(t.subclasses.get())))
}

fn get_name(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(type_::as_type(args.at(0)).name.get())
}
fn set_name(vm: &mut Vm, args: Args) -> PyResult {
    let t = type_::as_type(args.at(0));
    if !pystr::is_str(args.at(1)) {
        return Err(vm.type_error("can only assign string to __name__"));
    }
    t.name.set(args.at(1));
    Ok(objmodel::none())
}
fn get_qualname(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(type_::as_type(args.at(0)).qualname.get())
}
fn set_qualname(_vm: &mut Vm, args: Args) -> PyResult {
    type_::as_type(args.at(0)).qualname.set(args.at(1));
    Ok(objmodel::none())
}
fn get_mro(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(type_::as_type(args.at(0)).mro.get())
}
fn get_bases(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(type_::as_type(args.at(0)).bases.get())
}
fn get_base(_vm: &mut Vm, args: Args) -> PyResult {
    let b = type_::as_type(args.at(0)).base.get();
    Ok(if b.is_null() { objmodel::none() } else { b })
}
fn get_dict(vm: &mut Vm, args: Args) -> PyResult {
    Ok(crate::objects::mappingproxy::new(vm, type_::as_type(args.at(0)).dict.get()))
}
fn get_module(_vm: &mut Vm, args: Args) -> PyResult {
    let t = type_::as_type(args.at(0));
    // `type` itself holds the `__module__` descriptor in its dict: that is no value.
    if let Some(m) = dict::get_by_name(t.dict.get(), "__module__")
        && !(m.is_ptr() && m.header().kind() == Kind::Property)
    {
        return Ok(m);
    }
    Ok(t.module.get())
}
fn set_module(_vm: &mut Vm, args: Args) -> PyResult {
    let t = type_::as_type(args.at(0));
    t.module.set(args.at(1));
    if t.has_flag(tflags::HEAPTYPE) {
        dict::set_by_name(t.dict.get(), "__module__", args.at(1));
    }
    Ok(objmodel::none())
}
fn get_doc(_vm: &mut Vm, args: Args) -> PyResult {
    let t = type_::as_type(args.at(0));
    if (!t.has_flag(tflags::HEAPTYPE) || t.has_flag(tflags::C_TYPE_NAME))
        && let Some(doc) = static_type_doc(t)
    {
        return Ok(pystr::new(doc));
    }
    let doc = dict::get_by_name(t.dict.get(), "__doc__").filter(|d| !(d.is_ptr() && d.header().kind() == Kind::Property));
    Ok(doc.unwrap_or_else(objmodel::none))
}
fn set_doc(vm: &mut Vm, args: Args) -> PyResult {
    let t = type_::as_type(args.at(0));
    if !t.has_flag(tflags::HEAPTYPE) {
        return Err(vm.type_error(format!("cannot set '__doc__' attribute of immutable type '{}'", t.name_str())));
    }
    dict::set_by_name(t.dict.get(), "__doc__", args.at(1));
    type_::modified(t);
    Ok(objmodel::none())
}
fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult {
    let t = type_::as_type(args.at(0));
    let _ = vm;
    Ok(objmodel::bool_(type_::isinstance(args.at(1), t)))
}
fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult {
    let t = type_::as_type(args.at(0));
    match type_::try_type(args.at(1)) {
        Some(s) => Ok(objmodel::bool_(type_::is_subtype(s, t))),
        None => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}
/// `X | Y` on classes: a `types.UnionType` (built by the `types` module).
fn type_or(vm: &mut Vm, a: Args) -> PyResult {
    union_or(vm, a.at(0), a.at(1))
}
fn type_ror(vm: &mut Vm, a: Args) -> PyResult {
    union_or(vm, a.at(1), a.at(0))
}
pub fn union_or(vm: &mut Vm, x: Value, y: Value) -> PyResult {
    let m = crate::import::import_module(vm, "types")?;
    let f = vm.getattr_str(m, "_union_or")?;
    vm.call(f, Args::new(&[x, y]))
}

/// `types.GenericAlias(cls, key)`: what `list[int]` and friends evaluate to.
pub fn generic_alias(vm: &mut Vm, cls: Value, key: Value) -> PyResult {
    let m = crate::import::import_module(vm, "types")?;
    let f = vm.getattr_str(m, "GenericAlias")?;
    vm.call(f, Args::new(&[cls, key]))
}

fn type_prepare(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(dict::new_dict())
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{getset, method, method_flags};
    let t = r.types.type_;
    method_flags(t, "__new__", type_new, 0);
    method(t, "__init__", type_init);
    method(t, "__call__", crate::objects::object::type_call);
    method(t, "__repr__", type_repr);
    method(t, "mro", type_mro);
    method(t, "__subclasses__", type_subclasses);
    method(t, "__instancecheck__", type_instancecheck);
    method(t, "__subclasscheck__", type_subclasscheck);
    method_flags(t, "__prepare__", type_prepare, bflags::CLASSMETHOD);
    method(t, "__or__", type_or);
    method(t, "__ror__", type_ror);
    getset(t, "__name__", get_name, Some(set_name));
    getset(t, "__qualname__", get_qualname, Some(set_qualname));
    getset(t, "__mro__", get_mro, None);
    getset(t, "__bases__", get_bases, None);
    getset(t, "__base__", get_base, None);
    getset(t, "__dict__", get_dict, None);
    getset(t, "__module__", get_module, Some(set_module));
    getset(t, "__doc__", get_doc, Some(set_doc));
    // The generic built-in containers' `__class_getitem__` (CPython's `Py_GenericAlias`).
    for g in [
        r.types.list,
        r.types.dict,
        r.types.tuple,
        r.types.set,
        r.types.frozenset,
        r.extra.enumerate,
        r.extra.mappingproxy,
        r.extra.async_generator,
        r.exc.base_exception_group,
    ] {
        method_flags(g, "__class_getitem__", class_getitem, bflags::CLASSMETHOD);
    }
}

/// `list.__class_getitem__(item)` and friends: `types.GenericAlias(cls, item)`.
pub fn class_getitem(vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kw() {
        return Err(vm.type_error("__class_getitem__() takes no keyword arguments"));
    }
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "__class_getitem__() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    generic_alias(vm, args.at(0), args.at(1))
}
