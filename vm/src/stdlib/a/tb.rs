//! `_pyrs_traceback`: the native helpers behind `traceback`: the interpreter's own CPython-style
//! report (optionally without the chain or the frames), the recorded frames of an exception,
//! traceback objects' positions and the current call stack.

use objmodel::Value;

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{exceptions, int, list, str as pystr, tuple};
use crate::vm::Vm;

/// `format(exc, chain, frames)`: the report `sys.excepthook` would print.
fn t_format(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "format", 3, 3)?;
    let exc = a.at(0);
    let chain = vm.truthy(a.at(1))?;
    let frames = vm.truthy(a.at(2))?;
    if !exceptions::is_exception(exc) {
        let tn = exc.class().name_str().to_string();
        let s = vm.str_string(exc)?;
        return Ok(pystr::new(&format!("{tn}: {s}\n")));
    }
    let e = exceptions::obj(exc);
    let saved = (e.cause.get(), e.context.get(), e.traceback.get());
    if !chain {
        e.cause.set(Value::NULL);
        e.context.set(Value::NULL);
    }
    if !frames {
        e.traceback.set(Value::NULL);
    }
    let text = crate::interp::traceback::format_exception(vm, exc, crate::interp::traceback::LineStyle::Module);
    e.cause.set(saved.0);
    e.context.set(saved.1);
    e.traceback.set(saved.2);
    Ok(pystr::new(&text))
}

fn entry_tuple(code: Value, pc: usize) -> Value {
    let c = crate::interp::code::rust_code(code);
    let loc = c.locations.get(pc).copied().unwrap_or_default();
    let line = loc.line.max(if loc.line == 0 { c.first_line } else { 0 });
    let src = crate::interp::traceback::source_line(&c.filename, line);
    let none = objmodel::none();
    tuple::new(&[
        pystr::new(&c.filename),
        int::from_usize(line as usize),
        pystr::new(&c.name),
        src.map(|s| pystr::new(s.trim())).unwrap_or(none),
        int::from_usize(loc.end_line as usize),
        int::from_usize(loc.col as usize),
        int::from_usize(loc.end_col as usize),
    ])
}

/// `entries(exc)`: (filename, lineno, name, line, end_lineno, colno, end_colno) per recorded
/// frame, outermost first.
fn t_entries(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "entries", 1, 1)?;
    let out = list::new_list(&[]);
    for (code, pc) in crate::interp::traceback::entries(a.at(0)) {
        list::append(out, entry_tuple(code, pc));
    }
    Ok(out)
}

/// `tb_info(tb)`: (exception, index of the tb's frame in `entries(exception)`).
fn t_tb_info(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "tb_info", 1, 1)?;
    let tb = a.at(0);
    if !tb.is_ptr() || !tb.class().is(vm.rt.extra.traceback) {
        return Err(vm.type_error(format!("expected a traceback object, not {}", tb.class().error_name())));
    }
    let (exc, i) = crate::interp::traceback::tb_position(tb);
    Ok(tuple::new(&[exc, int::from_usize(i)]))
}

/// `stack()`: entries of the running frames, outermost first.
fn t_stack(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "stack", 0, 0)?;
    let out = list::new_list(&[]);
    for f in vm.frames.clone() {
        // SAFETY: `pc` points into a live frame of this thread.
        let pc = unsafe { *f.pc };
        list::append(out, entry_tuple(f.code, pc.saturating_sub(1)));
    }
    Ok(out)
}

/// `source_line(filename, lineno)`: the source line (with its newline) or "".
fn t_source_line(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "source_line", 2, 2)?;
    let f = vm.str_string(a.at(0))?;
    let n = vm.index_value(a.at(1))?;
    if n < 1 {
        return Ok(pystr::new(""));
    }
    Ok(pystr::new(&match crate::interp::traceback::source_line(&f, n as u32) {
        Some(l) => format!("{l}\n"),
        None => String::new(),
    }))
}

/// `cached_source(filename)`: the source the runtime compiled under `filename` (embedded
/// modules, `-c` code...), or None: that text, not a file that happens to exist at the same
/// path, is what the code objects' line numbers refer to.
fn t_cached_source(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "cached_source", 1, 1)?;
    let f = vm.str_string(a.at(0))?;
    Ok(match crate::import::cached_source(&f) {
        Some(src) => pystr::new(&src),
        None => objmodel::none(),
    })
}

/// `remember_source(filename, source)`: show `source`'s lines in reports of code compiled
/// under `filename` (doctest's `<doctest name[i]>` examples, as CPython's doctest patches
/// `linecache`).
fn t_remember_source(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "remember_source", 2, 2)?;
    let f = vm.str_string(a.at(0))?;
    let src = vm.str_string(a.at(1))?;
    crate::import::remember_source(&f, &src);
    Ok(objmodel::none())
}

/// `forget_source(filename)`: undo `remember_source`.
fn t_forget_source(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "forget_source", 1, 1)?;
    let f = vm.str_string(a.at(0))?;
    crate::import::forget_source(&f);
    Ok(objmodel::none())
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let _ = vm;
    let (m, d) = super::util::new_module("_pyrs_traceback");
    super::util::funcs(d, &[("format", t_format), ("entries", t_entries), ("tb_info", t_tb_info), ("stack", t_stack), ("source_line", t_source_line), ("cached_source", t_cached_source), ("remember_source", t_remember_source), ("forget_source", t_forget_source)]);
    Ok(m)
}
