//! Tracebacks: each exception records (code object, instruction index) entries as it
//! propagates (innermost first); printing follows CPython 3.11's format, including chained
//! exceptions and the caret line under the failing expression.

use objmodel::{Kind, Value};

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{exceptions, int, list, str as pystr, tuple};
use crate::vm::Vm;

/// Record that `exc` passed through `code` at instruction `pc`.
pub fn add_entry(exc: Value, code: Value, pc: usize) {
    if !exceptions::is_exception(exc) {
        return;
    }
    let e = exceptions::obj(exc);
    let mut l = e.traceback.get();
    if l.is_null() {
        l = list::new_list(&[]);
        e.traceback.set(l);
    }
    list::append(l, tuple::new(&[code, int::from_usize(pc)]));
}

/// Entries (code, pc), outermost first.
pub fn entries(exc: Value) -> Vec<(Value, usize)> {
    if !exceptions::is_exception(exc) {
        return Vec::new();
    }
    let l = exceptions::obj(exc).traceback.get();
    if l.is_null() {
        return Vec::new();
    }
    let mut v: Vec<(Value, usize)> = list::to_vec(l)
        .into_iter()
        .map(|t| {
            let it = tuple::items(t);
            (it[0], int::to_i64(it[1]).unwrap_or(0) as usize)
        })
        .collect();
    v.reverse();
    v
}

/// `exc.__traceback__`: None, or a traceback object for the outermost entry.
///
/// A traceback object stands for the entries `exc` had when it was made (CPython's traceback
/// objects are immutable): it keeps that count (slot `b`) and its own position among them
/// (outermost first, field `i`). Entries the exception gathers later (re-raised through more
/// frames, or thrown into a generator by `contextlib`) are not part of it, so that
/// `exc.__traceback__ = tb` puts the older traceback back.
pub fn traceback_object(exc: Value) -> Value {
    let n = raw_len(exc);
    if n == 0 {
        return objmodel::none();
    }
    tb_at(exc, 0, n)
}

fn raw_len(exc: Value) -> usize {
    if !exceptions::is_exception(exc) {
        return 0;
    }
    let l = exceptions::obj(exc).traceback.get();
    if l.is_null() { 0 } else { list::len(l) }
}

fn tb_at(exc: Value, i: usize, n: usize) -> Value {
    let t = crate::runtime::rt().extra.traceback;
    let o = objmodel::alloc::new_fixed(Kind::Iter, t, 0, exc, int::from_usize(n), Value::NULL, Value::NULL);
    crate::objects::function::fixed(o).i.set(i);
    o
}

/// (exception, entry count it stands for, position) of a traceback object.
fn tb_view(tb: Value) -> (Value, usize, usize) {
    let f = crate::objects::function::fixed(tb);
    let n = int::to_i64(f.b.get()).unwrap_or(0).max(0) as usize;
    (f.a.get(), n, f.i.get())
}

/// (exception, position of a traceback object's frame in `entries(exception)`).
pub fn tb_position(tb: Value) -> (Value, usize) {
    let (exc, n, i) = tb_view(tb);
    (exc, entries(exc).len().saturating_sub(n) + i)
}

/// The first `n` entries `exc` recorded, outermost first.
fn entries_upto(exc: Value, n: usize) -> Vec<(Value, usize)> {
    let mut v = entries(exc);
    let extra = v.len().saturating_sub(n);
    v.drain(..extra);
    v
}

/// `exc.__traceback__ = tb`: `exc` gets a copy of the entries that `tb` (a traceback object
/// of some exception, possibly `exc` itself) stands for. False when `tb` is not a traceback
/// object.
pub fn copy_from_tb(exc: Value, tb: Value) -> bool {
    if !tb.is_ptr() || !tb.class().is(crate::runtime::rt().extra.traceback) {
        return false;
    }
    let (src, n, i) = tb_view(tb);
    let l = exceptions::obj(src).traceback.get();
    let stored = if l.is_null() { Vec::new() } else { list::to_vec(l) };
    let keep = n.min(stored.len()).saturating_sub(i);
    exceptions::obj(exc).traceback.set(list::new_list(&stored[..keep]));
    true
}

fn tb_entry(tb: Value) -> Option<(Value, usize)> {
    let (exc, n, i) = tb_view(tb);
    entries_upto(exc, n).get(i).copied()
}

fn tb_lineno(_vm: &mut Vm, a: Args) -> PyResult {
    let (code, pc) = tb_entry(a.at(0)).unwrap_or((Value::NULL, 0));
    if code.is_null() {
        return Ok(objmodel::none());
    }
    Ok(int::from_usize(line_of(code, pc) as usize))
}

fn tb_next(_vm: &mut Vm, a: Args) -> PyResult {
    let (exc, n, i) = tb_view(a.at(0));
    let i = i + 1;
    Ok(if i < entries_upto(exc, n).len() { tb_at(exc, i, n) } else { objmodel::none() })
}

/// `tb.tb_frame`. The outermost entry of a traceback is the frame that caught the exception;
/// while that frame still runs on this thread (an `except` block or a `sys.exc_info()` reader
/// it called), its live frame object is returned, so `f_back` and `f_locals` work as in
/// CPython (`logging`'s "Call stack:" walks `f_back` from it). Every other entry is a frame
/// the exception left: a snapshot at the entry's instruction.
fn tb_frame(vm: &mut Vm, a: Args) -> PyResult {
    let (code, pc) = tb_entry(a.at(0)).unwrap_or((Value::NULL, 0));
    if code.is_null() {
        return Ok(objmodel::none());
    }
    let (_, _, i) = tb_view(a.at(0));
    if i == 0 {
        if let Some(idx) = vm.frames.iter().rposition(|f| f.code.is(code)) {
            return Ok(crate::builtins::introspect::live_frame_object(vm, idx));
        }
    }
    Ok(crate::builtins::introspect::frame_object(code, pc))
}

pub fn line_of(code: Value, pc: usize) -> u32 {
    let c = crate::interp::code::rust_code(code);
    c.locations.get(pc).map(|l| l.line).unwrap_or(c.first_line)
}

/// The source line `n` (1-based) of `filename`, if readable.
pub fn source_line(filename: &str, n: u32) -> Option<String> {
    if let Some(src) = crate::import::cached_source(filename) {
        return src.lines().nth(n.saturating_sub(1) as usize).map(|s| s.to_string());
    }
    let text = std::fs::read_to_string(filename).ok()?;
    text.lines().nth(n.saturating_sub(1) as usize).map(|s| s.to_string())
}

/// How source lines are shown. The interpreter's own report (CPython's C `PyTraceBack_Print`)
/// keeps a line's trailing whitespace and leaves out the carets only when the highlighted range
/// covers the whole line, trailing whitespace included; the `traceback` module strips the line
/// and compares the range with the stripped text.
#[derive(Clone, Copy, Default, PartialEq)]
pub enum LineStyle {
    #[default]
    Interpreter,
    Module,
}

fn format_entries(exc: Value, out: &mut String, style: LineStyle) {
    format_entries_limited(exc, out, style, None)
}

/// The traceback of `exc`; with a `limit` (sys.tracebacklimit for the interpreter's report)
/// only its last `limit` entries, and nothing at all when the limit is not positive.
fn format_entries_limited(exc: Value, out: &mut String, style: LineStyle, limit: Option<i64>) {
    let mut ents = entries(exc);
    if let Some(l) = limit {
        let keep = usize::try_from(l).unwrap_or(0);
        let extra = ents.len().saturating_sub(keep);
        ents.drain(..extra);
    }
    if ents.is_empty() {
        return;
    }
    out.push_str("Traceback (most recent call last):\n");
    let mut last: Option<(String, u32, String)> = None;
    let mut repeat = 0;
    for (code, pc) in ents {
        let c = crate::interp::code::rust_code(code);
        let loc = c.locations.get(pc).copied().unwrap_or_default();
        let key = (c.filename.to_string(), loc.line, c.name.clone());
        if last.as_ref() == Some(&key) {
            repeat += 1;
            if repeat >= 3 {
                continue;
            }
        } else {
            if repeat >= 3 {
                let n = repeat - 2;
                out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
            }
            repeat = 0;
            last = Some(key);
        }
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", c.filename, loc.line, c.name));
        if let Some(line) = source_line(&c.filename, loc.line) {
            let stripped = line.trim_start();
            let indent = line.len() - stripped.len();
            let text = if style == LineStyle::Module { stripped.trim_end() } else { stripped };
            out.push_str(&format!("    {text}\n"));
            // CPython prints no carets for an error raised while a `for` statement fetches its
            // next item; a comprehension's loop is positioned at the whole expression, marked.
            let for_iter = matches!(c.instrs.get(pc), Some(crate::bytecode::Instr::ForIter(_)))
                && c.flags & crate::bytecode::flags::COMPREHENSION == 0;
            // tb_displayline: an expression spanning several lines is marked from its start to
            // the last non-blank character of its first line, without anchors.
            let multi_line = loc.end_line > loc.line;
            let end_col = if multi_line { line.trim_end().chars().count() as u32 } else { loc.end_col };
            if loc.end_line >= loc.line && end_col > loc.col && !for_iter {
                let (a, b) = (loc.col as usize, end_col as usize);
                let chars: Vec<char> = line.chars().collect();
                let full = a <= indent && b >= chars.len().min(indent + text.chars().count());
                if a >= indent && b <= chars.len() {
                    let (carets, anchored) =
                        if multi_line { ("^".repeat(b - a), false) } else { super::carets::caret_line(&line, a, b) };
                    if !full || anchored {
                        out.push_str(&format!("    {}{}\n", " ".repeat(a - indent), carets));
                    }
                }
            }
        }
    }
    if repeat >= 3 {
        let n = repeat - 2;
        out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
    }
}

/// The final line: `Type: message` (or just `Type`), with CPython's "Did you mean" hint when
/// `suggest` (the interpreter's own printer offers it; the 3.11 traceback module does not).
pub fn exception_line(vm: &mut Vm, exc: Value, suggest: bool) -> String {
    let ty = exc.class();
    let q = pystr::as_str(ty.qualname.get()).unwrap_or("?");
    let module = pystr::as_str(ty.module.get()).unwrap_or("builtins");
    let name = if module == "builtins" || module == "__main__" { q.to_string() } else { format!("{module}.{q}") };
    let msg = match vm.str(exc) {
        Ok(s) => pystr::as_str(s).unwrap_or("").to_string(),
        Err(_) => "<exception str() failed>".to_string(),
    };
    let mut line = if msg.is_empty() { name } else { format!("{name}: {msg}") };
    if suggest && let Some(s) = super::suggestions::offer(vm, exc) {
        line.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if exceptions::is_exception(exc)
        && let Some(notes) = exceptions::get_attr(exc, "__notes__")
        && list::is_list(notes)
    {
        for n in list::to_vec(notes) {
            line.push('\n');
            line.push_str(pystr::as_str(n).unwrap_or(""));
        }
    }
    line
}

fn format_syntax_error(vm: &mut Vm, exc: Value, out: &mut String) -> bool {
    if !crate::objects::type_::isinstance(exc, vm.rt.exc.syntax_error) {
        return false;
    }
    let get = |n: &str| exceptions::get_attr(exc, n).filter(|v| !v.is_none());
    let filename = get("filename").and_then(pystr::as_str).unwrap_or("<string>").to_string();
    let lineno = get("lineno").and_then(int::to_i64).unwrap_or(0);
    out.push_str(&format!("  File \"{filename}\", line {lineno}\n"));
    if let Some(text) = get("text").and_then(pystr::as_str) {
        let off = get("offset").and_then(int::to_i64);
        // parse_syntax_error reads the end only of an exact SyntaxError: IndentationError and
        // the other subclasses get one caret.
        let exact = exc.class().is(vm.rt.exc.syntax_error);
        let mut end = if exact { get("end_offset").and_then(int::to_i64).unwrap_or(-1) } else { -1 };
        let end_line = if exact { get("end_lineno").and_then(int::to_i64).unwrap_or(lineno) } else { lineno };
        // print_exception: a multi-line span is highlighted to the end of its first line,
        // and never past the text.
        let size = text.chars().count() as i64;
        if end_line > lineno {
            end = size;
        }
        end = end.min(size + 1);
        print_error_text(text, off, end, out);
    }
    let ty = exc.class().name_str().to_string();
    let msg = get("msg").map(|m| vm.str_string(m).unwrap_or_default()).unwrap_or_default();
    out.push_str(&format!("{ty}: {msg}\n"));
    true
}

/// CPython 3.11's `print_error_text` (Python/pythonrun.c): the line without its
/// indentation, then carets from `offset` to `end_offset` (1-based), none when the offset
/// falls in the stripped indentation (a TabError or an unexpected indent shows no caret).
fn print_error_text(text: &str, offset: Option<i64>, end_offset: i64, out: &mut String) {
    let mut text: Vec<char> = text.chars().collect();
    let Some(offset) = offset else {
        let stripped: String = text.iter().collect::<String>().trim_start_matches([' ', '\t', '\x0c']).to_string();
        out.push_str(&format!("    {}\n", stripped.trim_end_matches('\n')));
        return;
    };
    let carets = if end_offset > 0 && end_offset > offset { (end_offset - offset) as usize } else { 1 };
    let mut offset = offset - 1;
    let lead = text.iter().take_while(|c| matches!(c, ' ' | '\t' | '\x0c')).count();
    text.drain(..lead);
    offset -= lead as i64;
    let len = text.len() - usize::from(text.last() == Some(&'\n'));
    offset = offset.min(len as i64);
    // Skip past newlines embedded in the text before the offset.
    while let Some(nl) = text.iter().position(|&c| c == '\n') {
        if nl as i64 >= offset {
            break;
        }
        text.drain(..=nl);
        offset -= nl as i64 + 1;
    }
    let shown: String = text.iter().collect();
    out.push_str("    ");
    out.push_str(&shown);
    if !shown.ends_with('\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str(&format!("    {}{}\n", " ".repeat(offset as usize), "^".repeat(carets)));
}

/// Nesting state while printing exception groups (CPython's `_ExceptionPrintContext`).
#[derive(Default)]
struct GroupCtx {
    depth: usize,
    need_close: bool,
    style: LineStyle,
    /// `sys.tracebacklimit` when the interpreter itself reports (PyTraceBack_Print).
    limit: Option<i64>,
}

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Append `text`, every line prefixed with the group margin (`  ` per level, then `margin `).
fn emit(ctx: &GroupCtx, margin: char, text: &str, out: &mut String) {
    if ctx.depth == 0 {
        out.push_str(text);
        return;
    }
    let prefix = format!("{}{margin} ", " ".repeat(2 * ctx.depth));
    for line in text.split_inclusive('\n') {
        out.push_str(&prefix);
        out.push_str(line);
    }
}

fn group_members(vm: &mut Vm, exc: Value) -> Option<Vec<Value>> {
    if !crate::objects::type_::isinstance(exc, vm.rt.exc.base_exception_group) {
        return None;
    }
    let excs = vm.getattr_str(exc, "exceptions").ok()?;
    crate::objects::tuple::is_tuple(excs).then(|| crate::objects::tuple::items(excs).to_vec())
}

fn format_one(vm: &mut Vm, exc: Value, out: &mut String, seen: &mut Vec<Value>, ctx: &mut GroupCtx) {
    seen.push(exc);
    if exceptions::is_exception(exc) {
        let e = exceptions::obj(exc);
        let cause = e.cause.get();
        let context = e.context.get();
        if !cause.is_null() && !seen.iter().any(|s| s.is(cause)) {
            format_one(vm, cause, out, seen, ctx);
            emit(ctx, '|', "\nThe above exception was the direct cause of the following exception:\n\n", out);
        } else if !context.is_null() && e.suppress_context.get() == 0 && !seen.iter().any(|s| s.is(context)) {
            format_one(vm, context, out, seen, ctx);
            emit(ctx, '|', "\nDuring handling of the above exception, another exception occurred:\n\n", out);
        }
    }
    let mut text = String::new();
    format_entries_limited(exc, &mut text, ctx.style, ctx.limit);
    let Some(members) = group_members(vm, exc) else {
        emit(ctx, '|', &text, out);
        text.clear();
        if !format_syntax_error(vm, exc, &mut text) {
            text.push_str(&exception_line(vm, exc, ctx.style == LineStyle::Interpreter));
            text.push('\n');
        }
        emit(ctx, '|', &text, out);
        return;
    };
    if ctx.depth > MAX_GROUP_DEPTH {
        emit(ctx, '|', &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), out);
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    if let Some(frames) = text.strip_prefix("Traceback (most recent call last):\n") {
        emit(ctx, if toplevel { '+' } else { '|' }, "Exception Group Traceback (most recent call last):\n", out);
        emit(ctx, '|', frames, out);
    }
    let line = exception_line(vm, exc, ctx.style == LineStyle::Interpreter) + "\n";
    emit(ctx, '|', &line, out);
    let n = members.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for i in 0..n {
        let last = i + 1 == n;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
        out.push_str(&format!(
            "{}{}+---------------- {title} ----------------\n",
            " ".repeat(2 * ctx.depth),
            if i == 0 { "+-" } else { "  " }
        ));
        ctx.depth += 1;
        if truncated {
            let remaining = members.len() - MAX_GROUP_WIDTH;
            let s = if remaining > 1 { "s" } else { "" };
            emit(ctx, '|', &format!("and {remaining} more exception{s}\n"), out);
        } else {
            format_one(vm, members[i], out, seen, ctx);
        }
        if last && ctx.need_close {
            out.push_str(&format!("{}+------------------------------------\n", " ".repeat(2 * ctx.depth)));
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// The full CPython-style report of an exception, its source lines shown in `style`.
pub fn format_exception(vm: &mut Vm, exc: Value, style: LineStyle) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    let limit = if style == LineStyle::Interpreter { crate::stdlib::sys::traceback_limit() } else { None };
    format_one(vm, exc, &mut out, &mut seen, &mut GroupCtx { style, limit, ..GroupCtx::default() });
    out
}

/// Print an uncaught exception to stderr (through `sys.stderr` when it is redirected).
pub fn print_exception(vm: &mut Vm, exc: Value) {
    let text = format_exception(vm, exc, LineStyle::Interpreter);
    crate::stdlib::sys::write_stderr(vm, &text);
}

/// Report an exception nobody can catch (a finalizer's), as CPython's `PyErr_WriteUnraisable`:
/// an exception without a traceback first gets the entry of the frame running at the time,
/// `at` = (code, pc); then `sys.unraisablehook` gets an `UnraisableHookArgs`, or, when it is
/// the default (or missing), [`write_unraisable_default`] prints the report. A failing hook is
/// reported by the default hook, as CPython does.
pub fn write_unraisable(vm: &mut Vm, e: crate::error::PyErr, obj: Value, at: Option<(Value, usize)>) {
    write_unraisable_msg(vm, e, None, obj, at);
}

/// [`write_unraisable`] with CPython's `err_msg` (`_PyErr_WriteUnraisableMsg`): the report
/// starts `<err_msg>: <repr(obj)>` instead of `Exception ignored in: <repr(obj)>`.
pub fn write_unraisable_msg(vm: &mut Vm, e: crate::error::PyErr, err_msg: Option<&str>, obj: Value, at: Option<(Value, usize)>) {
    if let Some((code, pc)) = at
        && entries(e.0).is_empty()
    {
        add_entry(e.0, code, pc);
    }
    let none = objmodel::none();
    let msg = err_msg.map_or(none, pystr::new);
    let (hook, default, args_type) = crate::stdlib::sys::unraisable_hooks();
    let Some(hook) = hook.filter(|h| !h.is_none() && !default.is_some_and(|d| d.is(*h))) else {
        write_unraisable_default(vm, e.0, msg, obj);
        return;
    };
    let Some(args_type) = args_type else {
        write_unraisable_default(vm, e.0, msg, obj);
        return;
    };
    let fields = crate::objects::tuple::new(&[e.0.class().as_value(), e.0, traceback_object(e.0), msg, obj]);
    let r = vm.call1(args_type, fields).and_then(|args| vm.call1(hook, args));
    if let Err(e2) = r {
        write_unraisable_default(vm, e2.0, pystr::new("Exception ignored in sys.unraisablehook"), hook);
    }
}

/// The default `sys.unraisablehook` report (CPython's `write_unraisable_exc_file`):
/// `<err_msg or "Exception ignored in">: <repr(obj)>`, the traceback, then `Type: str(exc)` —
/// with the `: ` even for an empty message, and without chained exceptions.
pub fn write_unraisable_default(vm: &mut Vm, exc: Value, err_msg: Value, obj: Value) {
    let msg = pystr::as_str(err_msg).map(str::to_string);
    let mut text = String::new();
    if !obj.is_null() && !obj.is_none() {
        let r = vm.repr_string(obj).unwrap_or_else(|_| "<object repr() failed>".into());
        text.push_str(&format!("{}: {r}\n", msg.as_deref().unwrap_or("Exception ignored in")));
    } else if let Some(m) = &msg {
        text.push_str(&format!("{m}:\n"));
    }
    format_entries(exc, &mut text, LineStyle::Interpreter);
    let ty = exc.class();
    let q = pystr::as_str(ty.qualname.get()).unwrap_or("?");
    let module = pystr::as_str(ty.module.get()).unwrap_or("builtins");
    if module != "builtins" && module != "__main__" {
        text.push_str(module);
        text.push('.');
    }
    text.push_str(q);
    let s = match vm.str(exc) {
        Ok(s) => pystr::as_str(s).unwrap_or("").to_string(),
        Err(_) => "<exception str() failed>".to_string(),
    };
    text.push_str(&format!(": {s}\n"));
    crate::stdlib::sys::write_stderr(vm, &text);
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::getset;
    let t = r.extra.traceback;
    getset(t, "tb_lineno", tb_lineno, None);
    getset(t, "tb_next", tb_next, None);
    getset(t, "tb_frame", tb_frame, None);
}
