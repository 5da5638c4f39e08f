//! The names CPython's `site` module adds to builtins at start-up (Lib/_sitebuiltins.py):
//! `exit` and `quit` (instances of `_sitebuiltins.Quitter`), `copyright`, `credits` and
//! `license` (`_Printer`s) and `help` (a `_Helper`). Programs call `exit(n)` as often as
//! `sys.exit(n)`, so they must exist even though no `site` module runs here.
//!
//! Each is a small fixed-shape object (kind `Iter`, like tracebacks and frames). A Quitter's
//! field `a` holds its name, `b` the end-of-file key named in its repr. A _Printer's `a`
//! holds its name, `b` its text, `c` a tuple of file names whose first readable one replaces
//! the text (the license: CPython reads LICENSE.txt next to its standard library; this
//! standard library is embedded, so only the current directory, which CPython also searches,
//! is searched). The _Helper imports `pydoc` on its first call.

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

/// Lines a _Printer shows at once (CPython's `_Printer.MAXLINES`).
const PRINTER_MAXLINES: usize = 23;

/// The text of a _Printer: the first of its files found in the current directory, else its
/// own text; split into lines.
fn printer_lines(p: Value) -> Vec<String> {
    let f = fixed(p);
    let mut text = pystr::as_str(f.b.get()).unwrap_or("").to_string();
    let files = f.c.get();
    if !files.is_null() {
        for name in crate::objects::tuple::items(files) {
            if let Some(Ok(data)) = pystr::as_str(*name).map(std::fs::read_to_string) {
                text = data;
                break;
            }
        }
    }
    text.split('\n').map(str::to_string).collect()
}

/// `_Printer.__repr__`: the whole text when it is short, else how to show it.
fn printer_repr(_vm: &mut Vm, a: Args) -> PyResult {
    let lines = printer_lines(a.at(0));
    if lines.len() <= PRINTER_MAXLINES {
        return Ok(pystr::new(&lines.join("\n")));
    }
    let name = pystr::as_str(fixed(a.at(0)).a.get()).unwrap_or("");
    Ok(pystr::new(&format!("Type {name}() to see the full {name} text")))
}

/// `_Printer.__call__()`: print the text a page of MAXLINES lines at a time, asking with
/// `input` before each next page (Return for more, q to stop).
fn printer_call(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() > 1 || a.has_kw() {
        let n = a.len();
        return Err(vm.type_error(format!("_Printer.__call__() takes 1 positional argument but {n} were given")));
    }
    let lines = printer_lines(a.at(0));
    let print = dict::get_by_name(vm.rt.builtins_dict, "print").ok_or_else(|| vm.type_error("no print"))?;
    let input = dict::get_by_name(vm.rt.builtins_dict, "input").ok_or_else(|| vm.type_error("no input"))?;
    let prompt = pystr::new("Hit Return for more, or q (and Return) to quit: ");
    for chunk in lines.chunks(PRINTER_MAXLINES) {
        for line in chunk {
            vm.call1(print, pystr::new(line))?;
        }
        // Only the last page can be short; CPython asks after every full page, even a last one.
        if chunk.len() < PRINTER_MAXLINES {
            break;
        }
        loop {
            let key = vm.call1(input, prompt)?;
            match pystr::as_str(key) {
                Some("") => break,
                Some("q") => return Ok(objmodel::none()),
                _ => {}
            }
        }
    }
    Ok(objmodel::none())
}

/// `_Helper.__repr__`.
fn helper_repr(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(pystr::new("Type help() for interactive help, or help(object) for help about object."))
}

/// `_Helper.__call__(*args, **kwds)`: `pydoc.help(*args, **kwds)`.
fn helper_call(vm: &mut Vm, a: Args) -> PyResult {
    let pydoc = crate::import::import_module(vm, "pydoc")?;
    let help = vm.getattr(pydoc, pystr::new("help"))?;
    vm.call(help, a.rest())
}

/// A `_sitebuiltins` class of fixed-shape instances with the given repr and call.
fn site_type(r: &'static Runtime, name: &str, repr: crate::args::NativeFn, call: crate::args::NativeFn) -> &'static TypeObj {
    let ty: &'static TypeObj = crate::runtime::bootstrap_type(name, r.types.object, Kind::Iter, 0);
    let module = pystr::new("_sitebuiltins");
    ty.module.set(module);
    attr(ty, "__module__", module);
    method(ty, "__repr__", repr);
    method(ty, "__call__", call);
    crate::objects::type_::update_flags_from_dict(ty);
    ty.bump_version();
    ty
}

/// `credits`' text (CPython's, outside Jython).
const CREDITS: &str = "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.";

fn init_printers(r: &'static Runtime) {
    let printer = site_type(r, "_Printer", printer_repr, printer_call);
    let license_files = crate::objects::tuple::new(&[pystr::new("LICENSE.txt"), pystr::new("LICENSE")]);
    let copyright = crate::stdlib::sys::COPYRIGHT;
    let printers: [(&str, &str, Value); 3] = [
        ("copyright", copyright, Value::NULL),
        ("credits", CREDITS, Value::NULL),
        ("license", "See https://www.python.org/psf/license/", license_files),
    ];
    for (name, text, files) in printers {
        let p = objmodel::alloc::new_fixed(Kind::Iter, printer, 0, pystr::new(name), pystr::new(text), files, Value::NULL);
        dict::set_by_name(r.builtins_dict, name, p);
    }
    let helper = site_type(r, "_Helper", helper_repr, helper_call);
    let h = objmodel::alloc::new_fixed(Kind::Iter, helper, 0, Value::NULL, Value::NULL, Value::NULL, Value::NULL);
    dict::set_by_name(r.builtins_dict, "help", h);
}

pub fn init(r: &'static Runtime) {
    init_printers(r);
    let ty = site_type(r, "Quitter", quitter_repr, quitter_call);
    let eof = pystr::new("Ctrl-D (i.e. EOF)");
    for name in ["exit", "quit"] {
        let q = objmodel::alloc::new_fixed(Kind::Iter, ty, 0, pystr::new(name), eof, Value::NULL, Value::NULL);
        dict::set_by_name(r.builtins_dict, name, q);
    }
}
