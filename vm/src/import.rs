//! The import system: `import a.b.c`, `from . import x`, relative imports, packages, circular
//! imports (a partially initialised module is visible in `sys.modules`), native and embedded
//! standard-library modules, and user modules found on `sys.path` (script directory first,
//! then `PYTHONPATH`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use objmodel::Value;
use parking_lot::Mutex;

use crate::error::PyResult;
use crate::objects::{dict, int, list, module, str as pystr, tuple};
use crate::vm::Vm;

static SOURCES: Mutex<Option<HashMap<String, std::sync::Arc<str>>>> = Mutex::new(None);

/// Remember the source of a file or string we compiled (for traceback lines).
pub fn remember_source(filename: &str, src: &str) {
    SOURCES.lock().get_or_insert_with(HashMap::new).insert(filename.to_string(), src.into());
}

/// Forget a source `remember_source` kept (doctest's examples, once run).
pub fn forget_source(filename: &str) {
    if let Some(m) = SOURCES.lock().as_mut() {
        m.remove(filename);
    }
}

pub fn cached_source(filename: &str) -> Option<std::sync::Arc<str>> {
    SOURCES.lock().as_ref()?.get(filename).cloned()
}

fn module_not_found(vm: &mut Vm, name: &str) -> crate::error::PyErr {
    let msg = format!("No module named '{name}'");
    let cls = vm.rt.exc.module_not_found_error;
    import_error(vm, cls, &msg, name, None)
}

/// An `ImportError` (or subclass `cls`) with the attributes `ImportError.__init__` would set:
/// `msg`, `name` and `path` (`None` when there is no file).
fn import_error(
    vm: &mut Vm,
    cls: &'static objmodel::TypeObj,
    msg: &str,
    name: &str,
    path: Option<&str>,
) -> crate::error::PyErr {
    let e = vm.new_error(cls, msg.to_string());
    crate::objects::exceptions::set_attr(e.0, "msg", pystr::new(msg));
    crate::objects::exceptions::set_attr(e.0, "name", pystr::new(name));
    crate::objects::exceptions::set_attr(e.0, "path", path.map_or_else(objmodel::none, pystr::new));
    e
}

/// Resolve a relative module name.
fn resolve_name(vm: &mut Vm, name: &str, globals: Value, level: usize) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let package = match dict::get_by_name(globals, "__package__").and_then(pystr::as_str) {
        Some(p) if !p.is_empty() => p.to_string(),
        _ => {
            let modname = dict::get_by_name(globals, "__name__").and_then(pystr::as_str).unwrap_or("").to_string();
            if dict::get_by_name(globals, "__path__").is_some() {
                modname
            } else {
                modname.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
            }
        }
    };
    if package.is_empty() {
        return Err(vm.new_error(vm.rt.exc.import_error, "attempted relative import with no known parent package"));
    }
    let parts: Vec<&str> = package.split('.').collect();
    if level - 1 > parts.len() - 1 + 1 || level > parts.len() {
        return Err(vm.new_error(vm.rt.exc.import_error, "attempted relative import beyond top-level package"));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if name.is_empty() { base } else { format!("{base}.{name}") })
}

/// `IMPORT_NAME`.
pub fn import_name(vm: &mut Vm, name: Value, globals: Value, fromlist: Value, level: Value) -> PyResult {
    let name_s = pystr::as_str(name).unwrap_or("").to_string();
    let level = int::to_i64(level).unwrap_or(0).max(0) as usize;
    let full = resolve_name(vm, &name_s, globals, level)?;
    let module = import_module(vm, &full)?;
    let has_fromlist = !fromlist.is_null() && !fromlist.is_none() && vm.truthy(fromlist)?;
    if has_fromlist {
        // `from pkg import sub`: import submodules named in the fromlist if needed.
        if dict::get_by_name(module::module_dict(module), "__path__").is_some() {
            for item in vm.collect(fromlist)? {
                let Some(s) = pystr::as_str(item) else { continue };
                if s == "*" {
                    continue;
                }
                if vm.getattr_opt(module, item)?.is_none() {
                    let sub = format!("{full}.{s}");
                    match import_module(vm, &sub) {
                        Ok(_) => {}
                        Err(e) if vm.err_matches(&e, vm.rt.exc.module_not_found_error) => {}
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        return Ok(module);
    }
    if level == 0 {
        let top = full.split('.').next().unwrap_or("");
        return import_module(vm, top);
    }
    let top_len = name_s.split('.').next().map(|s| s.len()).unwrap_or(0);
    if name_s.is_empty() {
        return Ok(module);
    }
    let cut = full.len() - (name_s.len() - top_len);
    import_module(vm, &full[..cut])
}

/// `IMPORT_FROM`.
pub fn import_from(vm: &mut Vm, m: Value, name: Value) -> PyResult {
    if let Some(v) = vm.getattr_opt(m, name)? {
        return Ok(v);
    }
    let mname = if m.is_ptr() && m.header().kind() == objmodel::Kind::Module { module::module_name(m) } else { String::new() };
    let n = pystr::as_str(name).unwrap_or("?");
    let sub = format!("{mname}.{n}");
    if let Some(v) = dict::get_by_name(vm.rt.sys_modules, &sub) {
        return Ok(v);
    }
    let file = dict::get_by_name(module::module_dict(m), "__file__").and_then(pystr::as_str);
    let msg = match file {
        Some(f) => format!("cannot import name '{n}' from '{mname}' ({f})"),
        None => format!("cannot import name '{n}' from '{mname}' (unknown location)"),
    };
    let partially = dict::get_by_name(module::module_dict(m), "__initializing__").is_some();
    let msg = if partially {
        format!("cannot import name '{n}' from partially initialized module '{mname}' (most likely due to a circular import) ({})", file.unwrap_or("unknown location"))
    } else {
        msg
    };
    let cls = vm.rt.exc.import_error;
    Err(import_error(vm, cls, &msg, &mname, file))
}

/// Import a module by absolute dotted name, importing parents first.
pub fn import_module(vm: &mut Vm, full: &str) -> PyResult {
    if let Some(m) = dict::get_by_name(vm.rt.sys_modules, full) {
        if m.is_none() {
            return Err(module_not_found(vm, full));
        }
        return Ok(m);
    }
    if full.is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    let (parent, search): (Option<Value>, Vec<PathBuf>) = match full.rsplit_once('.') {
        Some((p, _)) => {
            let pm = import_module(vm, p)?;
            if let Some(m) = dict::get_by_name(vm.rt.sys_modules, full) {
                return Ok(m);
            }
            let path = dict::get_by_name(module::module_dict(pm), "__path__");
            let Some(path) = path else {
                let e = vm.new_error(
                    vm.rt.exc.module_not_found_error,
                    format!("No module named '{full}'; '{p}' is not a package"),
                );
                return Err(e);
            };
            let dirs: Vec<PathBuf> = vm.collect(path)?.iter().filter_map(|v| pystr::as_str(*v)).map(PathBuf::from).collect();
            (Some(pm), dirs)
        }
        None => (None, sys_path(vm)),
    };
    let last = full.rsplit('.').next().unwrap();
    let m = if parent.is_none()
        && let Some(init) = crate::stdlib::native_module(full)
    {
        let m = init(vm)?;
        dict::set_by_name(vm.rt.sys_modules, full, m);
        m
    } else if let Some((src, is_pkg)) = crate::stdlib::embedded_source(full) {
        let src = crate::stdlib::source_map::expand_anchors(src).map_err(|e| vm.new_error(vm.rt.exc.import_error, e))?;
        let filename = crate::stdlib::source_map::stdlib_filename(full, is_pkg);
        let m = exec_module_source(vm, full, &src, &filename, is_pkg, None)?;
        crate::stdlib::source_map::flag_native_classes(m, &src);
        m
    } else {
        match find_on_path(&search, last) {
            Some((file, is_pkg)) => {
                let src = std::fs::read_to_string(&file)
                    .map_err(|e| vm.new_error(vm.rt.exc.import_error, format!("cannot read {}: {e}", file.display())))?;
                let fname = file.to_string_lossy().to_string();
                let pkg_dir = if is_pkg { file.parent().map(|p| p.to_path_buf()) } else { None };
                exec_module_source(vm, full, &src, &fname, is_pkg, pkg_dir)?
            }
            None => return Err(module_not_found(vm, full)),
        }
    };
    if let Some(pm) = parent {
        vm.setattr_str(pm, last, m)?;
    }
    Ok(m)
}

pub(crate) fn sys_path(vm: &mut Vm) -> Vec<PathBuf> {
    let sys = dict::get_by_name(vm.rt.sys_modules, "sys");
    let Some(sys) = sys else { return vec![PathBuf::from(".")] };
    match dict::get_by_name(module::module_dict(sys), "path") {
        Some(p) if list::is_list(p) => list::to_vec(p).iter().filter_map(|v| pystr::as_str(*v)).map(PathBuf::from).collect(),
        _ => vec![PathBuf::from(".")],
    }
}

pub(crate) fn find_on_path(dirs: &[PathBuf], name: &str) -> Option<(PathBuf, bool)> {
    for d in dirs {
        let d = if d.as_os_str().is_empty() { Path::new(".") } else { d.as_path() };
        let pkg = d.join(name).join("__init__.py");
        if pkg.is_file() {
            return Some((pkg, true));
        }
        let f = d.join(format!("{name}.py"));
        if f.is_file() {
            return Some((f, false));
        }
    }
    None
}

/// Create module `name`, register it, and run `src` in it.
pub fn exec_module_source(
    vm: &mut Vm,
    name: &str,
    src: &str,
    filename: &str,
    is_pkg: bool,
    pkg_dir: Option<PathBuf>,
) -> PyResult {
    let m = module::new_module(name);
    let d = module::module_dict(m);
    if !filename.starts_with('<') {
        dict::set_by_name(d, "__file__", pystr::new(filename));
    }
    dict::set_by_name(d, "__builtins__", vm.rt.builtins);
    let package = if is_pkg { name.to_string() } else { name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default() };
    dict::set_by_name(d, "__package__", pystr::new(&package));
    dict::set_by_name(d, "__spec__", objmodel::none());
    dict::set_by_name(d, "__loader__", objmodel::none());
    if is_pkg {
        // Embedded packages have no directory: an empty __path__ (submodules are found by
        // their dotted names in the embedded registry).
        let path: Vec<Value> = pkg_dir.map(|p| pystr::new(&p.to_string_lossy())).into_iter().collect();
        dict::set_by_name(d, "__path__", list::new_list(&path));
    }
    dict::set_by_name(d, "__initializing__", objmodel::true_());
    dict::set_by_name(vm.rt.sys_modules, name, m);
    remember_source(filename, src);
    let r = (|| {
        let code = if crate::stdlib::source_map::is_stdlib_filename(filename) {
            let code = crate::compile::code_cache::compile_stdlib(src, filename)
                .map_err(|e| crate::builtins::introspect::syntax_error(vm, &e))?;
            crate::interp::code::new_code(code)
        } else {
            crate::builtins::introspect::compile_source(vm, src, filename, crate::compile::Mode::Exec)?
        };
        crate::interp::call::exec_code(vm, code, d, d)
    })();
    dict::remove_str(d, vm.intern("__initializing__"));
    if let Err(e) = r {
        dict::remove_str(vm.rt.sys_modules, vm.intern(name));
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    Ok(dict::get_by_name(vm.rt.sys_modules, name).unwrap_or(m))
}

#[allow(dead_code)]
fn _t(v: Value) -> bool {
    tuple::is_tuple(v)
}
