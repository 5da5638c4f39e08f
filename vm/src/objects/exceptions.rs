//! Exception objects (`BaseException` and subclasses): construction, attributes and the
//! methods of `BaseException`, with CPython's `str()`/`repr()` rules (Objects/exceptions.c).

use objmodel::layout::ExceptionObj;
use objmodel::{Kind, TypeObj, Value};

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{dict, str as pystr, tuple, type_};
use crate::vm::Vm;

pub fn obj(e: Value) -> &'static ExceptionObj {
    debug_assert!(e.is_ptr() && e.header().kind() == Kind::Exception);
    // SAFETY: kind Exception has layout ExceptionObj.
    unsafe { e.cast::<ExceptionObj>() }
}

pub fn is_exception(v: Value) -> bool {
    v.is_ptr() && v.header().kind() == Kind::Exception
}

/// A new exception instance of type `ty` with `args` (no `__init__` call).
pub fn new_exception(ty: &TypeObj, args: &[Value]) -> Value {
    let e: &ExceptionObj = objmodel::alloc::alloc_obj(Kind::Exception, ty);
    e.args.set(tuple::new(args));
    objmodel::alloc::value_of(e)
}

pub fn args(e: Value) -> &'static [Value] {
    tuple::items(obj(e).args.get())
}

/// Set an attribute in the exception's `__dict__` (name, value, filename...).
pub fn set_attr(e: Value, name: &str, v: Value) {
    if let Some(d) = crate::ops::attr::instance_dict(e, true) {
        dict::set_by_name(d, name, v);
    }
}

pub fn get_attr(e: Value, name: &str) -> Option<Value> {
    let d = obj(e).dict.get();
    if d.is_null() { None } else { dict::get_by_name(d, name) }
}

/// `str(exc)` following CPython per type.
pub fn exc_str(vm: &mut Vm, e: Value) -> PyResult<String> {
    let r = vm.str(e)?;
    Ok(pystr::as_str(r).unwrap().to_string())
}

fn base_str(vm: &mut Vm, a: Args) -> PyResult {
    let e = a.at(0);
    let args = args(e);
    match args.len() {
        0 => Ok(pystr::new("")),
        1 => vm.str(args[0]),
        _ => vm.repr(obj(e).args.get()),
    }
}

fn base_repr(vm: &mut Vm, a: Args) -> PyResult {
    let e = a.at(0);
    let name = e.class().name_str().to_string();
    let args = args(e);
    let inner = match args.len() {
        1 => vm.repr_string(args[0])?,
        _ => {
            let r = vm.repr_string(obj(e).args.get())?;
            if args.is_empty() { String::new() } else { r[1..r.len() - 1].to_string() }
        }
    };
    let inner = if args.len() > 1 { inner.trim_end_matches(',').to_string() } else { inner };
    Ok(pystr::new(&format!("{name}({inner})")))
}

fn key_error_str(vm: &mut Vm, a: Args) -> PyResult {
    let e = a.at(0);
    let args = args(e);
    if args.len() == 1 {
        return vm.repr(args[0]);
    }
    base_str(vm, a)
}

fn base_new(vm: &mut Vm, a: Args) -> PyResult {
    let Some(cls) = a.get(0).and_then(type_::try_type) else {
        return Err(vm.type_error("BaseException.__new__(X): X is not a type object"));
    };
    let e = crate::objects::object::alloc_instance(vm, cls)?;
    obj(e).args.set(tuple::new(&a.pos[1..]));
    Ok(e)
}

fn base_init(vm: &mut Vm, a: Args) -> PyResult {
    let e = a.at(0);
    if a.has_kw() && e.class().is(vm.rt.exc.base_exception) {
        return Err(vm.type_error("BaseException() takes no keyword arguments"));
    }
    obj(e).args.set(tuple::new(&a.pos[1..]));
    Ok(objmodel::none())
}

fn get_args(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(obj(a.at(0)).args.get())
}
fn set_args(vm: &mut Vm, a: Args) -> PyResult {
    let items = vm.collect(a.at(1))?;
    obj(a.at(0)).args.set(tuple::new(&items));
    Ok(objmodel::none())
}
fn or_none(v: Value) -> Value {
    if v.is_null() { objmodel::none() } else { v }
}
fn get_tb(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(crate::interp::traceback::traceback_object(a.at(0)))
}
fn set_tb(vm: &mut Vm, a: Args) -> PyResult {
    let v = a.at(1);
    if v.is_none() {
        obj(a.at(0)).traceback.set(Value::NULL);
    } else if !crate::interp::traceback::copy_from_tb(a.at(0), v) {
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    }
    Ok(objmodel::none())
}
fn get_cause(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(or_none(obj(a.at(0)).cause.get()))
}
fn set_cause(_vm: &mut Vm, a: Args) -> PyResult {
    let e = obj(a.at(0));
    e.cause.set(if a.at(1).is_none() { Value::NULL } else { a.at(1) });
    e.suppress_context.set(1);
    Ok(objmodel::none())
}
fn get_context(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(or_none(obj(a.at(0)).context.get()))
}
fn set_context(_vm: &mut Vm, a: Args) -> PyResult {
    obj(a.at(0)).context.set(if a.at(1).is_none() { Value::NULL } else { a.at(1) });
    Ok(objmodel::none())
}
fn get_suppress(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(objmodel::bool_(obj(a.at(0)).suppress_context.get() != 0))
}
fn set_suppress(vm: &mut Vm, a: Args) -> PyResult {
    let b = vm.truthy(a.at(1))?;
    obj(a.at(0)).suppress_context.set(b as usize);
    Ok(objmodel::none())
}
/// `exc.with_traceback(tb)`: `None` clears the traceback (as `unittest` does for the exception
/// it keeps); another traceback object is not adopted (tracebacks live in their exception).
fn with_traceback(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() > 1 {
        set_tb(vm, a)?;
    }
    Ok(a.at(0))
}
fn add_note(vm: &mut Vm, a: Args) -> PyResult {
    let e = a.at(0);
    let d = crate::ops::attr::instance_dict(e, true).unwrap();
    let notes = match dict::get_by_name(d, "__notes__") {
        Some(n) => n,
        None => {
            let l = crate::objects::list::new_list(&[]);
            dict::set_by_name(d, "__notes__", l);
            l
        }
    };
    if !pystr::is_str(a.at(1)) {
        return Err(vm.type_error(format!("note must be a str, not '{}'", a.at(1).class().error_name())));
    }
    crate::objects::list::append(notes, a.at(1));
    Ok(objmodel::none())
}

/// `StopIteration.value`, `SystemExit.code`, OSError attributes... read from args.
fn stop_iteration_init(vm: &mut Vm, a: Args) -> PyResult {
    base_init(vm, a)?;
    let e = a.at(0);
    set_attr(e, "value", a.get(1).unwrap_or_else(objmodel::none));
    Ok(objmodel::none())
}

fn system_exit_init(vm: &mut Vm, a: Args) -> PyResult {
    base_init(vm, a)?;
    let e = a.at(0);
    let code = match a.pos.len() {
        1 => objmodel::none(),
        2 => a.at(1),
        _ => obj(e).args.get(),
    };
    set_attr(e, "code", code);
    Ok(objmodel::none())
}

fn name_error_init(vm: &mut Vm, a: Args) -> PyResult {
    let e = a.at(0);
    obj(e).args.set(tuple::new(&a.pos[1..]));
    let name = a.kw("name").unwrap_or_else(objmodel::none);
    set_attr(e, "name", name);
    let _ = vm;
    Ok(objmodel::none())
}

fn attribute_error_init(vm: &mut Vm, a: Args) -> PyResult {
    let e = a.at(0);
    obj(e).args.set(tuple::new(&a.pos[1..]));
    set_attr(e, "name", a.kw("name").unwrap_or_else(objmodel::none));
    set_attr(e, "obj", a.kw("obj").unwrap_or_else(objmodel::none));
    let _ = vm;
    Ok(objmodel::none())
}

fn import_error_init(vm: &mut Vm, a: Args) -> PyResult {
    let e = a.at(0);
    obj(e).args.set(tuple::new(&a.pos[1..]));
    set_attr(e, "name", a.kw("name").unwrap_or_else(objmodel::none));
    set_attr(e, "path", a.kw("path").unwrap_or_else(objmodel::none));
    set_attr(e, "msg", a.get(1).unwrap_or_else(objmodel::none));
    let _ = vm;
    Ok(objmodel::none())
}

/// `OSError(errno, msg)` constructs the subclass for that errno (PEP 3151).
fn os_error_new(vm: &mut Vm, a: Args) -> PyResult {
    let mut cls = a.at(0);
    if cls.is(vm.rt.exc.os_error.as_value()) && a.len() >= 3 {
        let x = &vm.rt.exc;
        let sub = match crate::objects::int::to_i64(a.at(1)) {
            Some(11) | Some(115) | Some(114) => Some(x.blocking_io_error),
            Some(10) => Some(x.child_process_error),
            Some(32) => Some(x.broken_pipe_error),
            Some(103) => Some(x.connection_aborted_error),
            Some(111) => Some(x.connection_refused_error),
            Some(104) => Some(x.connection_reset_error),
            Some(17) => Some(x.file_exists_error),
            Some(2) => Some(x.file_not_found_error),
            Some(4) => Some(x.interrupted_error),
            Some(21) => Some(x.is_a_directory_error),
            Some(20) => Some(x.not_a_directory_error),
            Some(1) | Some(13) => Some(x.permission_error),
            Some(3) => Some(x.process_lookup_error),
            Some(110) => Some(x.timeout_error),
            _ => None,
        };
        if let Some(t) = sub {
            cls = t.as_value();
        }
    }
    let mut pos = a.pos.to_vec();
    pos[0] = cls;
    base_new(vm, Args::with_kw(&pos, a.kwnames, a.kwvals))
}

fn os_error_init(vm: &mut Vm, a: Args) -> PyResult {
    base_init(vm, a)?;
    let e = a.at(0);
    let none = objmodel::none();
    let (errno, strerror, filename) = if a.pos.len() >= 3 {
        (a.at(1), a.at(2), a.get(3).unwrap_or(none))
    } else {
        (none, none, none)
    };
    set_attr(e, "errno", errno);
    set_attr(e, "strerror", strerror);
    set_attr(e, "filename", filename);
    if a.pos.len() >= 4 {
        obj(e).args.set(tuple::new(&a.pos[1..3]));
    }
    Ok(objmodel::none())
}

fn os_error_str(vm: &mut Vm, a: Args) -> PyResult {
    let e = a.at(0);
    let errno = get_attr(e, "errno").unwrap_or_else(objmodel::none);
    let strerror = get_attr(e, "strerror").unwrap_or_else(objmodel::none);
    let filename = get_attr(e, "filename").unwrap_or_else(objmodel::none);
    if !errno.is_none() && !strerror.is_none() {
        let es = vm.str_string(errno)?;
        let ss = vm.str_string(strerror)?;
        if !filename.is_none() {
            let fr = vm.repr_string(filename)?;
            return Ok(pystr::new(&format!("[Errno {es}] {ss}: {fr}")));
        }
        return Ok(pystr::new(&format!("[Errno {es}] {ss}")));
    }
    base_str(vm, a)
}

fn syntax_error_init(vm: &mut Vm, a: Args) -> PyResult {
    base_init(vm, a)?;
    let e = a.at(0);
    let none = objmodel::none();
    set_attr(e, "msg", a.get(1).unwrap_or(none));
    let mut info = [none; 6];
    if let Some(t) = a.get(2).and_then(tuple::as_items) {
        for (i, v) in t.iter().take(6).enumerate() {
            info[i] = *v;
        }
    }
    for (i, n) in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].iter().enumerate() {
        set_attr(e, n, info[i]);
    }
    set_attr(e, "print_file_and_line", none);
    Ok(objmodel::none())
}

fn syntax_error_str(vm: &mut Vm, a: Args) -> PyResult {
    let e = a.at(0);
    let msg = get_attr(e, "msg").unwrap_or_else(objmodel::none);
    let m = if msg.is_none() { String::new() } else { vm.str_string(msg)? };
    let filename = get_attr(e, "filename").and_then(pystr::as_str).map(|f| {
        std::path::Path::new(f).file_name().map(|x| x.to_string_lossy().to_string()).unwrap_or_default()
    });
    let lineno = get_attr(e, "lineno").and_then(crate::objects::int::to_i64);
    Ok(pystr::new(&match (filename, lineno) {
        (Some(f), Some(l)) => format!("{m} ({f}, line {l})"),
        (Some(f), None) => format!("{m} ({f})"),
        (None, Some(l)) => format!("{m} (line {l})"),
        (None, None) => m,
    }))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{getset, method, method_flags};
    let t = r.exc.base_exception;
    method_flags(t, "__new__", base_new, 0);
    method(t, "__init__", base_init);
    method(t, "__str__", base_str);
    method(t, "__repr__", base_repr);
    method(t, "with_traceback", with_traceback);
    method(t, "add_note", add_note);
    getset(t, "args", get_args, Some(set_args));
    getset(t, "__traceback__", get_tb, Some(set_tb));
    getset(t, "__cause__", get_cause, Some(set_cause));
    getset(t, "__context__", get_context, Some(set_context));
    getset(t, "__suppress_context__", get_suppress, Some(set_suppress));
    method(r.exc.key_error, "__str__", key_error_str);
    method(r.exc.stop_iteration, "__init__", stop_iteration_init);
    method(r.exc.system_exit, "__init__", system_exit_init);
    method(r.exc.name_error, "__init__", name_error_init);
    method(r.exc.attribute_error, "__init__", attribute_error_init);
    method(r.exc.import_error, "__init__", import_error_init);
    method_flags(r.exc.os_error, "__new__", os_error_new, 0);
    method(r.exc.os_error, "__init__", os_error_init);
    method(r.exc.os_error, "__str__", os_error_str);
    method(r.exc.syntax_error, "__init__", syntax_error_init);
    method(r.exc.syntax_error, "__str__", syntax_error_str);
    getset(r.exc.stop_iteration, "value", stop_iteration_get_value, None);
    for t in [r.exc.unicode_decode_error, r.exc.unicode_encode_error] {
        method(t, "__init__", unicode_error_init);
        method(t, "__str__", unicode_error_str);
    }
    getset(r.exc.system_exit, "code", system_exit_get_code, None);
}

fn unicode_error_init(vm: &mut Vm, a: Args) -> PyResult {
    base_init(vm, a)?;
    let e = a.at(0);
    if a.pos.len() == 6 {
        for (i, n) in ["encoding", "object", "start", "end", "reason"].iter().enumerate() {
            set_attr(e, n, a.at(i + 1));
        }
    }
    Ok(objmodel::none())
}

fn unicode_error_str(vm: &mut Vm, a: Args) -> PyResult {
    let e = a.at(0);
    let (Some(enc), Some(obj), Some(start), Some(end), Some(reason)) =
        (get_attr(e, "encoding"), get_attr(e, "object"), get_attr(e, "start"), get_attr(e, "end"), get_attr(e, "reason"))
    else {
        return base_str(vm, a);
    };
    let enc = vm.str_string(enc)?;
    let reason = vm.str_string(reason)?;
    let (start, end) = (crate::objects::int::to_i64(start).unwrap_or(0), crate::objects::int::to_i64(end).unwrap_or(0));
    let decode = crate::objects::type_::isinstance(e, vm.rt.exc.unicode_decode_error);
    let msg = if decode {
        let b = crate::objects::bytes::as_bytes(obj).unwrap_or_default();
        if end - start == 1 && (start as usize) < b.len() {
            format!("'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}", b[start as usize])
        } else {
            format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end - 1)
        }
    } else {
        let text: Vec<char> = pystr::as_str(obj).unwrap_or("").chars().collect();
        if end - start == 1 && (start as usize) < text.len() {
            let c = text[start as usize] as u32;
            let esc = if c < 0x100 { format!("\\x{c:02x}") } else if c < 0x10000 { format!("\\u{c:04x}") } else { format!("\\U{c:08x}") };
            format!("'{enc}' codec can't encode character '{esc}' in position {start}: {reason}")
        } else {
            format!("'{enc}' codec can't encode characters in position {start}-{}: {reason}", end - 1)
        }
    };
    Ok(pystr::new(&msg))
}

fn stop_iteration_get_value(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(stop_iteration_value(a.at(0)))
}

fn system_exit_get_code(_vm: &mut Vm, a: Args) -> PyResult {
    let e = a.at(0);
    if let Some(v) = get_attr(e, "code") {
        return Ok(v);
    }
    let args = args(e);
    Ok(match args.len() {
        0 => objmodel::none(),
        1 => args[0],
        _ => obj(e).args.get(),
    })
}

/// Attribute defaults for natively raised exceptions that Python code may inspect.
pub fn stop_iteration_value(e: Value) -> Value {
    if let Some(v) = get_attr(e, "value") {
        return v;
    }
    args(e).first().copied().unwrap_or_else(objmodel::none)
}
