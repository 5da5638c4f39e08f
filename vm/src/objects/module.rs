//! Module objects.

use objmodel::layout::ModuleObj;
use objmodel::{Kind, Value};

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{dict, str as pystr};
use crate::vm::Vm;

pub fn obj(m: Value) -> &'static ModuleObj {
    // SAFETY: callers pass module objects.
    unsafe { m.cast::<ModuleObj>() }
}

pub fn new_module_with_dict(name: Value, d: Value) -> Value {
    let m: &ModuleObj = objmodel::alloc::alloc_obj(Kind::Module, objmodel::builtin_types().module);
    m.dict.set(d);
    m.name.set(name);
    dict::set_by_name(d, "__name__", name);
    if dict::get_by_name(d, "__doc__").is_none() {
        dict::set_by_name(d, "__doc__", objmodel::none());
    }
    objmodel::alloc::value_of(m)
}

pub fn new_module(name: &str) -> Value {
    new_module_with_dict(pystr::new(name), dict::new_dict())
}

pub fn module_dict(m: Value) -> Value {
    obj(m).dict.get()
}

pub fn module_name(m: Value) -> String {
    let d = module_dict(m);
    dict::get_by_name(d, "__name__").and_then(pystr::as_str).unwrap_or("?").to_string()
}

pub fn module_getattr(vm: &mut Vm, m: Value, name: Value) -> PyResult<Option<Value>> {
    let d = module_dict(m);
    if let Some(v) = dict::get_str(d, name) {
        return Ok(Some(v));
    }
    // Attributes of the module type itself (`__dict__`, `__class__`, methods).
    let ty = m.class();
    if let Some(a) = vm.lookup_type_cached(ty, name) {
        return crate::ops::attr::bind(vm, a, m, ty).map(Some);
    }
    if let Some(ga) = dict::get_by_name(d, "__getattr__") {
        return vm.call1(ga, name).map(Some);
    }
    Ok(None)
}

fn module_repr(vm: &mut Vm, args: Args) -> PyResult {
    let m = args.at(0);
    let name = module_name(m);
    let d = module_dict(m);
    let _ = vm;
    Ok(pystr::new(&match dict::get_by_name(d, "__file__").and_then(pystr::as_str) {
        Some(f) => format!("<module '{name}' from '{f}'>"),
        // A module without a file is built in when the runtime made it natively; one made
        // by `types.ModuleType(name)` has neither a file nor a loader: `<module 'name'>`.
        None if name == "builtins" || crate::stdlib::native_module(&name).is_some() => {
            format!("<module '{name}' (built-in)>")
        }
        None => format!("<module '{name}'>"),
    }))
}

fn module_init(vm: &mut Vm, args: Args) -> PyResult {
    let [m, name, doc] = args.bind(vm, "module", ["self", "name", "doc"], 3, 2)?;
    let d = dict::new_dict();
    obj(m).dict.set(d);
    obj(m).name.set(name);
    dict::set_by_name(d, "__name__", name);
    dict::set_by_name(d, "__doc__", if doc.is_null() { objmodel::none() } else { doc });
    Ok(objmodel::none())
}

fn module_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = crate::objects::type_::as_type(args.at(0));
    let m: &ModuleObj = objmodel::alloc::alloc_obj(Kind::Module, cls);
    m.dict.set(dict::new_dict());
    let _ = vm;
    Ok(objmodel::alloc::value_of(m))
}

/// `module.__dir__()`: the module's own `__dir__` function if its namespace defines one (PEP
/// 562), else the namespace's keys.
fn module_dir(vm: &mut Vm, args: Args) -> PyResult {
    let d = module_dict(args.at(0));
    if let Some(f) = dict::get_by_name(d, "__dir__") {
        return vm.call(f, Args::new(&[]));
    }
    let mut keys = dict::keys(d);
    crate::objects::sort::sort_values(vm, &mut keys, None, false)?;
    Ok(crate::objects::list::new_list(&keys))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{method, method_flags};
    let t = r.types.module;
    method_flags(t, "__new__", module_new, 0);
    method(t, "__init__", module_init);
    method(t, "__repr__", module_repr);
    method(t, "__dir__", module_dir);
}
