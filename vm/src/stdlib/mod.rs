//! The standard library: native modules (Rust) and pure-Python modules embedded in the binary
//! (`py/*.py`). `find` tells the importer how to create a module by name.

pub mod io;
pub mod io_abc;
mod io_state;
pub mod io_text;
pub mod modules_a;
pub mod modules_async;
pub mod modules_b;
pub mod modules_c;
pub mod modules_d;
pub mod modules_e;
pub mod modules_g;
pub mod modules_h;
pub mod sys;
pub mod thread;
pub mod source_map;
pub mod threads_py;

use objmodel::Value;

use crate::error::PyResult;
use crate::runtime::Runtime;
use crate::vm::Vm;

/// A native module: name and the function that creates it.
pub type NativeInit = fn(&mut Vm) -> PyResult<Value>;

/// Native (Rust) modules by name.
pub fn native_module(name: &str) -> Option<NativeInit> {
    Some(match name {
        "sys" => sys::make_module,
        "_io" | "io" => io::make_module,
        "_thread" => thread::make_module,
        _ => {
            return modules_a::native_module(name)
                .or_else(|| modules_b::native_module(name))
                .or_else(|| modules_c::native_module(name))
                .or_else(|| modules_d::native_module(name))
                .or_else(|| modules_e::native_module(name))
                .or_else(|| modules_g::native_module(name));
        }
    })
}

/// Pure-Python modules shipped in the binary: (name, source, is_package).
pub fn embedded_source(name: &str) -> Option<(&'static str, bool)> {
    threads_py::embedded_source(name)
        .or_else(|| modules_a::embedded_source(name))
        .or_else(|| modules_b::embedded_source(name))
        .or_else(|| modules_c::embedded_source(name))
        .or_else(|| modules_d::embedded_source(name))
        .or_else(|| modules_e::embedded_source(name))
        .or_else(|| modules_g::embedded_source(name))
        .or_else(|| modules_h::embedded_source(name))
        .or_else(|| modules_async::embedded_source(name))
}

/// Names of modules built into the binary (for `sys.builtin_module_names`).
pub fn builtin_names() -> Vec<&'static str> {
    vec!["builtins", "sys", "_io", "_thread"]
}

pub fn init(r: &'static Runtime) {
    io::init(r);
    thread::init(r);
    modules_a::init(r);
    modules_b::init(r);
    modules_c::init(r);
    modules_d::init(r);
    modules_e::init(r);
}

/// Roots held by native modules outside the heap.
pub fn for_each_root(f: &mut dyn FnMut(Value)) {
    sys::for_each_root(f);
    modules_a::for_each_root(f);
    modules_b::for_each_root(f);
    modules_c::for_each_root(f);
    modules_d::for_each_root(f);
    modules_e::for_each_root(f);
}

/// Work to do when the main program ends: wait for non-daemon threads
/// (`threading._shutdown`), then run `atexit` handlers (`atexit._run_exitfuncs`).
pub fn exit_hooks(vm: &mut Vm) {
    for (module, func) in [("threading", "_shutdown"), ("atexit", "_run_exitfuncs")] {
        let Some(m) = crate::objects::dict::get_by_name(vm.rt.sys_modules, module) else { continue };
        if let Ok(Some(f)) = vm.getattr_opt(m, vm.intern(func))
            && let Err(e) = vm.call0(f)
        {
            crate::interp::traceback::print_exception(vm, e.0);
        }
    }
}
