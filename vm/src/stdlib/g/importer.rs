//! `_pyrs_import`: where the import system would find a module, for `importlib.util` and
//! `importlib.machinery` (pyrs-nogil's own module; the search itself is `import.rs`'s).
//!
//! - `locate(fullname, path)`: `None` when the module cannot be found, else
//!   `(kind, origin, is_package)` with kind `'native'` (origin None), `'embedded'` (origin:
//!   the CPython library path it is compiled under) or `'file'` (origin: the file).
//!   `path` is the parent package's `__path__`, or None for a top-level name (`sys.path`).
//! - `embedded_source(fullname)`: the source of an embedded module, line anchors expanded
//!   (what its code objects' line numbers refer to), or None.

use objmodel::Value;

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{str as pystr, tuple};
use crate::stdlib::modules_a::util::{funcs, new_module};
use crate::vm::Vm;

fn locate(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "locate", 2, 2)?;
    let name = vm.str_string(a.at(0))?;
    let path = a.at(1);
    let found = |kind: &str, origin: Value, pkg: bool| tuple::new(&[pystr::new(kind), origin, objmodel::bool_(pkg)]);
    if !name.contains('.') && crate::stdlib::native_module(&name).is_some() {
        return Ok(found("native", objmodel::none(), false));
    }
    if let Some((_, is_pkg)) = crate::stdlib::embedded_source(&name) {
        let origin = crate::stdlib::source_map::stdlib_filename(&name, is_pkg);
        return Ok(found("embedded", pystr::new(&origin), is_pkg));
    }
    let dirs: Vec<std::path::PathBuf> = if path.is_none() {
        crate::import::sys_path(vm)
    } else {
        vm.collect(path)?.iter().filter_map(|v| pystr::as_str(*v)).map(std::path::PathBuf::from).collect()
    };
    let last = name.rsplit('.').next().unwrap_or(&name);
    Ok(match crate::import::find_on_path(&dirs, last) {
        Some((file, is_pkg)) => found("file", pystr::new(&file.to_string_lossy()), is_pkg),
        None => objmodel::none(),
    })
}

fn embedded_source(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "embedded_source", 1, 1)?;
    let name = vm.str_string(a.at(0))?;
    let Some((src, _)) = crate::stdlib::embedded_source(&name) else { return Ok(objmodel::none()) };
    let src = crate::stdlib::source_map::expand_anchors(src).map_err(|e| vm.new_error(vm.rt.exc.import_error, e))?;
    Ok(pystr::new(&src))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let _ = vm;
    let (m, d) = new_module("_pyrs_import");
    funcs(d, &[("locate", locate), ("embedded_source", embedded_source)]);
    Ok(m)
}
