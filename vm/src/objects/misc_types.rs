//! Small built-in types: NoneType, ellipsis, NotImplementedType, function, method, cell,
//! property, classmethod, staticmethod, slice, builtin functions, code.

use objmodel::{Kind, Value};

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::function::{fixed, func, new_property};
use crate::objects::{str as pystr, type_};
use crate::vm::Vm;

fn none_repr(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(pystr::new("None"))
}
fn none_bool(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(objmodel::false_())
}
fn none_new(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() > 1 {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(objmodel::none())
}
/// `function(code, globals, name=None, argdefs=None, closure=None)` (`types.FunctionType`).
fn function_new(vm: &mut Vm, a: Args) -> PyResult {
    let [code, globals, name, argdefs, closure] =
        a.rest().bind(vm, "function", ["code", "globals", "name", "argdefs", "closure"], 5, 2)?;
    if !(code.is_ptr() && code.header().kind() == Kind::Code) {
        return Err(vm.type_error(format!("function() argument 'code' must be code, not {}", code.class().error_name())));
    }
    if !crate::objects::dict::is_dict(globals) {
        return Err(vm.type_error(format!("function() argument 'globals' must be dict, not {}", globals.class().error_name())));
    }
    let given = |v: Value| !v.is_null() && !v.is_none();
    if given(name) && !pystr::is_str(name) {
        return Err(vm.type_error("arg 3 (name) must be None or string"));
    }
    if given(argdefs) && crate::objects::tuple::as_items(argdefs).is_none() {
        return Err(vm.type_error("arg 4 (defaults) must be None or tuple"));
    }
    let nfree = crate::interp::code::rust_code(code).freevars.len();
    let ncells = if given(closure) {
        match crate::objects::tuple::as_items(closure) {
            Some(items) => items.len(),
            None => return Err(vm.type_error("arg 5 (closure) must be tuple")),
        }
    } else {
        0
    };
    let co = crate::interp::code::code_obj(code);
    if nfree > 0 && !given(closure) {
        return Err(vm.type_error("arg 5 (closure) must be tuple"));
    }
    if nfree != ncells {
        let cname = pystr::as_str(co.name.get()).unwrap_or("?").to_string();
        return Err(vm.value_error(format!("{cname} requires closure of length {nfree}, not {ncells}")));
    }
    let (qualname, fname) = if given(name) { (name, name) } else { (co.qualname.get(), co.name.get()) };
    let f = crate::objects::function::new_function(code, globals, qualname, fname);
    let fo = func(f);
    if given(argdefs) {
        fo.defaults.set(argdefs);
    }
    if ncells > 0 {
        fo.closure.set(closure);
    }
    if let Some(doc) = &crate::interp::code::rust_code(code).docstring {
        fo.doc.set(pystr::new(doc));
    }
    Ok(f)
}

/// `method(function, instance, /)` (`types.MethodType`): bind `function` to `instance`.
fn method_new(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "method")?;
    if a.len() != 3 {
        return Err(vm.type_error(format!("method expected 2 arguments, got {}", a.len() - 1)));
    }
    let (f, obj) = (a.at(1), a.at(2));
    if !vm.is_callable(f) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if obj.is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(crate::objects::function::new_bound_method(f, obj))
}
fn ellipsis_repr(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(pystr::new("Ellipsis"))
}
fn ni_repr(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(pystr::new("NotImplemented"))
}

fn func_repr(_vm: &mut Vm, a: Args) -> PyResult {
    let f = a.at(0);
    let q = pystr::as_str(func(f).qualname.get()).unwrap_or("?");
    Ok(pystr::new(&format!("<function {q} at {:#x}>", f.raw())))
}
fn func_get(_vm: &mut Vm, a: Args) -> PyResult {
    let (f, obj) = (a.at(0), a.get(1).unwrap_or_else(objmodel::none));
    if obj.is_none() {
        return Ok(f);
    }
    Ok(crate::objects::function::new_bound_method(f, obj))
}
macro_rules! func_slot {
    ($get:ident, $set:ident, $field:ident) => {
        fn $get(_vm: &mut Vm, a: Args) -> PyResult {
            let v = func(a.at(0)).$field.get();
            Ok(if v.is_null() { objmodel::none() } else { v })
        }
        fn $set(_vm: &mut Vm, a: Args) -> PyResult {
            let v = a.at(1);
            func(a.at(0)).$field.set(if v.is_none() && stringify!($field) != "doc" && stringify!($field) != "module" { Value::NULL } else { v });
            Ok(objmodel::none())
        }
    };
}
func_slot!(f_get_name, f_set_name, name);
func_slot!(f_get_qualname, f_set_qualname, qualname);
func_slot!(f_get_doc, f_set_doc, doc);
func_slot!(f_get_module, f_set_module, module);
func_slot!(f_get_defaults, f_set_defaults, defaults);
func_slot!(f_get_kwdefaults, f_set_kwdefaults, kwdefaults);
fn f_get_globals(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(func(a.at(0)).globals.get())
}
/// `f.__builtins__` (CPython's func_builtins): the `__builtins__` its globals name, as a dict
/// (a module's namespace for a module), or the interpreter's builtins when there is none.
fn f_get_builtins(vm: &mut Vm, a: Args) -> PyResult {
    let g = func(a.at(0)).globals.get();
    let b = if crate::objects::dict::is_dict(g) { crate::objects::dict::get_by_name(g, "__builtins__") } else { None };
    Ok(match b {
        Some(m) if m.is_ptr() && m.header().kind() == Kind::Module => crate::objects::module::module_dict(m),
        Some(d) if crate::objects::dict::is_dict(d) => d,
        _ => vm.rt.builtins_dict,
    })
}
/// `f.__dict__`: the function's attribute namespace, created on first use.
fn f_get_dict(vm: &mut Vm, a: Args) -> PyResult {
    match crate::ops::attr::instance_dict(a.at(0), true) {
        Some(d) => Ok(d),
        None => Err(vm.no_attribute(a.at(0), vm.rt.intern("__dict__"))),
    }
}
fn f_set_dict(vm: &mut Vm, a: Args) -> PyResult {
    let Some(v) = a.get(1).filter(|v| !v.is_null()) else {
        return Err(vm.type_error("cannot delete __dict__"));
    };
    if !crate::objects::dict::is_dict(v) {
        return Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{}'", v.class().error_name())));
    }
    if let Some(s) = crate::ops::attr::dict_slot(a.at(0)) {
        s.set(v);
    }
    Ok(objmodel::none())
}
fn f_get_code(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(func(a.at(0)).code.get())
}
fn f_get_closure(_vm: &mut Vm, a: Args) -> PyResult {
    let c = func(a.at(0)).closure.get();
    Ok(if c.is_null() { objmodel::none() } else { c })
}
fn f_get_annotations(vm: &mut Vm, a: Args) -> PyResult {
    let d = crate::ops::attr::instance_dict(a.at(0), true).unwrap();
    if let Some(v) = crate::objects::dict::get_by_name(d, "__annotations__") {
        return Ok(v);
    }
    let n = crate::objects::dict::new_dict();
    crate::objects::dict::set_by_name(d, "__annotations__", n);
    let _ = vm;
    Ok(n)
}

fn f_set_annotations(_vm: &mut Vm, a: Args) -> PyResult {
    let d = crate::ops::attr::instance_dict(a.at(0), true).unwrap();
    crate::objects::dict::set_by_name(d, "__annotations__", a.at(1));
    Ok(objmodel::none())
}

fn method_repr(vm: &mut Vm, a: Args) -> PyResult {
    let m = fixed(a.at(0));
    let (f, s) = (m.a.get(), m.b.get());
    let fname = match f.header().kind() {
        Kind::Function => pystr::as_str(func(f).qualname.get()).unwrap_or("?").to_string(),
        Kind::Builtin => crate::ops::call::builtin(f).name().to_string(),
        _ => "?".to_string(),
    };
    if f.header().kind() == Kind::Builtin {
        return Ok(pystr::new(&format!("<built-in method {fname} of {} object at {:#x}>", s.class().name_str(), s.raw())));
    }
    let sr = vm.repr_string(s)?;
    Ok(pystr::new(&format!("<bound method {fname} of {sr}>")))
}
fn method_func(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(fixed(a.at(0)).a.get())
}
fn method_self(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(fixed(a.at(0)).b.get())
}
fn method_eq(_vm: &mut Vm, a: Args) -> PyResult {
    let (x, y) = (a.at(0), a.at(1));
    if !(y.is_ptr() && y.header().kind() == Kind::BoundMethod) {
        return Ok(objmodel::not_implemented());
    }
    Ok(objmodel::bool_(fixed(x).a.get().is(fixed(y).a.get()) && fixed(x).b.get().is(fixed(y).b.get())))
}
fn method_getattr(vm: &mut Vm, a: Args) -> PyResult {
    // Attributes not found on the method object are looked up on the function.
    let f = fixed(a.at(0)).a.get();
    vm.getattr(f, a.at(1))
}

fn builtin_repr(_vm: &mut Vm, a: Args) -> PyResult {
    let b = crate::ops::call::builtin(a.at(0));
    let bound = b.bound.get();
    if !bound.is_null() && !bound.is_none() && bound.header().kind() != Kind::Module {
        return Ok(pystr::new(&format!(
            "<built-in method {} of {} object at {:#x}>",
            b.name(),
            bound.class().name_str(),
            bound.raw()
        )));
    }
    Ok(pystr::new(&crate::objects::builtin_names::unbound_repr(b)))
}
fn builtin_name(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(pystr::new(crate::ops::call::builtin(a.at(0)).name()))
}
/// `__module__` of a native: its module's name for a module function (CPython's `m_module`),
/// None for a method.
fn builtin_module(_vm: &mut Vm, a: Args) -> PyResult {
    let b = crate::ops::call::builtin(a.at(0));
    let bound = b.bound.get();
    if !bound.is_null() && bound.is_ptr() && bound.header().kind() == Kind::Module {
        return Ok(crate::objects::dict::get_by_name(crate::objects::module::module_dict(bound), "__name__").unwrap_or_else(objmodel::none));
    }
    let d = b.data.get();
    Ok(if !d.is_null() && pystr::is_str(d) { d } else { objmodel::none() })
}
fn builtin_qualname(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(pystr::new(&crate::objects::builtin_names::qualname(crate::ops::call::builtin(a.at(0)), None)))
}
/// A bound native's `__qualname__` names its receiver's type (CPython binds natives, not
/// method objects); a bound Python function's is the function's.
fn method_qualname(vm: &mut Vm, a: Args) -> PyResult {
    let m = fixed(a.at(0));
    let f = m.a.get();
    if f.is_ptr() && f.header().kind() == Kind::Builtin {
        return Ok(pystr::new(&crate::objects::builtin_names::qualname(crate::ops::call::builtin(f), Some(m.b.get()))));
    }
    vm.getattr(f, vm.rt.names.__qualname__)
}
fn builtin_get(_vm: &mut Vm, a: Args) -> PyResult {
    let (f, obj) = (a.at(0), a.get(1).unwrap_or_else(objmodel::none));
    let b = crate::ops::call::builtin(f);
    if obj.is_none() || b.flags & crate::ops::call::bflags::METHOD == 0 {
        return Ok(f);
    }
    Ok(crate::objects::descriptor_types::bind_native(f, obj))
}

fn property_new(vm: &mut Vm, a: Args) -> PyResult {
    let [fget, fset, fdel, doc] = a.rest().bind(vm, "property", ["fget", "fset", "fdel", "doc"], 4, 0)?;
    let n = |v: Value| if v.is_null() { objmodel::none() } else { v };
    let cls = type_::as_type(a.at(0));
    let p = objmodel::alloc::new_fixed(Kind::Property, cls, 0, n(fget), n(fset), n(fdel), Value::NULL);
    let doc = if doc.is_null() || doc.is_none() {
        let g = n(fget);
        if !g.is_none() { vm.getattr_opt(g, vm.rt.names.__doc__)?.unwrap_or_else(objmodel::none) } else { objmodel::none() }
    } else {
        doc
    };
    fixed(p).d.set(doc);
    Ok(p)
}
fn property_init(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(objmodel::none())
}
fn prop_copy(p: Value, which: usize, f: Value) -> Value {
    let o = fixed(p);
    let (mut g, mut s, mut d) = (o.a.get(), o.b.get(), o.c.get());
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    let np = objmodel::alloc::new_fixed(Kind::Property, p.class(), 0, g, s, d, o.d.get());
    crate::objects::function::set_property_bound_name(np, crate::objects::function::property_bound_name(p));
    np
}
fn property_getter(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(prop_copy(a.at(0), 0, a.at(1)))
}
fn property_setter(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(prop_copy(a.at(0), 1, a.at(1)))
}
fn property_deleter(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(prop_copy(a.at(0), 2, a.at(1)))
}
fn property_get(vm: &mut Vm, a: Args) -> PyResult {
    let obj = a.get(1).unwrap_or_else(objmodel::none);
    if obj.is_none() {
        return Ok(a.at(0));
    }
    crate::objects::function::property_get(vm, a.at(0), obj)
}
fn property_set(vm: &mut Vm, a: Args) -> PyResult {
    crate::objects::function::property_set(vm, a.at(0), a.at(1), a.at(2), vm.rt.names.empty)?;
    Ok(objmodel::none())
}
fn property_delete(vm: &mut Vm, a: Args) -> PyResult {
    crate::objects::function::property_set(vm, a.at(0), a.at(1), Value::NULL, vm.rt.names.empty)?;
    Ok(objmodel::none())
}
/// `property.__isabstractmethod__`: whether any of the accessors is abstract (CPython's
/// property_get___isabstractmethod__).
/// `property.__set_name__(owner, name)`: called when a class body binds the property. The
/// name appears in the "has no getter/setter/deleter" messages. (A name that is not a str is
/// not recorded: the messages then omit it.)
fn property_set_name(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "property.__set_name__")?;
    let n = a.len().saturating_sub(1);
    if n != 2 {
        return Err(vm.type_error(format!("__set_name__() takes 2 positional arguments but {n} were given")));
    }
    if pystr::is_str(a.at(2)) {
        crate::objects::function::set_property_bound_name(a.at(0), a.at(2));
    }
    Ok(objmodel::none())
}
fn property_isabstract(vm: &mut Vm, a: Args) -> PyResult {
    let o = fixed(a.at(0));
    for f in [o.a.get(), o.b.get(), o.c.get()] {
        if f.is_null() || f.is_none() {
            continue;
        }
        if let Some(v) = vm.getattr_opt(f, vm.rt.intern("__isabstractmethod__"))?
            && vm.truthy(v)?
        {
            return Ok(objmodel::true_());
        }
    }
    Ok(objmodel::false_())
}
fn property_fget(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(fixed(a.at(0)).a.get())
}
fn property_fset(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(fixed(a.at(0)).b.get())
}
fn property_fdel(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(fixed(a.at(0)).c.get())
}
fn property_doc(_vm: &mut Vm, a: Args) -> PyResult {
    let d = fixed(a.at(0)).d.get();
    Ok(if d.is_null() { objmodel::none() } else { d })
}

/// classmethod / staticmethod take one positional argument (`_PyArg_CheckPositional`).
fn wrapper_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<()> {
    a.no_kw(vm, name)?;
    match a.len() - 1 {
        1 => Ok(()),
        n => Err(vm.type_error(format!("{name} expected 1 argument, got {n}"))),
    }
}
fn wrapper_new(kind: Kind) -> crate::args::NativeFn {
    fn cm(vm: &mut Vm, a: Args) -> PyResult {
        wrapper_args(vm, &a, "classmethod")?;
        let cls = type_::as_type(a.at(0));
        Ok(objmodel::alloc::new_fixed(Kind::ClassMethod, cls, 0, a.at(1), Value::NULL, Value::NULL, Value::NULL))
    }
    fn sm(vm: &mut Vm, a: Args) -> PyResult {
        wrapper_args(vm, &a, "staticmethod")?;
        let cls = type_::as_type(a.at(0));
        Ok(objmodel::alloc::new_fixed(Kind::StaticMethod, cls, 0, a.at(1), Value::NULL, Value::NULL, Value::NULL))
    }
    if kind == Kind::ClassMethod { cm } else { sm }
}
fn wrapper_func(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(fixed(a.at(0)).a.get())
}
fn wrapper_init(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(objmodel::none())
}
fn cm_get(_vm: &mut Vm, a: Args) -> PyResult {
    let obj = a.get(1).unwrap_or_else(objmodel::none);
    let ty = match a.get(2) {
        Some(t) if !t.is_none() => t,
        _ => obj.class_value(),
    };
    Ok(crate::objects::function::new_bound_method(fixed(a.at(0)).a.get(), ty))
}
fn sm_get(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(fixed(a.at(0)).a.get())
}
/// `<staticmethod(<function f at 0x...>)>` (CPython 3.10+; `classmethod` likewise).
fn wrapper_repr(vm: &mut Vm, a: Args) -> PyResult {
    // CPython writes the base type's name, also for subclasses.
    let name = if a.at(0).header().kind() == Kind::ClassMethod { "classmethod" } else { "staticmethod" };
    let inner = vm.repr_string(fixed(a.at(0)).a.get())?;
    Ok(pystr::new(&format!("<{name}({inner})>")))
}
fn sm_call(vm: &mut Vm, a: Args) -> PyResult {
    let f = fixed(a.at(0)).a.get();
    vm.call(f, a.rest())
}
fn wrapper_dict(_vm: &mut Vm, a: Args) -> PyResult {
    let o = fixed(a.at(0));
    let mut d = o.b.get();
    if d.is_null() {
        d = crate::objects::dict::new_dict();
        o.b.set(d);
    }
    Ok(d)
}

fn cell_contents(vm: &mut Vm, a: Args) -> PyResult {
    let v = fixed(a.at(0)).a.get();
    if v.is_null() {
        return Err(vm.value_error("Cell is empty"));
    }
    Ok(v)
}

fn slice_new(vm: &mut Vm, a: Args) -> PyResult {
    a.rest().check(vm, "slice", 1, 3)?;
    let n = objmodel::none();
    let (s, e, st) = match a.len() - 1 {
        1 => (n, a.at(1), n),
        2 => (a.at(1), a.at(2), n),
        _ => (a.at(1), a.at(2), a.at(3)),
    };
    Ok(crate::objects::slice::new_slice(s, e, st))
}
fn slice_repr(vm: &mut Vm, a: Args) -> PyResult {
    let (s, e, st) = crate::objects::slice::parts(a.at(0));
    let r = format!("slice({}, {}, {})", vm.repr_string(s)?, vm.repr_string(e)?, vm.repr_string(st)?);
    Ok(pystr::new(&r))
}
fn slice_start(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(crate::objects::slice::parts(a.at(0)).0)
}
fn slice_stop(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(crate::objects::slice::parts(a.at(0)).1)
}
fn slice_step(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(crate::objects::slice::parts(a.at(0)).2)
}
fn slice_indices(vm: &mut Vm, a: Args) -> PyResult {
    if a.pos.len() != 2 || a.has_kw() {
        return Err(vm.type_error(format!("slice.indices() takes exactly one argument ({} given)", a.pos.len().saturating_sub(1))));
    }
    let n = vm.index_value(a.at(1))?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (s, e, st, _) = crate::objects::slice::indices(vm, a.at(0), n as usize)?;
    Ok(crate::objects::tuple::new(&[Value::small(s), Value::small(e), Value::small(st)]))
}
fn slice_eq(vm: &mut Vm, a: Args) -> PyResult {
    let (x, y) = (a.at(0), a.at(1));
    if !crate::objects::slice::is_slice(y) {
        return Ok(objmodel::not_implemented());
    }
    let (p, q) = (crate::objects::slice::parts(x), crate::objects::slice::parts(y));
    let t1 = crate::objects::tuple::new(&[p.0, p.1, p.2]);
    let t2 = crate::objects::tuple::new(&[q.0, q.1, q.2]);
    Ok(objmodel::bool_(vm.eq(t1, t2)?))
}

fn code_repr(_vm: &mut Vm, a: Args) -> PyResult {
    let c = crate::interp::code::rust_code(a.at(0));
    Ok(pystr::new(&format!("<code object {} at {:#x}, file \"{}\", line {}>", c.name, a.at(0).raw(), c.filename, c.first_line)))
}
fn code_name(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(crate::interp::code::code_obj(a.at(0)).name.get())
}
fn code_filename(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(crate::interp::code::code_obj(a.at(0)).filename.get())
}
fn code_varnames(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(crate::interp::code::code_obj(a.at(0)).varnames.get())
}
fn code_argcount(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(Value::small(crate::interp::code::rust_code(a.at(0)).argcount as i64))
}
fn code_firstlineno(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(Value::small(crate::interp::code::rust_code(a.at(0)).first_line as i64))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{getset, method, method_flags};
    let t = r.types;
    method_flags(t.none, "__new__", none_new, 0);
    method(t.none, "__repr__", none_repr);
    method(t.none, "__bool__", none_bool);
    method(t.ellipsis, "__repr__", ellipsis_repr);
    method(t.not_implemented, "__repr__", ni_repr);
    method(t.function, "__repr__", func_repr);
    for ty in [t.function, t.builtin_function, t.method] {
        method(ty, "__call__", |vm, a| vm.call(a.at(0), a.rest()));
    }
    method(t.function, "__get__", func_get);
    method_flags(t.function, "__new__", function_new, 0);
    getset(t.function, "__name__", f_get_name, Some(f_set_name));
    getset(t.function, "__qualname__", f_get_qualname, Some(f_set_qualname));
    getset(t.function, "__doc__", f_get_doc, Some(f_set_doc));
    getset(t.function, "__module__", f_get_module, Some(f_set_module));
    getset(t.function, "__defaults__", f_get_defaults, Some(f_set_defaults));
    getset(t.function, "__kwdefaults__", f_get_kwdefaults, Some(f_set_kwdefaults));
    getset(t.function, "__globals__", f_get_globals, None);
    getset(t.function, "__builtins__", f_get_builtins, None);
    getset(t.function, "__dict__", f_get_dict, Some(f_set_dict));
    getset(t.function, "__code__", f_get_code, None);
    getset(t.function, "__closure__", f_get_closure, None);
    getset(t.function, "__annotations__", f_get_annotations, Some(f_set_annotations));
    method_flags(t.method, "__new__", method_new, 0);
    method(t.method, "__repr__", method_repr);
    method(t.method, "__eq__", method_eq);
    method(t.method, "__getattr__", method_getattr);
    t.method.set_flag(objmodel::types::tflags::HAS_GETATTR);
    getset(t.method, "__func__", method_func, None);
    getset(t.method, "__self__", method_self, None);
    getset(t.method, "__qualname__", method_qualname, None);
    method(t.builtin_function, "__repr__", builtin_repr);
    method(t.builtin_function, "__get__", builtin_get);
    getset(t.builtin_function, "__name__", builtin_name, None);
    getset(t.builtin_function, "__qualname__", builtin_qualname, None);
    getset(t.builtin_function, "__module__", builtin_module, None);
    method_flags(t.property, "__new__", property_new, 0);
    method(t.property, "__init__", property_init);
    method(t.property, "getter", property_getter);
    method(t.property, "setter", property_setter);
    method(t.property, "deleter", property_deleter);
    method(t.property, "__get__", property_get);
    method(t.property, "__set__", property_set);
    method(t.property, "__delete__", property_delete);
    method(t.property, "__set_name__", property_set_name);
    getset(t.property, "__isabstractmethod__", property_isabstract, None);
    getset(t.property, "fget", property_fget, None);
    getset(t.property, "fset", property_fset, None);
    getset(t.property, "fdel", property_fdel, None);
    getset(t.property, "__doc__", property_doc, None);
    method_flags(t.classmethod, "__new__", wrapper_new(Kind::ClassMethod), 0);
    method_flags(t.staticmethod, "__new__", wrapper_new(Kind::StaticMethod), 0);
    for w in [t.classmethod, t.staticmethod] {
        method(w, "__init__", wrapper_init);
        getset(w, "__func__", wrapper_func, None);
        getset(w, "__wrapped__", wrapper_func, None);
        getset(w, "__dict__", wrapper_dict, None);
    }
    method(t.classmethod, "__get__", cm_get);
    method(t.staticmethod, "__get__", sm_get);
    method(t.classmethod, "__repr__", wrapper_repr);
    method(t.staticmethod, "__repr__", wrapper_repr);
    method(t.staticmethod, "__call__", sm_call);
    getset(t.cell, "cell_contents", cell_contents, None);
    method_flags(t.slice, "__new__", slice_new, 0);
    method(t.slice, "__repr__", slice_repr);
    method(t.slice, "indices", slice_indices);
    method(t.slice, "__eq__", slice_eq);
    getset(t.slice, "start", slice_start, None);
    getset(t.slice, "stop", slice_stop, None);
    getset(t.slice, "step", slice_step, None);
    method(t.code, "__repr__", code_repr);
    getset(t.code, "co_name", code_name, None);
    getset(t.code, "co_filename", code_filename, None);
    getset(t.code, "co_varnames", code_varnames, None);
    getset(t.code, "co_argcount", code_argcount, None);
    getset(t.code, "co_firstlineno", code_firstlineno, None);
    getset(t.code, "co_kwonlyargcount", |_vm, a| Ok(Value::small(crate::interp::code::rust_code(a.at(0)).kwonlyargcount as i64)), None);
    getset(t.code, "co_posonlyargcount", |_vm, a| Ok(Value::small(crate::interp::code::rust_code(a.at(0)).posonlyargcount as i64)), None);
    getset(t.code, "co_nlocals", |_vm, a| Ok(Value::small(crate::interp::code::rust_code(a.at(0)).varnames.len() as i64)), None);
    getset(t.code, "co_flags", |_vm, a| {
        use crate::bytecode::flags;
        let c = crate::interp::code::rust_code(a.at(0));
        // CPython's CO_* bit values.
        let mut f = 0;
        if c.has_flag(flags::FUNCTION) { f |= 0x1 | 0x2; }
        if c.has_flag(flags::VARARGS) { f |= 0x4; }
        if c.has_flag(flags::VARKEYWORDS) { f |= 0x8; }
        if c.has_flag(flags::COROUTINE) {
            f |= 0x80;
        } else if c.has_flag(flags::ASYNC_GENERATOR) {
            f |= 0x200;
        } else if c.has_flag(flags::GENERATOR) {
            f |= 0x20;
        }
        Ok(Value::small(f))
    }, None);
    getset(t.code, "co_consts", |_vm, a| Ok(crate::interp::code::code_obj(a.at(0)).consts.get()), None);
    getset(t.code, "co_names", |_vm, a| Ok(crate::interp::code::code_obj(a.at(0)).names.get()), None);
    getset(t.code, "co_qualname", |_vm, a| Ok(crate::interp::code::code_obj(a.at(0)).qualname.get()), None);
    getset(t.code, "co_cellvars", |_vm, a| {
        let c = crate::interp::code::rust_code(a.at(0));
        Ok(crate::objects::tuple::new(&c.cellvars.iter().map(|n| pystr::new(n)).collect::<Vec<_>>()))
    }, None);
    getset(t.code, "co_freevars", |_vm, a| {
        let c = crate::interp::code::rust_code(a.at(0));
        Ok(crate::objects::tuple::new(&c.freevars.iter().map(|n| pystr::new(n)).collect::<Vec<_>>()))
    }, None);
    let _ = new_property;
}
