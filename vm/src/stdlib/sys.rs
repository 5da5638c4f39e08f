//! The `sys` module and the process's standard streams.
//!
//! Standard output is buffered in Rust (block-buffered like CPython's when not a terminal) and
//! flushed at exit, before an error report, and by `flush()`; standard error is written
//! through at once. When a program replaces `sys.stdout`, `print` writes to the replacement.

use std::io::{BufRead, Write};
use std::sync::OnceLock;

use objmodel::Value;
use parking_lot::Mutex;

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{dict, float, int, list, str as pystr, tuple};
use crate::vm::Vm;

static STDOUT: Mutex<Option<std::io::BufWriter<std::io::Stdout>>> = Mutex::new(None);
static SYS_MODULE: OnceLock<usize> = OnceLock::new();
static STDIN: Mutex<Option<std::io::BufReader<std::io::Stdin>>> = Mutex::new(None);

fn sys_dict() -> Option<Value> {
    SYS_MODULE.get().map(|m| crate::objects::module::module_dict(Value::from_raw(*m)))
}

/// `sys.copyright` (also the text of the `copyright` builtin).
pub const COPYRIGHT: &str = "pyrs-nogil: MIT";

pub fn for_each_root(f: &mut dyn FnMut(Value)) {
    if let Some(m) = SYS_MODULE.get() {
        f(Value::from_raw(*m));
    }
}

/// How stdout is buffered, decided once: (line-buffered because it is a terminal,
/// unbuffered because `PYTHONUNBUFFERED` is set to a non-empty value, as in CPython).
fn stdout_mode() -> (bool, bool) {
    static MODE: OnceLock<(bool, bool)> = OnceLock::new();
    *MODE.get_or_init(|| {
        let tty = std::io::IsTerminal::is_terminal(&std::io::stdout());
        let unbuffered = std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty());
        (tty, unbuffered)
    })
}

/// Raw write to the process's stdout buffer.
pub fn raw_stdout(s: &str) {
    raw_stdout_bytes(s.as_bytes());
}

/// Raw write of bytes to the process's stdout buffer (`sys.stdout.buffer.write`), errors
/// ignored (exit-time flushes, native writers with nowhere to report).
pub fn raw_stdout_bytes(s: &[u8]) {
    let _ = stdout_write(s);
}

/// Write bytes to the stdout buffer, flushing when the stream's mode asks for it.
pub fn stdout_write(s: &[u8]) -> std::io::Result<()> {
    let mut g = STDOUT.lock();
    let w = g.get_or_insert_with(|| std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
    w.write_all(s)?;
    let (tty, unbuffered) = stdout_mode();
    if unbuffered || (tty && s.contains(&b'\n')) {
        w.flush()?;
    }
    Ok(())
}

pub fn raw_flush_stdout() {
    let _ = stdout_flush();
}

/// Flush the stdout buffer.
pub fn stdout_flush() -> std::io::Result<()> {
    match STDOUT.lock().as_mut() {
        Some(w) => w.flush(),
        None => Ok(()),
    }
}

/// The exception a failed stdout write raises in Python code: BrokenPipeError when the
/// reader went away (CPython's `prog | head -1` ends with it), so a program writing in an
/// endless loop stops; other errors stay ignored, as before.
pub fn stdout_result(vm: &mut Vm, r: std::io::Result<()>) -> PyResult<()> {
    match r {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            // What was buffered can never be written: drop it, so the exit-time flush does
            // not fail again.
            if let Some(w) = STDOUT.lock().take() {
                let _ = w.into_parts();
            }
            Err(crate::stdlib::modules_a::posix::os_error(vm, 32, None, None))
        }
        _ => Ok(()),
    }
}

pub fn raw_stderr(s: &str) {
    raw_stderr_bytes(s.as_bytes());
}

/// Raw write of bytes to stderr (`sys.stderr.buffer.write`).
pub fn raw_stderr_bytes(s: &[u8]) {
    raw_flush_stdout_if_tty();
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(s);
    let _ = e.flush();
}

/// Flush stdout if it is a terminal (so thread output appears promptly).
pub fn raw_flush_stdout_if_needed() {
    raw_flush_stdout_if_tty();
}

fn raw_flush_stdout_if_tty() {
    if stdout_mode().0 {
        raw_flush_stdout();
    }
}

/// The current `sys.<name>` stream object if the program replaced it, else None.
/// `sys.tracebacklimit` when it is set to an int (saturated to the i64 range).
pub fn traceback_limit() -> Option<i64> {
    let v = dict::get_by_name(sys_dict()?, "tracebacklimit")?;
    let b = crate::objects::int::to_bigint(v)?;
    Some(i64::try_from(&b).unwrap_or(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX }))
}

fn replaced_stream(name: &str) -> Option<Value> {
    let d = sys_dict()?;
    let v = dict::get_by_name(d, name)?;
    let orig = dict::get_by_name(d, &format!("__{name}__"))?;
    if v.is(orig) { None } else { Some(v) }
}

pub fn write_stdout(vm: &mut Vm, s: &str) -> PyResult<()> {
    match replaced_stream("stdout") {
        None => {
            let r = stdout_write(s.as_bytes());
            stdout_result(vm, r)
        }
        Some(f) => {
            if f.is_none() {
                return Ok(());
            }
            let w = vm.getattr_str(f, "write")?;
            vm.call1(w, pystr::new(s))?;
            Ok(())
        }
    }
}

pub fn flush_stdout(vm: &mut Vm) -> PyResult<()> {
    match replaced_stream("stdout") {
        None => {
            let r = stdout_flush();
            stdout_result(vm, r)
        }
        Some(f) => {
            if let Some(fl) = vm.getattr_opt(f, vm.rt.names.flush)? {
                vm.call0(fl)?;
            }
            Ok(())
        }
    }
}

pub fn write_stderr(vm: &mut Vm, s: &str) {
    match replaced_stream("stderr") {
        None => raw_stderr(s),
        Some(f) => {
            let r = vm.getattr_str(f, "write").and_then(|w| vm.call1(w, pystr::new(s)));
            if r.is_err() {
                raw_stderr(s);
            }
        }
    }
}

/// One line from stdin (with its newline), or None at EOF.
pub fn read_stdin_line(vm: &mut Vm) -> PyResult<Option<String>> {
    if let Some(f) = replaced_stream("stdin") {
        let r = vm.call_method(f, "readline", &[])?;
        let s = pystr::as_str(r).unwrap_or("").to_string();
        return Ok(if s.is_empty() { None } else { Some(s) });
    }
    // CPython's stdin has newline='\n' off Windows: a "\r\n" line keeps its "\r".
    let Some(line) = read_stdin_line_bytes(vm)? else { return Ok(None) };
    // CPython's stdin decodes with errors='surrogateescape'; this runtime's strings hold no
    // lone surrogates, so an undecodable byte reads as U+FFFD.
    Ok(Some(match String::from_utf8(line) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }))
}

/// One line of the process's stdin as bytes (with its newline), or None at EOF.
pub fn read_stdin_line_bytes(vm: &mut Vm) -> PyResult<Option<Vec<u8>>> {
    let mut g = STDIN.lock();
    let r = g.get_or_insert_with(|| std::io::BufReader::new(std::io::stdin()));
    let mut line = Vec::new();
    match r.read_until(b'\n', &mut line) {
        Ok(0) => Ok(None),
        Ok(_) => Ok(Some(line)),
        Err(e) => Err(vm.new_error(vm.rt.exc.os_error, e.to_string())),
    }
}

/// All remaining stdin (the program text of `pyrs-nogil -`).
pub fn read_stdin_all() -> String {
    String::from_utf8_lossy(&read_stdin_all_bytes()).into_owned()
}

/// All remaining stdin, as bytes.
pub fn read_stdin_all_bytes() -> Vec<u8> {
    let mut g = STDIN.lock();
    let r = g.get_or_insert_with(|| std::io::BufReader::new(std::io::stdin()));
    let mut s = Vec::new();
    let _ = std::io::Read::read_to_end(r, &mut s);
    s
}

fn sys_exit(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "exit", 0, 1)?;
    let args: Vec<Value> = a.get(0).into_iter().collect();
    let e = crate::objects::exceptions::new_exception(vm.rt.exc.system_exit, &args);
    crate::objects::exceptions::set_attr(e, "code", a.get(0).unwrap_or_else(objmodel::none));
    Err(crate::error::PyErr(e))
}
fn getrecursionlimit(vm: &mut Vm, _a: Args) -> PyResult {
    Ok(int::from_usize(vm.rt.recursion_limit()))
}
fn setrecursionlimit(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "setrecursionlimit", 1, 1)?;
    let n = vm.index_value(a.at(0))?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.depth {
        return Err(vm.new_error(
            vm.rt.exc.recursion_error,
            format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", vm.depth),
        ));
    }
    vm.rt.recursion_limit.store(n as usize, std::sync::atomic::Ordering::Relaxed);
    Ok(objmodel::none())
}
fn exc_info(vm: &mut Vm, _a: Args) -> PyResult {
    let e = vm.exc_info;
    if e.is_null() {
        let n = objmodel::none();
        return Ok(tuple::new(&[n, n, n]));
    }
    let tb = crate::interp::traceback::traceback_object(e);
    Ok(tuple::new(&[e.class_value(), e, tb]))
}
fn exception(vm: &mut Vm, _a: Args) -> PyResult {
    Ok(if vm.exc_info.is_null() { objmodel::none() } else { vm.exc_info })
}
/// `sys.getsizeof(obj)`: CPython 3.11's 64-bit sizes for the exact built-in scalars and
/// sequences (what programs print), from their layouts: int 24 + 4 per 30-bit digit, str 49 +
/// len when ASCII else 72 + (len + 1) * width, bytes 33 + len, tuple 40 + 8 per item, list 56 +
/// 8 per item (CPython's may be more: it counts over-allocated room). Other objects report this
/// runtime's allocation size.
fn getsizeof(vm: &mut Vm, a: Args) -> PyResult {
    let v = a.at(0);
    let t = &vm.rt.types;
    let cls = v.class();
    let n = if v.is_none() {
        16
    } else if cls.is(t.bool_) {
        28
    } else if cls.is(t.int) {
        let bits = int::to_bigint(v).map_or(1, |b| b.bits().max(1)) as usize;
        24 + 4 * bits.div_ceil(30)
    } else if cls.is(t.float) {
        24
    } else if cls.is(t.str_) {
        let s = pystr::as_str(v).unwrap_or("");
        let len = s.chars().count();
        match s.chars().map(|c| c as u32).max() {
            None => 49,
            Some(m) if m < 0x80 => 49 + len,
            Some(m) if m < 0x100 => 72 + len + 1,
            Some(m) if m < 0x10000 => 72 + 2 * (len + 1),
            Some(_) => 72 + 4 * (len + 1),
        }
    } else if cls.is(t.bytes) {
        33 + crate::objects::bytes::len(v)
    } else if cls.is(t.tuple) {
        40 + 8 * tuple::items(v).len()
    } else if cls.is(t.list) {
        56 + 8 * list::len(v)
    } else if cls.is(t.dict) && dict::len(v) == 0 {
        64
    } else if v.is_ptr() {
        v.header().size()
    } else {
        28
    };
    Ok(int::from_usize(n))
}
fn intern(vm: &mut Vm, a: Args) -> PyResult {
    if !pystr::is_str(a.at(0)) {
        let got = a.at(0).class().error_name();
        return Err(vm.type_error(format!("intern() argument must be str, not {got}")));
    }
    Ok(vm.rt.intern_value(a.at(0)))
}
fn getframe(vm: &mut Vm, a: Args) -> PyResult {
    let depth = match a.get(0) {
        Some(d) => vm.index_value(d)? as usize,
        None => 0,
    };
    let n = vm.frames.len();
    if depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    Ok(crate::builtins::introspect::live_frame_object(vm, n - 1 - depth))
}
fn get_int_max_str_digits(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(int::from_usize(crate::numfmt::int_max_str_digits()))
}
fn set_int_max_str_digits(vm: &mut Vm, a: Args) -> PyResult {
    let n = vm.index_value(a.get(0).or_else(|| a.kw("maxdigits")).unwrap_or(Value::small(0)))?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    crate::numfmt::set_int_max_str_digits(n as usize);
    Ok(objmodel::none())
}
fn getdefaultencoding(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(pystr::new("utf-8"))
}
fn getrefcount(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(Value::small(2))
}
fn displayhook(vm: &mut Vm, a: Args) -> PyResult {
    let v = a.at(0);
    if !v.is_none() {
        let r = vm.repr_string(v)?;
        write_stdout(vm, &format!("{r}\n"))?;
        let b = vm.rt.builtins_dict;
        dict::set_by_name(b, "_", v);
    }
    Ok(objmodel::none())
}
/// `sys.unraisablehook`, `sys.__unraisablehook__` and the `UnraisableHookArgs` type, for
/// `traceback::write_unraisable`.
pub fn unraisable_hooks() -> (Option<Value>, Option<Value>, Option<Value>) {
    let Some(d) = sys_dict() else { return (None, None, None) };
    (
        dict::get_by_name(d, "unraisablehook"),
        dict::get_by_name(d, "__unraisablehook__"),
        dict::get_by_name(d, "_UnraisableHookArgs"),
    )
}

/// `sys.__unraisablehook__(args)`: the default report of an unraisable exception.
fn unraisablehook(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "unraisablehook", 1, 1)?;
    let args = a.at(0);
    let items = if tuple::is_tuple(args) { tuple::items(args) } else { &[] };
    if items.len() != 5 {
        return Err(vm.type_error("sys.unraisablehook argument type must be UnraisableHookArgs"));
    }
    let (exc, err_msg, obj) = (items[1], items[3], items[4]);
    if !exc.is_none() {
        crate::interp::traceback::write_unraisable_default(vm, exc, err_msg, obj);
    }
    Ok(objmodel::none())
}

fn excepthook(vm: &mut Vm, a: Args) -> PyResult {
    crate::interp::traceback::print_exception(vm, a.at(1));
    Ok(objmodel::none())
}

/// Set `sys.argv` and `sys.path[0]` (called by `main`).
pub fn configure(vm: &mut Vm, argv: &[String], path0: &str) {
    let d = match sys_dict() {
        Some(d) => d,
        None => {
            let _ = crate::import::import_module(vm, "sys");
            sys_dict().expect("sys module")
        }
    };
    let args: Vec<Value> = argv.iter().map(|a| pystr::new(a)).collect();
    dict::set_by_name(d, "argv", list::new_list(&args));
    dict::set_by_name(d, "orig_argv", list::new_list(&args));
    let mut path = vec![pystr::new(path0)];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        for p in pp.split(':').filter(|p| !p.is_empty()) {
            path.push(pystr::new(p));
        }
    }
    dict::set_by_name(d, "path", list::new_list(&path));
}

/// `sys.getswitchinterval()`: the interval also bounds a new thread's first slice
/// (first_slice.rs); threads here run in parallel, with no interpreter lock to hand over.
fn getswitchinterval(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "getswitchinterval", 0, 0)?;
    Ok(float::new(crate::first_slice::switch_interval()))
}

fn setswitchinterval(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "setswitchinterval", 1, 1)?;
    let secs = crate::objects::numbers::to_f64(vm, a.at(0), false)?;
    if !(secs > 0.0) {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    crate::first_slice::set_switch_interval(secs);
    Ok(objmodel::none())
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    use crate::objects::define::func;
    let m = crate::objects::module::new_module("sys");
    let d = crate::objects::module::module_dict(m);
    let _ = SYS_MODULE.set(m.raw());
    func(d, "exit", sys_exit);
    func(d, "getrecursionlimit", getrecursionlimit);
    func(d, "setrecursionlimit", setrecursionlimit);
    func(d, "exc_info", exc_info);
    func(d, "exception", exception);
    func(d, "getsizeof", getsizeof);
    func(d, "intern", intern);
    func(d, "_getframe", getframe);
    func(d, "get_int_max_str_digits", get_int_max_str_digits);
    func(d, "set_int_max_str_digits", set_int_max_str_digits);
    func(d, "getdefaultencoding", getdefaultencoding);
    func(d, "getrefcount", getrefcount);
    func(d, "getswitchinterval", getswitchinterval);
    func(d, "setswitchinterval", setswitchinterval);
    func(d, "displayhook", displayhook);
    func(d, "excepthook", excepthook);
    func(d, "unraisablehook", unraisablehook);
    // `sys.__excepthook__ is sys.excepthook` at start-up, as in CPython.
    for name in ["displayhook", "excepthook", "unraisablehook"] {
        if let Some(h) = dict::get_by_name(d, name) {
            dict::set_by_name(d, &format!("__{name}__"), h);
        }
    }
    dict::set_by_name(d, "modules", vm.rt.sys_modules);
    dict::set_by_name(d, "maxsize", int::from_i64(i64::MAX));
    dict::set_by_name(d, "maxunicode", int::from_i64(0x10ffff));
    dict::set_by_name(d, "byteorder", pystr::new(if cfg!(target_endian = "little") { "little" } else { "big" }));
    dict::set_by_name(d, "platform", pystr::new("linux"));
    dict::set_by_name(d, "version", pystr::new("3.11.7 (pyrs-nogil 0.1.0) [Rust]"));
    dict::set_by_name(d, "hexversion", int::from_i64(0x030b07f0));
    dict::set_by_name(d, "api_version", int::from_i64(1013));
    dict::set_by_name(d, "copyright", pystr::new(COPYRIGHT));
    dict::set_by_name(d, "executable", pystr::new(&std::env::current_exe().map(|p| p.to_string_lossy().to_string()).unwrap_or_default()));
    dict::set_by_name(d, "prefix", pystr::new(crate::stdlib::source_map::PREFIX));
    dict::set_by_name(d, "argv", list::new_list(&[]));
    dict::set_by_name(d, "path", list::new_list(&[]));
    dict::set_by_name(d, "dont_write_bytecode", objmodel::true_());
    dict::set_by_name(d, "_nogil", objmodel::true_());
    let names: Vec<Value> = super::builtin_names().iter().map(|n| pystr::new(n)).collect();
    dict::set_by_name(d, "builtin_module_names", tuple::new(&names));
    for (name, fd) in [("stdin", 0), ("stdout", 1), ("stderr", 2)] {
        let s = super::io::std_stream(vm, fd)?;
        dict::set_by_name(d, name, s);
        dict::set_by_name(d, &format!("__{name}__"), s);
    }
    // The Debian-style triple CPython's sys.implementation._multiarch names.
    dict::set_by_name(d, "_multiarch", pystr::new(&format!("{}-{}-gnu", std::env::consts::ARCH, std::env::consts::OS)));
    // version_info, float_info, implementation: small Python-level definitions.
    let boot = r#"
class _VersionInfo(tuple):
    __slots__ = ()
    def __new__(cls, t):
        return tuple.__new__(cls, t)
    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])
    def __repr__(self):
        return "sys.version_info(major=%d, minor=%d, micro=%d, releaselevel=%r, serial=%d)" % tuple(self)
version_info = _VersionInfo((3, 11, 7, 'final', 0))
class _UnraisableHookArgs(tuple):
    # CPython's struct sequence UnraisableHookArgs (not a sys attribute there).
    __slots__ = ()
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0
    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 5:
            raise TypeError("UnraisableHookArgs() takes a 5-sequence (%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)
    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    err_msg = property(lambda self: self[3])
    object = property(lambda self: self[4])
    def __repr__(self):
        return ("UnraisableHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, err_msg=%r, "
                "object=%r)" % tuple(self))
_UnraisableHookArgs.__name__ = _UnraisableHookArgs.__qualname__ = 'UnraisableHookArgs'
_UnraisableHookArgs.__module__ = 'builtins'
def _structseq(name, items):
    # A struct sequence as CPython's: a tuple whose items are also named attributes, with
    # the repr `sys.NAME(field=value, ...)`.
    fields = tuple(f for f, _ in items)
    ns = {'__slots__': (), 'n_fields': len(fields), 'n_sequence_fields': len(fields),
          'n_unnamed_fields': 0}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    def __new__(cls, seq):
        return tuple.__new__(cls, seq)
    def __repr__(self):
        return "sys.%s(%s)" % (name, ", ".join("%s=%r" % fv for fv in zip(fields, self)))
    def __reduce__(self):
        return (type(self), (tuple(self),))
    ns['__new__'] = __new__
    ns['__repr__'] = __repr__
    ns['__reduce__'] = __reduce__
    cls = type(name, (tuple,), ns)
    cls.__module__ = 'sys'
    return cls((v for _, v in items))
float_info = _structseq('float_info', (
    ('max', 1.7976931348623157e+308), ('max_exp', 1024), ('max_10_exp', 308),
    ('min', 2.2250738585072014e-308), ('min_exp', -1021), ('min_10_exp', -307), ('dig', 15),
    ('mant_dig', 53), ('epsilon', 2.220446049250313e-16), ('radix', 2), ('rounds', 1)))
class _Namespace:
    # sys.implementation's class until `types` is imported, which makes it a
    # types.SimpleNamespace (same repr, equality and pickling).
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)
    def __repr__(self):
        return "namespace(%s)" % ", ".join("%s=%r" % kv for kv in self.__dict__.items())
    def __eq__(self, other):
        if isinstance(other, _Namespace):
            return self.__dict__ == other.__dict__
        return NotImplemented
    __hash__ = None
implementation = _Namespace(name='pyrs_nogil', cache_tag=None, version=version_info,
                            hexversion=hexversion, _multiarch=_multiarch)
del _Namespace, _multiarch
flags = _structseq('flags', (
    ('debug', 0), ('inspect', 0), ('interactive', 0), ('optimize', 0), ('dont_write_bytecode', 1),
    ('no_user_site', 0), ('no_site', 1), ('ignore_environment', 0), ('verbose', 0),
    ('bytes_warning', 0), ('quiet', 0), ('hash_randomization', 1), ('isolated', 0),
    ('dev_mode', False), ('utf8_mode', 0), ('warn_default_encoding', 0), ('safe_path', False),
    ('int_max_str_digits', -1)))
hash_info = _structseq('hash_info', (
    ('width', 64), ('modulus', 2305843009213693951), ('inf', 314159), ('nan', 0),
    ('imag', 1000003), ('algorithm', 'siphash13'), ('hash_bits', 64), ('seed_bits', 128),
    ('cutoff', 0)))
int_info = _structseq('int_info', (
    ('bits_per_digit', 30), ('sizeof_digit', 4), ('default_max_str_digits', 4300),
    ('str_digits_check_threshold', 640)))
del _structseq
# CPython's struct sequence types are named after their sys attribute: <class 'sys.flags'>.
_VersionInfo.__name__ = _VersionInfo.__qualname__ = 'version_info'
_VersionInfo.__module__ = 'sys'
del _VersionInfo
float_repr_style = 'short'
abiflags = ''
exec_prefix = base_prefix = base_exec_prefix = prefix
platlibdir = 'lib'
pycache_prefix = None
warnoptions = []
def getfilesystemencoding():
    return 'utf-8'
def getfilesystemencodeerrors():
    return 'surrogateescape'
# The interpreter loop has no call/line/return hooks (a check per instruction would cost every
# program), so installing a trace or profile function is refused rather than silently ignored.
# None (no hook) is accepted, and is what gettrace()/getprofile() report.
def _refuse_hook(kind, function):
    if function is not None:
        raise NotImplementedError(
            "sys.set%s: pyrs-nogil's interpreter delivers no %s events" % (kind, kind))
def settrace(function, /):
    _refuse_hook('trace', function)
def setprofile(function, /):
    _refuse_hook('profile', function)
def gettrace():
    return None
def getprofile():
    return None
def is_finalizing():
    return False
"#;
    let code = crate::builtins::introspect::compile_source(vm, boot, "<sys>", crate::compile::Mode::Exec)?;
    crate::interp::call::exec_code(vm, code, d, d)?;
    Ok(m)
}
