//! The names CPython's `site` module adds to builtins at start-up (Lib/_sitebuiltins.py):
//! `exit` and `quit`, instances of `_sitebuiltins.Quitter`. Programs call `exit(n)` as often
//! as `sys.exit(n)`, so they must exist even though no `site` module runs here.
//!
//! A Quitter is a small fixed-shape object (kind `Iter`, like tracebacks and frames): field
//! `a` holds its name, `b` the end-of-file key named in its repr.

use objmodel::{Kind, TypeObj, Value};

use crate::args::Args;
use crate::error::{PyErr, PyResult};
use crate::objects::define::{attr, method};
use crate::objects::function::fixed;
use crate::objects::{dict, str as pystr};
use crate::runtime::Runtime;
use crate::vm::Vm;

/// `Quitter.__repr__`: "Use exit() or Ctrl-D (i.e. EOF) to exit".
fn quitter_repr(_vm: &mut Vm, a: Args) -> PyResult {
    let f = fixed(a.at(0));
    let name = pystr::as_str(f.a.get()).unwrap_or("exit");
    let eof = pystr::as_str(f.b.get()).unwrap_or("Ctrl-D (i.e. EOF)");
    Ok(pystr::new(&format!("Use {name}() or {eof} to exit")))
}

/// `Quitter.__call__(code=None)`: raise `SystemExit(code)`. CPython first closes
/// `sys.stdin`, ignoring errors; nothing can read it after the exit anyway.
fn quitter_call(vm: &mut Vm, a: Args) -> PyResult {
    // Quitter.__call__ is a Python method, `def __call__(self, code=None)`.
    let n = a.len();
    if n > 2 {
        return Err(vm.type_error(format!("Quitter.__call__() takes from 1 to 2 positional arguments but {n} were given")));
    }
    let mut code = a.get(1).unwrap_or(Value::NULL);
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        match pystr::as_str(*k) {
            Some("code") if code.is_null() => code = *v,
            Some("code") => return Err(vm.type_error("Quitter.__call__() got multiple values for argument 'code'")),
            name => {
                let name = name.unwrap_or("");
                return Err(vm.type_error(format!("Quitter.__call__() got an unexpected keyword argument '{name}'")));
            }
        }
    }
    let code = if code.is_null() { objmodel::none() } else { code };
    let e = crate::objects::exceptions::new_exception(vm.rt.exc.system_exit, &[code]);
    crate::objects::exceptions::set_attr(e, "code", code);
    Err(PyErr(e))
}

pub fn init(r: &'static Runtime) {
    let ty: &'static TypeObj = crate::runtime::bootstrap_type("Quitter", r.types.object, Kind::Iter, 0);
    let module = pystr::new("_sitebuiltins");
    ty.module.set(module);
    attr(ty, "__module__", module);
    method(ty, "__repr__", quitter_repr);
    method(ty, "__call__", quitter_call);
    crate::objects::type_::update_flags_from_dict(ty);
    ty.bump_version();
    let eof = pystr::new("Ctrl-D (i.e. EOF)");
    for name in ["exit", "quit"] {
        let q = objmodel::alloc::new_fixed(Kind::Iter, ty, 0, pystr::new(name), eof, Value::NULL, Value::NULL);
        dict::set_by_name(r.builtins_dict, name, q);
    }
}
