//! `object` and `type` call machinery: instance creation (`object.__new__`), `type.__call__`
//! (`__new__` then `__init__`), the default repr, and `object`'s methods.

use objmodel::layout::{ExceptionObj, ObjectObj};
use objmodel::types::tflags;
use objmodel::{Kind, TypeObj, Value};

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{dict, exceptions, str as pystr, tuple, type_};
use crate::ops::call::{bflags, call_with_self};
use crate::vm::Vm;

/// `<module.Qualname object at 0x...>`
pub fn default_repr(v: Value) -> String {
    let t = v.class();
    let q = pystr::as_str(t.qualname.get()).unwrap_or("?");
    let m = pystr::as_str(t.module.get());
    match m {
        Some(m) if m != "builtins" => format!("<{m}.{q} object at {:#x}>", v.raw()),
        _ => format!("<{q} object at {:#x}>", v.raw()),
    }
}

/// Allocate a bare instance of `cls` according to its layout kind.
pub fn alloc_instance(vm: &mut Vm, cls: &'static TypeObj) -> PyResult {
    let obj = alloc_instance_of_kind(vm, cls)?;
    if cls.has_flag(objmodel::types::tflags::HAS_DEL) {
        crate::finalize::register(obj);
    }
    Ok(obj)
}

fn alloc_instance_of_kind(vm: &mut Vm, cls: &'static TypeObj) -> PyResult {
    Ok(match cls.instance_kind() {
        Kind::Object if cls.has_flag(tflags::MIXED_SLOTS) => {
            // One more word for the slot table (slots.rs `slot_table`), zeroed = no table yet.
            let h = objmodel::alloc::alloc_raw(std::mem::size_of::<ObjectObj>() + 8, Kind::Object, cls);
            Value::from_header(h.as_ptr())
        }
        Kind::Object => objmodel::alloc::value_of(objmodel::alloc::alloc_obj::<ObjectObj>(Kind::Object, cls)),
        Kind::Exception => {
            let e: &ExceptionObj = objmodel::alloc::alloc_obj(Kind::Exception, cls);
            e.args.set(tuple::empty());
            objmodel::alloc::value_of(e)
        }
        Kind::List => crate::objects::list::new_list_with_class(&[], cls),
        Kind::Dict => dict::new_dict_with_class(cls),
        Kind::Set | Kind::FrozenSet => crate::objects::set::new_set_with_class(cls, cls.instance_kind()),
        k => {
            return Err(vm.type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__() (layout {k:?})",
                cls.name_str(),
                type_::solid(cls).name_str()
            )));
        }
    })
}

fn is_object_builtin(v: Option<Value>, f: crate::args::NativeFn) -> bool {
    match v {
        Some(b) if b.is_ptr() && b.header().kind() == Kind::Builtin => {
            crate::ops::call::builtin(b).func == f as usize
        }
        _ => false,
    }
}

/// `object.__new__(cls, *args, **kw)`
pub fn object_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.get(0).and_then(type_::try_type) else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    if args.pos.len() > 1 || args.has_kw() {
        let init = vm.lookup_type_cached(cls, vm.rt.names.__init__);
        if is_object_builtin(init, object_init) {
            return Err(vm.type_error(format!("{}() takes no arguments", cls.name_str())));
        }
    }
    if cls.has_flag(objmodel::types::tflags::IS_ABSTRACT) {
        return Err(abstract_error(vm, cls));
    }
    alloc_instance(vm, cls)
}

/// The TypeError of `object.__new__` for a class with abstract methods (CPython 3.11's text).
#[cold]
fn abstract_error(vm: &mut Vm, cls: &TypeObj) -> crate::error::PyErr {
    let names = match dict::get_by_name(cls.dict.get(), "__abstractmethods__") {
        Some(a) => match vm.collect(a) {
            Ok(v) => v,
            Err(e) => return e,
        },
        None => Vec::new(),
    };
    let mut names: Vec<String> = names.iter().map(|n| pystr::as_str(*n).unwrap_or("?").to_string()).collect();
    names.sort();
    vm.type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        cls.name_str(),
        if names.len() > 1 { "s" } else { "" },
        names.join(", ")
    ))
}

/// `object.__init__(self, *args, **kw)`
pub fn object_init(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() > 1 || args.has_kw() {
        let cls = args.at(0).class();
        let new = vm.lookup_type_cached(cls, vm.rt.names.__new__);
        if is_object_builtin(new, object_new) {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                cls.name_str()
            )));
        }
    }
    Ok(objmodel::none())
}

/// Calling a class: `type.__call__`.
pub fn call_type(vm: &mut Vm, cls_v: Value, args: Args) -> PyResult {
    let cls = type_::as_type(cls_v);
    let meta = cls_v.class();
    if !meta.is(vm.rt.types.type_)
        && let Some(c) = vm.lookup_type_cached(meta, vm.rt.names.__call__)
        && !is_object_builtin(Some(c), type_call)
    {
        return call_with_self(vm, c, cls_v, args);
    }
    type_call_impl(vm, cls_v, cls, args)
}

/// `type.__call__(cls, *args, **kw)` as a native method.
pub fn type_call(vm: &mut Vm, args: Args) -> PyResult {
    let cls_v = args.at(0);
    let Some(cls) = type_::try_type(cls_v) else {
        let got = cls_v.class().error_name();
        return Err(vm.type_error(format!("descriptor '__call__' requires a 'type' object but received a '{got}'")));
    };
    type_call_impl(vm, cls_v, cls, args.rest())
}

fn type_call_impl(vm: &mut Vm, cls_v: Value, cls: &'static TypeObj, args: Args) -> PyResult {
    if cls.is(vm.rt.types.type_) && args.pos.len() == 1 && !args.has_kw() {
        return Ok(args.at(0).class_value());
    }
    let new = vm.lookup_type_cached(cls, vm.rt.names.__new__);
    let obj = match new {
        Some(n) => {
            let f = match n.header().kind() {
                Kind::StaticMethod => crate::objects::function::fixed(n).a.get(),
                _ => n,
            };
            call_with_self(vm, f, cls_v, args)?
        }
        None if cls.has_flag(objmodel::types::tflags::IS_ABSTRACT) => return Err(abstract_error(vm, cls)),
        None => alloc_instance(vm, cls)?,
    };
    // Instances of built-in layouts (int, str, ... subclasses) are made by their own `__new__`.
    if cls.has_flag(objmodel::types::tflags::HAS_DEL) && obj.is_ptr() && obj.class().is(cls) {
        crate::finalize::register(obj);
    }
    if !type_::isinstance(obj, cls) {
        return Ok(obj);
    }
    let ty = obj.class();
    if let Some(init) = vm.lookup_type_cached(ty, vm.rt.names.__init__)
        && !is_object_builtin(Some(init), object_init)
    {
        let r = call_with_self(vm, init, obj, args)?;
        if !r.is_none() {
            return Err(vm.type_error(format!("__init__() should return None, not '{}'", r.class().error_name())));
        }
    } else if args.pos.len() > 0 || args.has_kw() {
        let new_is_object = is_object_builtin(new, object_new);
        if new_is_object {
            return Err(vm.type_error(format!("{}() takes no arguments", cls.name_str())));
        }
    }
    Ok(obj)
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult {
    let _ = vm;
    Ok(pystr::new(&default_repr(args.at(0))))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult {
    vm.repr(args.at(0))
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult {
    check_one_other(vm, &args)?;
    Ok(if args.at(0).is(args.at(1)) { objmodel::true_() } else { objmodel::not_implemented() })
}

/// `object.__lt__`/`__le__`/`__gt__`/`__ge__`: object orders nothing (CPython's
/// `object_richcompare` gives NotImplemented, so the reflected method or the TypeError follows).
fn object_order(vm: &mut Vm, args: Args) -> PyResult {
    check_one_other(vm, &args)?;
    Ok(objmodel::not_implemented())
}

/// A rich comparison's arguments: self and exactly one other.
fn check_one_other(vm: &mut Vm, args: &Args) -> PyResult<()> {
    if args.pos.len() != 2 || args.has_kw() {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.pos.len().saturating_sub(1))));
    }
    Ok(())
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult {
    check_one_other(vm, &args)?;
    let (a, b) = (args.at(0), args.at(1));
    let r = match vm.call_method_special(a, vm.rt.names.__eq__, &[b])? {
        Some(r) => r,
        None => return Ok(objmodel::not_implemented()),
    };
    if r.is_not_implemented() {
        return Ok(r);
    }
    Ok(objmodel::bool_(!vm.truthy(r)?))
}

fn object_hash(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(crate::objects::int::from_i64(crate::numeric::hash::hash_pointer(args.at(0).raw())))
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__getattribute__", 2, 2)?;
    let (o, n) = (args.at(0), args.at(1));
    if !pystr::is_str(n) {
        return Err(vm.type_error(format!("attribute name must be string, not '{}'", n.class().error_name())));
    }
    match vm.generic_getattr(o, n)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(o, n)),
    }
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__setattr__", 3, 3)?;
    vm.generic_setattr(args.at(0), args.at(1), args.at(2))?;
    Ok(objmodel::none())
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__delattr__", 2, 2)?;
    vm.generic_setattr(args.at(0), args.at(1), Value::NULL)?;
    Ok(objmodel::none())
}

fn object_get_class(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(args.at(0).class_value())
}

fn object_set_class(vm: &mut Vm, args: Args) -> PyResult {
    let (o, c) = (args.at(0), args.at(1));
    let Some(t) = type_::try_type(c) else {
        return Err(vm.type_error(format!("__class__ must be set to a class, not '{}' object", c.class().error_name())));
    };
    if !t.has_flag(tflags::HEAPTYPE) || !o.class().has_flag(tflags::HEAPTYPE) {
        return Err(vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    let old = o.class();
    if t.instance_kind() != o.header().kind() || !type_::same_layout(old, t) {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            t.name_str(),
            old.name_str()
        )));
    }
    o.header().set_class(t);
    Ok(objmodel::none())
}

pub(crate) fn object_get_dict(vm: &mut Vm, args: Args) -> PyResult {
    let o = args.at(0);
    if o.class().has_flag(tflags::SLOTS_ONLY) {
        return Err(vm.attribute_error(format!("'{}' object has no attribute '__dict__'", o.class().error_name())));
    }
    match crate::ops::attr::instance_dict(o, true) {
        Some(d) => Ok(d),
        None => Err(vm.attribute_error(format!("'{}' object has no attribute '__dict__'", o.class().error_name()))),
    }
}

pub(crate) fn object_set_dict(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d) = (args.at(0), args.at(1));
    if !dict::is_dict(d) {
        return Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{}'", d.class().error_name())));
    }
    match crate::ops::attr::dict_slot(o) {
        Some(s) => {
            s.set(d);
            Ok(objmodel::none())
        }
        None => Err(vm.attribute_error(format!("'{}' object has no attribute '__dict__'", o.class().error_name()))),
    }
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__format__", 2, 2)?;
    let spec = pystr::as_str(args.at(1)).unwrap_or("");
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            args.at(0).class().name_str()
        )));
    }
    vm.str(args.at(0))
}

/// `object.__init_subclass__()`: a class method taking no arguments, so keywords a class
/// statement passes that no `__init_subclass__` consumed end up here as an error.
fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult {
    let qualname = || {
        let cls = args.at(0);
        let t = type_::try_type(cls).unwrap_or_else(|| cls.class());
        format!("{}.__init_subclass__", pystr::as_str(t.qualname.get()).unwrap_or("?"))
    };
    if args.has_kw() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", qualname())));
    }
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!("{}() takes no arguments ({} given)", qualname(), args.pos.len() - 1)));
    }
    Ok(objmodel::none())
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::introspect::dir_of(vm, args.at(0))
}

fn object_sizeof(_vm: &mut Vm, args: Args) -> PyResult {
    let o = args.at(0);
    Ok(crate::objects::int::from_usize(if o.is_ptr() { o.header().size() } else { 28 }))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{getset, method, method_flags};
    let t = r.types.object;
    method_flags(t, "__new__", object_new, 0);
    method(t, "__init__", object_init);
    method(t, "__repr__", object_repr);
    method(t, "__str__", object_str);
    method(t, "__eq__", object_eq);
    method(t, "__ne__", object_ne);
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        method(t, name, object_order);
    }
    method(t, "__hash__", object_hash);
    method(t, "__getattribute__", object_getattribute);
    method(t, "__setattr__", object_setattr);
    method(t, "__delattr__", object_delattr);
    method(t, "__format__", object_format);
    method_flags(t, "__init_subclass__", object_init_subclass, bflags::CLASSMETHOD);
    method(t, "__dir__", object_dir);
    method_flags(t, "__subclasshook__", |_vm, _a| Ok(objmodel::not_implemented()), bflags::CLASSMETHOD);
    method(t, "__reduce_ex__", super::object_reduce::reduce_ex);
    method(t, "__reduce__", super::object_reduce::reduce);
    method(t, "__getstate__", super::object_reduce::getstate);
    method(t, "__sizeof__", object_sizeof);
    getset(t, "__class__", object_get_class, Some(object_set_class));
    getset(t, "__dict__", object_get_dict, Some(object_set_dict));
    let _ = exceptions::new_exception;
}
