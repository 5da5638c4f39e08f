//! Introspection builtins: `dir`, `locals`, `vars`, `exec`, `eval`, `compile`, `super` and
//! frame objects for `sys._getframe`.

use objmodel::types::tflags;
use objmodel::{Kind, Value};

use crate::args::Args;
use crate::error::{PyErr, PyResult};
use crate::objects::{dict, function, list, str as pystr, tuple, type_};
use crate::vm::Vm;

/// Names for `dir(obj)`: instance dict, then the class and its bases.
pub fn dir_of(vm: &mut Vm, o: Value) -> PyResult {
    let names = dict::new_dict();
    if let Some(d) = crate::ops::attr::instance_dict(o, false) {
        for k in dict::keys(d) {
            dict::set(vm, names, k, objmodel::none())?;
        }
    }
    let classes: Vec<Value> = if let Some(t) = type_::try_type(o) {
        tuple::items(t.mro.get()).to_vec()
    } else {
        tuple::items(o.class().mro.get()).to_vec()
    };
    let object = vm.rt.types.object.as_value();
    for c in classes {
        for k in dict::keys(type_::as_type(c).dict.get()) {
            // `object` carries the `__dict__` getset every instance dict goes through here;
            // CPython's object has none, so dir(1) and dir(object()) do not list it.
            if c == object && pystr::as_str(k) == Some("__dict__") {
                continue;
            }
            dict::set(vm, names, k, objmodel::none())?;
        }
    }
    Ok(list::new_list(&dict::keys(names)))
}

/// `locals()` of the calling frame: the namespace of a module or class body; in a function,
/// the frame's `f_locals` dict refreshed from its fast locals and cells as CPython's
/// `PyFrame_FastToLocalsWithError` does (varnames, then cells that are not arguments, then
/// free variables; an unbound name is removed), so the same dict comes back on every call.
pub fn locals(vm: &mut Vm) -> PyResult {
    let Some(f) = vm.frames.last().copied() else { return Ok(dict::new_dict()) };
    locals_of(vm, f)
}

/// `locals()` of a running frame of this thread (see [`locals`]).
fn locals_of(vm: &mut Vm, f: crate::vm::FrameRef) -> PyResult {
    if !f.locals.is_null() {
        return Ok(f.locals);
    }
    let code = crate::interp::code::rust_code(f.code);
    if !code.has_flag(crate::bytecode::flags::FUNCTION) {
        return Ok(f.globals);
    }
    // SAFETY: the frame is running (it is on `vm.frames`), so its `f_locals` slot is live.
    let mut d = unsafe { *f.f_locals };
    if d.is_null() {
        d = dict::new_dict();
        // SAFETY: as above; the slot is a field of the frame on the native stack.
        unsafe { *f.f_locals = d };
    }
    let nlocals = code.varnames.len();
    // SAFETY: the fast area holds nlocals + ncells slots (FrameRef::fast).
    let slot = |i: usize| unsafe { *f.fast.add(i) };
    let cell_value = |i: usize| {
        let c = slot(nlocals + i);
        if c.is_null() { Value::NULL } else { function::cell_get(c) }
    };
    let mut entries: Vec<(&str, Value)> = Vec::with_capacity(nlocals + code.cellvars.len() + code.freevars.len());
    for (i, name) in code.varnames.iter().enumerate() {
        let v = match code.cellvars.iter().position(|c| c == name) {
            Some(ci) => cell_value(ci),
            None => slot(i),
        };
        entries.push((name, v));
    }
    for (ci, name) in code.cellvars.iter().enumerate() {
        if !code.varnames.contains(name) {
            entries.push((name, cell_value(ci)));
        }
    }
    for (fi, name) in code.freevars.iter().enumerate() {
        entries.push((name, cell_value(code.cellvars.len() + fi)));
    }
    for (name, v) in entries {
        let k = pystr::new(name);
        if v.is_null() {
            dict::remove(vm, d, k)?;
        } else {
            dict::set(vm, d, k, v)?;
        }
    }
    Ok(d)
}

/// A frame object for `tb_frame`: a snapshot exposing `f_code`, `f_lineno`, `f_globals`;
/// `f_back` is None and `f_locals` empty.
pub fn frame_object(code: Value, pc: usize) -> Value {
    let t = crate::runtime::rt().extra.frame;
    let o = objmodel::alloc::new_fixed(Kind::Iter, t, 0, code, Value::NULL, Value::NULL, Value::NULL);
    function::fixed(o).i.set(pc);
    o
}

/// The frame object of `vm.frames[idx]` for `sys._getframe()`. Besides the snapshot it
/// remembers the frame's index and its `pc` slot address: while that entry of this thread's
/// frame chain still has the same slot, the frame is running, and `f_lineno`, `f_back` and
/// `f_locals` read it live (a frame that returned, or another thread, gets the snapshot).
pub fn live_frame_object(vm: &Vm, idx: usize) -> Value {
    let f = vm.frames[idx];
    // SAFETY: `pc` points into a live frame on this thread's stack (it is on `vm.frames`).
    let pc = unsafe { *f.pc };
    let o = frame_object(f.code, pc.saturating_sub(1));
    let fo = function::fixed(o);
    fo.b.set(f.globals);
    fo.c.set(Value::small(idx as i64));
    fo.j.set(f.pc as usize);
    o
}

/// The running frame a `live_frame_object` stands for, if it is still running on this thread.
fn live_frame(vm: &Vm, o: Value) -> Option<crate::vm::FrameRef> {
    let fo = function::fixed(o);
    let idx = usize::try_from(fo.c.get().as_small()?).ok()?;
    let f = *vm.frames.get(idx)?;
    (f.pc as usize == fo.j.get() && f.code.is(fo.a.get())).then_some(f)
}

fn frame_code(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(function::fixed(a.at(0)).a.get())
}
fn frame_lineno(vm: &mut Vm, a: Args) -> PyResult {
    let f = function::fixed(a.at(0));
    let pc = match live_frame(vm, a.at(0)) {
        // SAFETY: the frame is running on this thread, so its `pc` slot is live.
        Some(fr) => unsafe { *fr.pc }.saturating_sub(1),
        None => f.i.get(),
    };
    Ok(crate::objects::int::from_usize(crate::interp::traceback::line_of(f.a.get(), pc) as usize))
}
fn frame_globals(_vm: &mut Vm, a: Args) -> PyResult {
    let g = function::fixed(a.at(0)).b.get();
    Ok(if g.is_null() { dict::new_dict() } else { g })
}
fn frame_back(vm: &mut Vm, a: Args) -> PyResult {
    let idx = function::fixed(a.at(0)).c.get().as_small();
    Ok(match (live_frame(vm, a.at(0)), idx) {
        (Some(_), Some(i)) if i > 0 => live_frame_object(vm, i as usize - 1),
        _ => objmodel::none(),
    })
}
fn frame_locals(vm: &mut Vm, a: Args) -> PyResult {
    match live_frame(vm, a.at(0)) {
        Some(f) => locals_of(vm, f),
        None => Ok(dict::new_dict()),
    }
}

/// The text of a `compile`/`exec`/`eval` source; `fname` and `other` (what else the
/// function accepts: "AST object", "code object") word CPython's error.
fn source_text(vm: &mut Vm, src: Value, fname: &str, other: &str) -> PyResult<String> {
    if let Some(s) = pystr::as_str(src) {
        return Ok(s.to_string());
    }
    if let Some(b) = crate::objects::bytes::as_bytes(src) {
        return Ok(String::from_utf8_lossy(&b).to_string());
    }
    Err(vm.type_error(format!("{fname}() arg 1 must be a string, bytes or {other}")))
}

/// Turn a compile error into a raised SyntaxError.
pub fn syntax_error(vm: &mut Vm, e: &crate::compile::CompileError) -> PyErr {
    let ty = match e.kind {
        "IndentationError" => vm.rt.exc.indentation_error,
        "TabError" => vm.rt.exc.tab_error,
        _ => vm.rt.exc.syntax_error,
    };
    let text = e.text.as_deref().map(pystr::new).unwrap_or_else(objmodel::none);
    let info = tuple::new(&[
        pystr::new(&e.filename),
        Value::small(e.line as i64),
        Value::small(e.col as i64),
        text,
        Value::small(e.end_line as i64),
        Value::small(e.end_col as i64),
    ]);
    let exc = if e.msg_only_args {
        crate::objects::exceptions::new_exception(ty, &[pystr::new(&e.msg)])
    } else {
        crate::objects::exceptions::new_exception(ty, &[pystr::new(&e.msg), info])
    };
    let x = crate::objects::exceptions::set_attr;
    x(exc, "msg", pystr::new(&e.msg));
    x(exc, "filename", pystr::new(&e.filename));
    x(exc, "lineno", Value::small(e.line as i64));
    x(exc, "offset", Value::small(e.col as i64));
    x(exc, "text", text);
    x(exc, "end_lineno", Value::small(e.end_line as i64));
    x(exc, "end_offset", Value::small(e.end_col as i64));
    x(exc, "print_file_and_line", objmodel::none());
    PyErr(exc)
}

pub fn compile_source(vm: &mut Vm, src: &str, filename: &str, mode: crate::compile::Mode) -> PyResult {
    match crate::compile::compile_with_warnings(src, filename, mode) {
        Ok((code, warnings)) => {
            let code = crate::interp::code::new_code(code);
            for w in &warnings {
                issue_syntax_warning(vm, w)?;
            }
            Ok(code)
        }
        Err(e) => Err(syntax_error(vm, &e)),
    }
}

/// Issues one of the compiler's `SyntaxWarning`s through `warnings.warn_explicit` (so filters
/// apply; no registry, so each is shown, as CPython's compiler does). A warning a filter turned
/// into an error becomes a `SyntaxError` at the warning's position, as in CPython's
/// `compiler_warn`.
fn issue_syntax_warning(vm: &mut Vm, w: &crate::compile::CompileError) -> PyResult<()> {
    let Ok(warnings) = crate::import::import_module(vm, "warnings") else {
        return Ok(()); // too early in start-up to warn: CPython has no such window; nothing to show
    };
    let warn = vm.getattr(warnings, pystr::new("warn_explicit"))?;
    let category = vm.rt.exc.syntax_warning.as_value();
    let args = [pystr::new(&w.msg), category, pystr::new(&w.filename), Value::small(w.line as i64)];
    match vm.call(warn, Args::new(&args)) {
        Ok(_) => Ok(()),
        Err(err) if vm.isinstance(err.0, category)? => {
            // CPython's `compiler_error` reads the line from the file, not the source string.
            let mut e = w.clone();
            e.text = std::fs::read_to_string(&w.filename)
                .ok()
                .and_then(|t| t.lines().nth((w.line as usize).saturating_sub(1)).map(|l| format!("{l}\n")));
            Err(syntax_error(vm, &e))
        }
        Err(err) => Err(err),
    }
}

/// The flags `compile()` accepts (CPython 3.11's PyCF_MASK | PyCF_MASK_OBSOLETE |
/// PyCF_COMPILE_MASK): the `__future__` compiler flags, CO_NESTED, and ONLY_AST,
/// DONT_IMPLY_DEDENT, TYPE_COMMENTS, ALLOW_TOP_LEVEL_AWAIT, ALLOW_INCOMPLETE_INPUT.
const COMPILE_FLAGS: i64 = 0x1fe_0000 | 0x10 | 0x400 | 0x200 | 0x1000 | 0x2000 | 0x4000;
const PYCF_ONLY_AST: i64 = 0x400;

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *,
/// _feature_version=-1)`. The `__future__` flags change nothing here (the features this
/// runtime has are always on); ONLY_AST returns `ast.parse`'s tree.
pub fn compile_builtin(vm: &mut Vm, a: Args) -> PyResult {
    let [src, filename, mode, flags, _dont_inherit, optimize, _fv] = a.bind(
        vm,
        "compile",
        ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
        6,
        3,
    )?;
    let flags = if flags.is_null() { 0 } else { vm.index_value(flags)? };
    if flags & !COMPILE_FLAGS != 0 {
        return Err(vm.value_error("compile(): unrecognised flags"));
    }
    if !optimize.is_null() {
        let o = vm.index_value(optimize)?;
        if !(-1..=2).contains(&o) {
            return Err(vm.value_error("compile(): invalid optimize value"));
        }
    }
    if flags & PYCF_ONLY_AST != 0 {
        let ast = crate::import::import_module(vm, "ast")?;
        let parse = vm.getattr(ast, pystr::new("parse"))?;
        let mode = if mode.is_null() { pystr::new("exec") } else { mode };
        return vm.call(parse, Args::new(&[src, filename, mode]));
    }
    let text = source_text(vm, src, "compile", "AST object")?;
    let fname = vm.str_string(filename)?;
    let m = match pystr::as_str(mode) {
        Some("exec") => crate::compile::Mode::Exec,
        Some("eval") => crate::compile::Mode::Eval,
        Some("single") => crate::compile::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    compile_source(vm, &text, &fname, m)
}

pub fn exec_or_eval(vm: &mut Vm, a: Args, eval: bool) -> PyResult {
    let name = if eval { "eval" } else { "exec" };
    // 3.11: `eval(source, globals=None, locals=None, /)` parsed the old way;
    // `exec(source, globals=None, locals=None, /, *, closure=None)` by clinic.
    let [src, globals, locals, closure] = if eval {
        a.check(vm, name, 1, 3)?;
        [a.at(0), a.get(1).unwrap_or(Value::NULL), a.get(2).unwrap_or(Value::NULL), Value::NULL]
    } else {
        let p = crate::args::Params { fname: "exec", names: ["source", "globals", "locals", "closure"], posonly: 3, maxpos: 3, required: 1 };
        a.bind_clinic(vm, p)?
    };
    let is_code = src.is_ptr() && src.header().kind() == Kind::Code;
    if !closure.is_null() && !closure.is_none() && !is_code {
        return Err(vm.type_error("closure can only be used when source is a code object"));
    }
    let no_globals = globals.is_null() || globals.is_none();
    let caller_globals = vm.frames.last().map(|f| f.globals);
    let globals = if globals.is_null() || globals.is_none() {
        match caller_globals {
            Some(g) => g,
            None => dict::new_dict(),
        }
    } else {
        if !dict::is_dict(globals) {
            return Err(vm.type_error(format!("{name}() globals must be a dict, not {}", globals.class().error_name())));
        }
        globals
    };
    let locals = if !locals.is_null() && !locals.is_none() {
        locals
    } else if caller_globals.is_some() && no_globals {
        // Neither dict given: the caller's globals and locals (PyEval_GetLocals).
        self::locals(vm)?
    } else {
        globals
    };
    let code = if src.is_ptr() && src.header().kind() == Kind::Code {
        src
    } else {
        let text = source_text(vm, src, name, "code object")?;
        let text = if eval { text.trim_start_matches([' ', '\t']).to_string() } else { text };
        let mode = if eval { crate::compile::Mode::Eval } else { crate::compile::Mode::Exec };
        compile_source(vm, &text, "<string>", mode)?
    };
    let r = crate::interp::call::exec_code(vm, code, globals, locals)?;
    Ok(if eval { r } else { objmodel::none() })
}

/// `super()` / `super(type, obj)`.
fn super_new(vm: &mut Vm, a: Args) -> PyResult {
    let (ty, obj) = match a.len() {
        1 => zero_arg_super(vm)?,
        2 => (a.at(1), objmodel::none()),
        _ => (a.at(1), a.at(2)),
    };
    let Some(t) = type_::try_type(ty) else {
        return Err(vm.type_error(format!("super() argument 1 must be a type, not {}", ty.class().error_name())));
    };
    let start = if obj.is_none() {
        obj
    } else if type_::is_type(obj) && type_::is_subtype(type_::as_type(obj), t) {
        obj
    } else if type_::isinstance(obj, t) {
        obj.class_value()
    } else {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    };
    let cls = type_::as_type(a.at(0));
    Ok(objmodel::alloc::new_fixed(Kind::Super, cls, 0, ty, obj, start, Value::NULL))
}

fn zero_arg_super(vm: &mut Vm) -> PyResult<(Value, Value)> {
    let Some(f) = vm.frames.last().copied() else {
        return Err(vm.runtime_error("super(): no current frame"));
    };
    let code = crate::interp::code::rust_code(f.code);
    if code.argcount == 0 && !code.has_flag(crate::bytecode::flags::VARARGS) {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let Some(ci) = code.freevars.iter().position(|n| n == "__class__") else {
        return Err(vm.runtime_error("super(): __class__ cell not found"));
    };
    let (first, cell) = crate::interp::eval_frame_peek(vm, code.varnames.len() + code.cellvars.len() + ci);
    let cls = function::cell_get(cell);
    if cls.is_null() {
        return Err(vm.runtime_error("super(): empty __class__ cell"));
    }
    if first.is_null() {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    }
    Ok((cls, first))
}

fn super_getattribute(vm: &mut Vm, a: Args) -> PyResult {
    let s = function::fixed(a.at(0));
    let name = a.at(1);
    let (ty, obj, start) = (s.a.get(), s.b.get(), s.c.get());
    if pystr::as_str(name) == Some("__class__") {
        return Ok(a.at(0).class_value());
    }
    if !start.is_none() {
        let mro = tuple::items(type_::as_type(start).mro.get());
        let pos = mro.iter().position(|c| c.is(ty)).map(|p| p + 1).unwrap_or(mro.len());
        for c in &mro[pos..] {
            if let Some(v) = type_::own_attr(type_::as_type(*c), name) {
                let inst = if obj.is(start) && type_::is_type(obj) { objmodel::none() } else { obj };
                if inst.is_none() {
                    // super(cls, cls).attr: bind classmethods to cls, return functions as-is.
                    return match v.header().kind() {
                        Kind::ClassMethod => Ok(function::new_bound_method(function::fixed(v).a.get(), obj)),
                        Kind::Builtin if crate::ops::call::builtin(v).flags & crate::ops::call::bflags::CLASSMETHOD != 0 => {
                            Ok(function::new_bound_method(v, obj))
                        }
                        Kind::StaticMethod => Ok(function::fixed(v).a.get()),
                        _ => Ok(v),
                    };
                }
                return crate::ops::attr::bind(vm, v, inst, type_::as_type(start));
            }
        }
    }
    match vm.generic_getattr(a.at(0), name)? {
        Some(v) => Ok(v),
        None => {
            let n = pystr::as_str(name).unwrap_or("?");
            Err(vm.attribute_error(format!("'super' object has no attribute '{n}'")))
        }
    }
}

/// `repr(super(...))`, CPython's super_repr: the type searched from, and the class of the
/// object bound (`NULL` for an unbound super).
fn super_repr(_vm: &mut Vm, a: Args) -> PyResult {
    let s = function::fixed(a.at(0));
    let tn = type_::as_type(s.a.get()).error_name().to_string();
    let start = s.c.get();
    if start.is_none() {
        return Ok(pystr::new(&format!("<super: <class '{tn}'>, NULL>")));
    }
    Ok(pystr::new(&format!("<super: <class '{tn}'>, <{} object>>", type_::as_type(start).error_name())))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{getset, method, method_flags};
    let s = r.types.super_;
    method_flags(s, "__new__", super_new, 0);
    method(s, "__init__", |_vm, _a| Ok(objmodel::none()));
    method(s, "__getattribute__", super_getattribute);
    method(s, "__repr__", super_repr);
    s.set_flag(tflags::HAS_GETATTRIBUTE);
    // CPython's super_members: the class searched from, the bound object and its class
    // (None for an unbound super).
    getset(s, "__thisclass__", |_vm, a| Ok(function::fixed(a.at(0)).a.get()), None);
    getset(s, "__self__", |_vm, a| Ok(function::fixed(a.at(0)).b.get()), None);
    getset(s, "__self_class__", |_vm, a| Ok(function::fixed(a.at(0)).c.get()), None);
    let f = r.extra.frame;
    getset(f, "f_code", frame_code, None);
    getset(f, "f_lineno", frame_lineno, None);
    getset(f, "f_globals", frame_globals, None);
    getset(f, "f_back", frame_back, None);
    getset(f, "f_locals", frame_locals, None);
}
