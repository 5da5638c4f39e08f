//! File objects: `open()` (text and binary), the standard streams, `io.StringIO` and
//! `io.BytesIO`; their text layer (encodings, newlines, `buffer`) is `io_text.rs`. A file's
//! OS handle and buffers live in a native payload behind a mutex; all files still open at
//! exit are flushed (as CPython's finalizers do).

use std::any::Any;
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::{Arc, OnceLock, Weak};

use objmodel::layout::{NativeData, NativeObj};
use objmodel::{TypeObj, Value};
use parking_lot::Mutex;

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{int, list, str as pystr};
use crate::vm::Vm;

pub(super) enum Backing {
    File(std::fs::File),
    Stdin,
    Stdout,
    Stderr,
    Memory,
}

pub(super) struct FileState {
    pub(super) backing: Backing,
    pub(super) name: String,
    pub(super) mode: String,
    pub(super) binary: bool,
    pub(super) readable: bool,
    pub(super) writable: bool,
    pub(super) closed: bool,
    /// An `io.StringIO` (whose closed-stream errors lack CPython's final period).
    pub(super) string_io: bool,
    /// Pending writes (files) or the whole content (memory streams).
    pub(super) wbuf: Vec<u8>,
    /// Read-ahead data and position within it (files) / position (memory).
    pub(super) rbuf: Vec<u8>,
    pub(super) rpos: usize,
    pub(super) eof: bool,
    /// The text layer (text files and the standard streams; see `io_text.rs`).
    pub(super) text: super::io_text::TextMode,
}

pub struct FileData {
    st: Arc<Mutex<FileState>>,
    /// Whether this object is a binary view of the state (a binary file, a memory stream
    /// of bytes, or the `buffer` of a text file); a text file and its `buffer` share one
    /// state, as CPython's TextIOWrapper and its BufferedReader share one position.
    binary: bool,
    /// A text file's `buffer` object (NULL for binary objects); set at creation, never
    /// changed, so tracing needs no lock.
    buffer: Value,
}

impl NativeData for FileData {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        if !self.buffer.is_null() {
            visit(self.buffer);
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

static OPEN_FILES: Mutex<Vec<Weak<Mutex<FileState>>>> = Mutex::new(Vec::new());
static TYPES: OnceLock<(usize, usize, usize, usize)> = OnceLock::new();

fn types() -> (&'static TypeObj, &'static TypeObj, &'static TypeObj, &'static TypeObj) {
    let (a, b, c, d) = *TYPES.get().expect("io types");
    let t = |x: usize| crate::objects::type_::as_type(Value::from_raw(x));
    (t(a), t(b), t(c), t(d))
}

impl FileState {
    fn flush(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        match &mut self.backing {
            Backing::File(f) => {
                f.write_all(&self.wbuf)?;
                self.wbuf.clear();
            }
            Backing::Stdout => {
                crate::stdlib::sys::raw_stdout(&String::from_utf8_lossy(&self.wbuf));
                self.wbuf.clear();
            }
            Backing::Stderr => {
                crate::stdlib::sys::raw_stderr(&String::from_utf8_lossy(&self.wbuf));
                self.wbuf.clear();
            }
            Backing::Memory | Backing::Stdin => {}
        }
        Ok(())
    }
    pub(super) fn fill_all(&mut self) {
        if self.eof {
            return;
        }
        match &mut self.backing {
            Backing::File(f) => {
                let mut v = Vec::new();
                let _ = f.read_to_end(&mut v);
                self.rbuf.extend(v);
            }
            Backing::Stdin => self.rbuf.extend(crate::stdlib::sys::read_stdin_all_bytes()),
            _ => {}
        }
        self.eof = true;
    }
}

/// Flush every open file (at exit).
pub fn flush_all() {
    for w in OPEN_FILES.lock().iter() {
        if let Some(s) = w.upgrade() {
            let _ = s.lock().flush();
        }
    }
    crate::stdlib::sys::raw_flush_stdout();
}

fn state(v: Value) -> Option<Arc<Mutex<FileState>>> {
    if !v.is_ptr() || v.header().kind() != objmodel::Kind::Native {
        return None;
    }
    // SAFETY: kind Native has layout NativeObj.
    let n = unsafe { v.cast::<NativeObj>() };
    n.data::<FileData>().map(|d| d.st.clone())
}

/// The state and binary-ness of the file object `v`.
pub(super) fn view(v: Value) -> Option<(Arc<Mutex<FileState>>, bool)> {
    if !v.is_ptr() || v.header().kind() != objmodel::Kind::Native {
        return None;
    }
    // SAFETY: kind Native has layout NativeObj.
    let n = unsafe { v.cast::<NativeObj>() };
    n.data::<FileData>().map(|d| (d.st.clone(), d.binary))
}

/// The state of `v` when it is an `io.BytesIO` (a memory stream of bytes).
fn bytesio_state(v: Value) -> Option<Arc<Mutex<FileState>>> {
    let (st, binary) = view(v)?;
    let is_mem = {
        let s = st.lock();
        matches!(s.backing, Backing::Memory) && s.binary && !s.string_io && s.name.is_empty()
    };
    (binary && is_mem).then_some(st)
}

/// Whether `v` is an `io.BytesIO`.
pub fn is_bytesio(v: Value) -> bool {
    bytesio_state(v).is_some()
}

/// Run `f` over the contents of the BytesIO `v` under its lock (None when `v` is none). A
/// memoryview from `getbuffer` reads and writes the stream's bytes through this.
pub fn with_bytesio_buf<R>(v: Value, f: impl FnOnce(&mut Vec<u8>) -> R) -> Option<R> {
    let st = bytesio_state(v)?;
    let mut s = st.lock();
    Some(f(&mut s.wbuf))
}

/// `BytesIO.getbuffer()`: a writable memoryview of the stream's contents. CPython forbids
/// resizing the stream while such a view exists; here, as with views over a bytearray, the
/// view reads the current contents and positions past a shrunken end raise IndexError.
fn m_getbuffer(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "getbuffer")?;
    if a.len() > 1 {
        return Err(vm.type_error(format!("BytesIO.getbuffer() takes no arguments ({} given)", a.len() - 1)));
    }
    let st = this(vm, &a)?;
    let len = {
        let s = st.lock();
        if s.closed {
            return Err(closed_err(vm, false));
        }
        s.wbuf.len()
    };
    Ok(crate::objects::memoryview::over_bytesio(a.at(0), len))
}

fn binary_of(a: &Args) -> bool {
    a.get(0).and_then(view).map(|(_, b)| b).unwrap_or(false)
}

pub(super) fn this(vm: &mut Vm, a: &Args) -> PyResult<Arc<Mutex<FileState>>> {
    match a.get(0).and_then(state) {
        Some(s) => Ok(s),
        None => Err(vm.type_error("descriptor requires a file object")),
    }
}

/// A file object over a new state; a text file gets its `buffer`, a binary view of the
/// same state (BufferedReader/BufferedWriter), at once.
fn new_file(cls: &TypeObj, st: FileState) -> Value {
    let binary = st.binary;
    let memory = matches!(st.backing, Backing::Memory);
    let arc = Arc::new(Mutex::new(st));
    OPEN_FILES.lock().push(Arc::downgrade(&arc));
    let buffer = if binary || memory {
        Value::NULL
    } else {
        let bcls = buffered_class(&arc.lock());
        new_view(bcls, arc.clone(), true, Value::NULL)
    };
    objmodel::alloc::new_native(cls, Box::new(FileData { st: arc, binary, buffer }))
}

/// Another object over the same state: a TextIOWrapper made over the binary file or
/// memory stream `buffer`, or a binary view (`buffer` NULL).
pub(super) fn new_view(cls: &TypeObj, st: Arc<Mutex<FileState>>, binary: bool, buffer: Value) -> Value {
    objmodel::alloc::new_native(cls, Box::new(FileData { st, binary, buffer }))
}

/// The `buffer` a text file object was made with (NULL if none).
pub(super) fn buffer_of(v: Value) -> Value {
    if !v.is_ptr() || v.header().kind() != objmodel::Kind::Native {
        return Value::NULL;
    }
    // SAFETY: kind Native has layout NativeObj.
    let n = unsafe { v.cast::<NativeObj>() };
    n.data::<FileData>().map(|d| d.buffer).unwrap_or(Value::NULL)
}

/// The class of a binary view of `st`: BufferedReader or BufferedWriter.
pub(super) fn buffered_class(st: &FileState) -> &'static TypeObj {
    let (_, bw, br, _) = types();
    if st.readable && !st.writable { br } else { bw }
}

/// The TextIOWrapper class.
pub(super) fn text_class() -> &'static TypeObj {
    types().0
}

/// CPython's error for an operation on a closed stream: `io.StringIO`'s message has no final
/// period, every other stream's has one.
fn closed_err(vm: &mut Vm, string_io: bool) -> crate::error::PyErr {
    vm.value_error(if string_io { "I/O operation on closed file" } else { "I/O operation on closed file." })
}

/// Whether `s` is the state of an `io.StringIO`.
fn is_string_io(s: &FileState) -> bool {
    s.string_io
}

fn io_err(vm: &mut Vm, e: std::io::Error, name: &str) -> crate::error::PyErr {
    let r = &vm.rt.exc;
    let (ty, errno) = match e.kind() {
        std::io::ErrorKind::NotFound => (r.file_not_found_error, 2),
        std::io::ErrorKind::PermissionDenied => (r.permission_error, 13),
        std::io::ErrorKind::AlreadyExists => (r.file_exists_error, 17),
        _ => match e.raw_os_error() {
            Some(21) => (r.is_a_directory_error, 21),
            Some(20) => (r.not_a_directory_error, 20),
            Some(n) => (r.os_error, n),
            None => (r.os_error, 0),
        },
    };
    let msg = match errno {
        2 => "No such file or directory".to_string(),
        13 => "Permission denied".to_string(),
        17 => "File exists".to_string(),
        21 => "Is a directory".to_string(),
        20 => "Not a directory".to_string(),
        _ => e.to_string(),
    };
    let exc = crate::objects::exceptions::new_exception(ty, &[Value::small(errno as i64), pystr::new(&msg)]);
    let set = crate::objects::exceptions::set_attr;
    set(exc, "errno", Value::small(errno as i64));
    set(exc, "strerror", pystr::new(&msg));
    set(exc, "filename", pystr::new(name));
    crate::error::PyErr(exc)
}

/// `open`'s mode checks, in the order of CPython's `_io_open_impl`: unknown or repeated
/// characters, text with binary, more than one of create/read/write/append, then (FileIO's)
/// none of them.
fn check_mode(vm: &mut Vm, mode: &str) -> PyResult<()> {
    for (i, c) in mode.char_indices() {
        if !"xrwa+tb".contains(c) || mode[i + c.len_utf8()..].contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
    }
    if mode.contains('t') && mode.contains('b') {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    match mode.chars().filter(|c| "xrwa".contains(*c)).count() {
        0 => Err(vm.value_error("Must have exactly one of create/read/write/append mode and at most one plus")),
        1 => Ok(()),
        _ => Err(vm.value_error("must have exactly one of create/read/write/append mode")),
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`.
pub fn open(vm: &mut Vm, a: Args) -> PyResult {
    let [file, mode, _buffering, encoding, errors, newline] =
        a.bind(vm, "open", ["file", "mode", "buffering", "encoding", "errors", "newline"], 6, 1)?;
    let name = match pystr::as_str(file) {
        Some(s) => s.to_string(),
        None => {
            if let Some(p) = vm.call_method_special(file, vm.rt.names.__fspath__, &[])? {
                vm.str_string(p)?
            } else {
                return Err(vm.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    file.class().name_str()
                )));
            }
        }
    };
    let mode_s = if mode.is_null() { "r".to_string() } else { vm.str_string(mode)? };
    check_mode(vm, &mode_s)?;
    let binary = mode_s.contains('b');
    let given = |v: Value| !v.is_null() && !v.is_none();
    if binary && given(encoding) {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    if binary && given(errors) {
        return Err(vm.value_error("binary mode doesn't take an errors argument"));
    }
    if binary && given(newline) {
        return Err(vm.value_error("binary mode doesn't take a newline argument"));
    }
    let text = super::io_text::TextMode::from_args(vm, encoding, errors, newline, "UTF-8")?;
    let plus = mode_s.contains('+');
    let mut oo = std::fs::OpenOptions::new();
    let (readable, writable) = match mode_s.chars().find(|c| "rwax".contains(*c)).unwrap_or('r') {
        'r' => {
            oo.read(true).write(plus);
            (true, plus)
        }
        'w' => {
            oo.write(true).create(true).truncate(true).read(plus);
            (plus, true)
        }
        'a' => {
            oo.append(true).create(true).read(plus);
            (plus, true)
        }
        _ => {
            oo.write(true).create_new(true).read(plus);
            (plus, true)
        }
    };
    let f = oo.open(&name).map_err(|e| io_err(vm, e, &name))?;
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(io_err(vm, std::io::Error::from_raw_os_error(21), &name));
    }
    let (textio, bufio_w, bufio_r, _) = types();
    let cls = if !binary {
        textio
    } else if readable && !writable {
        bufio_r
    } else {
        bufio_w
    };
    Ok(new_file(
        cls,
        FileState {
            backing: Backing::File(f),
            name,
            mode: mode_s,
            binary,
            readable,
            writable,
            closed: false,
            string_io: false,
            wbuf: Vec::new(),
            rbuf: Vec::new(),
            rpos: 0,
            eof: false,
            text,
        },
    ))
}

/// `sys.stdin/stdout/stderr`.
pub fn std_stream(_vm: &mut Vm, fd: i32) -> PyResult<Value> {
    let (textio, ..) = types();
    let (backing, name, r, w) = match fd {
        0 => (Backing::Stdin, "<stdin>", true, false),
        1 => (Backing::Stdout, "<stdout>", false, true),
        _ => (Backing::Stderr, "<stderr>", false, true),
    };
    Ok(new_file(
        textio,
        FileState {
            backing,
            name: name.to_string(),
            mode: if r { "r" } else { "w" }.to_string(),
            binary: false,
            readable: r,
            writable: w,
            closed: false,
            string_io: false,
            wbuf: Vec::new(),
            rbuf: Vec::new(),
            rpos: 0,
            eof: false,
            text: super::io_text::TextMode::for_std_fd(fd),
        },
    ))
}

fn to_value(binary: bool, data: &[u8]) -> Value {
    if binary { objmodel::alloc::new_bytes(data) } else { pystr::new(&String::from_utf8_lossy(data)) }
}

/// The state of a readable, open file `a[0]`, with its binary-ness; a text view has its
/// buffer filled with decoded text first.
fn readable_state(vm: &mut Vm, a: &Args) -> PyResult<(Arc<Mutex<FileState>>, bool)> {
    let Some((st, binary)) = a.get(0).and_then(view) else {
        return Err(vm.type_error("descriptor requires a file object"));
    };
    {
        let s = st.lock();
        if s.closed {
            return Err(closed_err(vm, is_string_io(&s)));
        }
        if !s.readable {
            return Err(super::io_abc::unsupported(vm, "not readable"));
        }
    }
    Ok((st, binary))
}

fn size_arg(vm: &mut Vm, a: &Args, i: usize, name: &str) -> PyResult<i64> {
    match a.get(i).or_else(|| a.kw(name)) {
        Some(v) if !v.is_none() => vm.index_value(v),
        _ => Ok(-1),
    }
}

fn f_read(vm: &mut Vm, a: Args) -> PyResult {
    let n = size_arg(vm, &a, 1, "size")?;
    let (st, binary) = readable_state(vm, &a)?;
    if !binary && matches!(st.lock().backing, Backing::Memory) {
        return super::io_text::memory_text_read(vm, &st, n, false);
    }
    if binary {
        st.lock().fill_all();
    } else {
        super::io_text::text_fill(vm, &st)?;
    }
    let mut s = st.lock();
    let avail = &s.rbuf[s.rpos..];
    let take = if n < 0 {
        avail.len()
    } else if binary {
        (n as usize).min(avail.len())
    } else {
        // n characters
        let text = String::from_utf8_lossy(avail);
        text.char_indices().nth(n as usize).map(|(b, _)| b).unwrap_or(avail.len())
    };
    let out = avail[..take].to_vec();
    s.rpos += take;
    Ok(to_value(binary, &out))
}
fn f_readline(vm: &mut Vm, a: Args) -> PyResult {
    let limit = size_arg(vm, &a, 1, "size")?;
    let (st, binary) = readable_state(vm, &a)?;
    if !binary && matches!(st.lock().backing, Backing::Memory) {
        return super::io_text::memory_text_read(vm, &st, -1, true);
    }
    let line_stdin = {
        let s = st.lock();
        matches!(s.backing, Backing::Stdin) && !s.eof && s.rpos >= s.rbuf.len()
    };
    if line_stdin && limit < 0 {
        if binary {
            let line = crate::stdlib::sys::read_stdin_line_bytes(vm)?.unwrap_or_default();
            return Ok(objmodel::alloc::new_bytes(&line));
        }
        let line = crate::stdlib::sys::read_stdin_line(vm)?.unwrap_or_default();
        return Ok(pystr::new(&line));
    }
    let newline = if binary {
        st.lock().fill_all();
        Some("\n".to_string())
    } else {
        super::io_text::text_fill(vm, &st)?;
        st.lock().text.newline.clone()
    };
    let mut s = st.lock();
    let avail = &s.rbuf[s.rpos..];
    let mut end = super::io_text::line_end(avail, newline.as_deref());
    if limit >= 0 {
        end = if binary {
            end.min(limit as usize)
        } else {
            let text = String::from_utf8_lossy(&avail[..end]);
            text.char_indices().nth(limit as usize).map(|(b, _)| b).unwrap_or(end)
        };
    }
    let out = avail[..end].to_vec();
    s.rpos += end;
    Ok(to_value(binary, &out))
}
fn f_readlines(vm: &mut Vm, a: Args) -> PyResult {
    let mut lines = Vec::new();
    let one = Args::new(&a.pos[..1]);
    loop {
        let l = f_readline(vm, one)?;
        let empty = vm.len(l)? == 0;
        if empty {
            break;
        }
        lines.push(l);
    }
    Ok(list::new_list(&lines))
}
fn f_write(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let binary = binary_of(&a);
    a.check(vm, "write", 2, 2)?;
    let (closed, writable, text, string_io, bytes_io) = {
        let s = st.lock();
        let sio = is_string_io(&s);
        // A BytesIO: a nameless memory stream (a closed file's backing is Memory too, but it
        // keeps its name).
        let bio = binary && matches!(s.backing, Backing::Memory) && s.name.is_empty();
        (s.closed, s.writable, s.text.clone(), sio, bio)
    };
    let v = a.at(1);
    // CPython checks the argument's type before the stream's state (argument clinic in
    // TextIOWrapper, BufferedWriter and FileIO; StringIO.write tests it before CHECK_CLOSED),
    // except BytesIO.write, which checks closed first.
    if closed && bytes_io {
        return Err(closed_err(vm, false));
    }
    let ok_type = if binary { crate::objects::bytes::data(v).is_some() } else { pystr::is_str(v) };
    if !ok_type {
        let tn = v.class().error_name();
        return Err(vm.type_error(if binary {
            format!("a bytes-like object is required, not '{tn}'")
        } else if string_io {
            format!("string argument expected, got '{tn}'")
        } else {
            format!("write() argument must be str, not {tn}")
        }));
    }
    if closed {
        return Err(closed_err(vm, string_io));
    }
    if !writable {
        return Err(super::io_abc::unsupported(vm, "not writable"));
    }
    let (bytes, n) = if binary {
        let b = crate::objects::bytes::as_bytes(v).unwrap_or_default();
        let n = b.len();
        (b, n)
    } else {
        let t = pystr::as_str(v).unwrap_or_default();
        (text.encode(vm, t)?, t.chars().count())
    };
    let mut s = st.lock();
    if !binary && s.string_io && matches!(s.text.newline.as_deref(), None | Some("")) {
        let seen = super::io_text::scan_newlines(pystr::as_str(v).unwrap_or("").as_bytes());
        s.text.seen_nl |= seen;
    }
    if matches!(s.backing, Backing::Memory) {
        let pos = s.rpos;
        let end = pos + bytes.len();
        if s.wbuf.len() < end {
            s.wbuf.resize(end, 0);
        }
        s.wbuf[pos..end].copy_from_slice(&bytes);
        s.rpos = end;
        return Ok(int::from_usize(n));
    }
    if matches!(s.backing, Backing::Stdout) {
        drop(s);
        let r = crate::stdlib::sys::stdout_write(&bytes);
        crate::stdlib::sys::stdout_result(vm, r)?;
        return Ok(int::from_usize(n));
    }
    if matches!(s.backing, Backing::Stderr) {
        drop(s);
        crate::stdlib::sys::raw_stderr_bytes(&bytes);
        return Ok(int::from_usize(n));
    }
    s.wbuf.extend_from_slice(&bytes);
    if s.wbuf.len() > 1 << 16 {
        let name = s.name.clone();
        s.flush().map_err(|e| io_err(vm, e, &name))?;
    }
    Ok(int::from_usize(n))
}
fn f_writelines(vm: &mut Vm, a: Args) -> PyResult {
    let items = vm.collect(a.at(1))?;
    for it in items {
        f_write(vm, Args::new(&[a.at(0), it]))?;
    }
    Ok(objmodel::none())
}
fn f_flush(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let mut s = st.lock();
    let name = s.name.clone();
    s.flush().map_err(|e| io_err(vm, e, &name))?;
    if matches!(s.backing, Backing::Stdout) {
        drop(s);
        let r = crate::stdlib::sys::stdout_flush();
        crate::stdlib::sys::stdout_result(vm, r)?;
    }
    Ok(objmodel::none())
}
fn f_close(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let mut s = st.lock();
    if !s.closed {
        let name = s.name.clone();
        s.flush().map_err(|e| io_err(vm, e, &name))?;
        if matches!(s.backing, Backing::File(_)) {
            s.closed = true;
            s.backing = Backing::Memory;
        } else if matches!(s.backing, Backing::Memory) {
            s.closed = true;
        }
    }
    Ok(objmodel::none())
}
fn f_enter(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(a.at(0))
}
fn f_exit(vm: &mut Vm, a: Args) -> PyResult {
    f_close(vm, Args::new(&a.pos[..1]))?;
    Ok(objmodel::false_())
}
fn f_iter(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    // IOBase.__iter__'s check: its message has the period for every stream.
    if st.lock().closed {
        return Err(closed_err(vm, false));
    }
    Ok(a.at(0))
}
fn f_next(vm: &mut Vm, a: Args) -> PyResult {
    let l = f_readline(vm, a)?;
    if vm.len(l)? == 0 {
        return Err(vm.stop_iteration(Value::NULL));
    }
    Ok(l)
}
fn f_seek(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let off = vm.index_value(a.at(1))?;
    let whence = match a.get(2) {
        Some(w) => vm.index_value(w)?,
        None => 0,
    };
    let mut s = st.lock();
    if s.closed {
        return Err(closed_err(vm, is_string_io(&s)));
    }
    let name = s.name.clone();
    s.flush().map_err(|e| io_err(vm, e, &name))?;
    if let Backing::Memory = s.backing {
        if !s.binary {
            // StringIO positions count characters; its buffer holds UTF-8.
            if whence != 0 && off != 0 {
                // CPython 3.11 raises a plain OSError, "cur-relative" for whence 1 and 2.
                return Err(vm.new_error(vm.rt.exc.os_error, "Can't do nonzero cur-relative seeks"));
            }
            if whence == 0 && off < 0 {
                return Err(vm.value_error(format!("Negative seek position {off}")));
            }
            let chars = |b: &[u8]| String::from_utf8_lossy(b).chars().count();
            let (byte, pos) = match whence {
                1 => (s.rpos.min(s.wbuf.len()), chars(&s.wbuf[..s.rpos.min(s.wbuf.len())])),
                2 => (s.wbuf.len(), chars(&s.wbuf)),
                _ => {
                    let text = String::from_utf8_lossy(&s.wbuf);
                    let n = off as usize;
                    let count = text.chars().count();
                    let b = text.char_indices().nth(n).map(|(i, _)| i).unwrap_or(s.wbuf.len() + n.saturating_sub(count));
                    (b, n)
                }
            };
            s.rpos = byte;
            return Ok(int::from_usize(pos));
        }
        let len = s.wbuf.len() as i64;
        let pos = match whence {
            1 => s.rpos as i64 + off,
            2 => len + off,
            _ => off,
        };
        s.rpos = pos.max(0) as usize;
        return Ok(int::from_i64(pos));
    }
    if let Backing::File(f) = &mut s.backing {
        let pos = match whence {
            1 => SeekFrom::Current(off),
            2 => SeekFrom::End(off),
            _ => SeekFrom::Start(off as u64),
        };
        let p = f.seek(pos).map_err(|e| io_err(vm, e, &name))?;
        s.rbuf.clear();
        s.rpos = 0;
        s.eof = false;
        s.text.decoded = false;
        return Ok(int::from_i64(p as i64));
    }
    Ok(Value::small(0))
}
fn f_tell(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let mut s = st.lock();
    if s.closed {
        return Err(closed_err(vm, is_string_io(&s)));
    }
    if let Backing::Memory = s.backing {
        if !s.binary {
            let end = s.rpos.min(s.wbuf.len());
            return Ok(int::from_usize(String::from_utf8_lossy(&s.wbuf[..end]).chars().count()));
        }
        return Ok(int::from_usize(s.rpos));
    }
    let name = s.name.clone();
    s.flush().map_err(|e| io_err(vm, e, &name))?;
    let buffered = (s.rbuf.len() - s.rpos) as i64;
    if let Backing::File(f) = &mut s.backing {
        let p = f.stream_position().map_err(|e| io_err(vm, e, &name))? as i64;
        return Ok(int::from_i64(p - buffered));
    }
    Ok(Value::small(0))
}
/// `truncate(size=None)` of a file: its length becomes `size` (default: the position).
fn f_truncate(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let size = match a.get(1) {
        Some(v) if !v.is_none() => Some(vm.index_value(v)?),
        _ => None,
    };
    let pos = match size {
        Some(n) if n < 0 => return Err(vm.value_error(format!("negative size value {n}"))),
        Some(n) => n,
        None => {
            let t = f_tell(vm, Args::new(&a.pos[..1]))?;
            vm.index_value(t)?
        }
    };
    let mut s = st.lock();
    if s.closed {
        return Err(closed_err(vm, is_string_io(&s)));
    }
    if !s.writable {
        return Err(super::io_abc::unsupported(vm, "File not open for writing"));
    }
    let name = s.name.clone();
    s.flush().map_err(|e| io_err(vm, e, &name))?;
    match &mut s.backing {
        Backing::File(f) => f.set_len(pos as u64).map_err(|e| io_err(vm, e, &name))?,
        _ => return Err(super::io_abc::unsupported(vm, "truncate")),
    }
    Ok(int::from_i64(pos))
}
fn f_name(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    Ok(pystr::new(&st.lock().name))
}
fn f_mode(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    Ok(pystr::new(&st.lock().mode))
}
fn f_closed(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    Ok(objmodel::bool_(st.lock().closed))
}
fn f_fileno(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let s = st.lock();
    Ok(Value::small(match &s.backing {
        Backing::Stdin => 0,
        Backing::Stdout => 1,
        Backing::Stderr => 2,
        Backing::File(f) => std::os::fd::AsRawFd::as_raw_fd(f) as i64,
        Backing::Memory => return Err(super::io_abc::unsupported(vm, "fileno")),
    }))
}
fn f_readable(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let s = st.lock();
    if s.closed {
        return Err(closed_err(vm, is_string_io(&s)));
    }
    Ok(objmodel::bool_(s.readable))
}
fn f_writable(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let s = st.lock();
    if s.closed {
        return Err(closed_err(vm, is_string_io(&s)));
    }
    Ok(objmodel::bool_(s.writable))
}
fn f_seekable(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let s = st.lock();
    if s.closed {
        return Err(closed_err(vm, is_string_io(&s)));
    }
    Ok(objmodel::true_())
}
fn f_isatty(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let s = st.lock();
    if s.closed {
        // IOBase.isatty's check, with the period for every stream.
        return Err(closed_err(vm, false));
    }
    Ok(objmodel::bool_(match s.backing {
        Backing::Stdout => std::io::IsTerminal::is_terminal(&std::io::stdout()),
        Backing::Stderr => std::io::IsTerminal::is_terminal(&std::io::stderr()),
        Backing::Stdin => std::io::IsTerminal::is_terminal(&std::io::stdin()),
        _ => false,
    }))
}
fn f_repr(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let binary = binary_of(&a);
    let s = st.lock();
    let cls = a.at(0).class().name_str().to_string();
    // CPython: memory streams have object's repr; binary files show only their name.
    Ok(pystr::new(&match s.backing {
        Backing::Memory => crate::objects::object::default_repr(a.at(0)),
        _ if binary => format!("<_io.{cls} name='{}'>", s.name),
        _ => format!("<_io.{cls} name='{}' mode='{}' encoding='{}'>", s.name, s.mode, s.text.encoding),
    }))
}

fn memory_new(binary: bool) -> impl Fn(&mut Vm, Args) -> PyResult {
    move |vm: &mut Vm, a: Args| {
        let init = a.get(1).or_else(|| a.kw("initial_value")).or_else(|| a.kw("initial_bytes"));
        let mut text = if binary {
            super::io_text::TextMode::std_stream()
        } else {
            let newline = a.get(2).or_else(|| a.kw("newline")).unwrap_or(Value::NULL);
            super::io_text::TextMode::string_io(vm, newline)?
        };
        let data = match init {
            Some(v) if !v.is_none() => {
                if binary {
                    crate::objects::bytes::as_bytes(v).unwrap_or_default()
                } else {
                    let s = vm.str_string(v)?;
                    if matches!(text.newline.as_deref(), None | Some("")) {
                        text.seen_nl |= super::io_text::scan_newlines(s.as_bytes());
                    }
                    text.encode(vm, &s)?
                }
            }
            _ => Vec::new(),
        };
        let cls = crate::objects::type_::as_type(a.at(0));
        Ok(new_file(
            cls,
            FileState {
                backing: Backing::Memory,
                name: String::new(),
                mode: "w+".into(),
                binary,
                readable: true,
                writable: true,
                closed: false,
                string_io: !binary,
                rbuf: Vec::new(),
                wbuf: data,
                rpos: 0,
                eof: true,
                text,
            },
        ))
    }
}
fn sio_new(vm: &mut Vm, a: Args) -> PyResult {
    memory_new(false)(vm, a)
}
fn bio_new(vm: &mut Vm, a: Args) -> PyResult {
    memory_new(true)(vm, a)
}
fn m_getvalue(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let s = st.lock();
    if s.closed {
        return Err(closed_err(vm, is_string_io(&s)));
    }
    Ok(to_value(s.binary, &s.wbuf))
}
fn m_read(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let n = match a.get(1) {
        Some(v) if !v.is_none() => vm.index_value(v)?,
        _ => -1,
    };
    let mut s = st.lock();
    if s.closed {
        return Err(closed_err(vm, is_string_io(&s)));
    }
    let pos = s.rpos.min(s.wbuf.len());
    let avail = &s.wbuf[pos..];
    let take = if n < 0 {
        avail.len()
    } else if s.binary {
        (n as usize).min(avail.len())
    } else {
        let t = String::from_utf8_lossy(avail);
        t.char_indices().nth(n as usize).map(|(b, _)| b).unwrap_or(avail.len())
    };
    let out = avail[..take].to_vec();
    s.rpos = pos + take;
    Ok(to_value(s.binary, &out))
}
fn m_readline(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let mut s = st.lock();
    if s.closed {
        return Err(closed_err(vm, is_string_io(&s)));
    }
    let pos = s.rpos.min(s.wbuf.len());
    let avail = &s.wbuf[pos..];
    let end = avail.iter().position(|&b| b == b'\n').map(|p| p + 1).unwrap_or(avail.len());
    let out = avail[..end].to_vec();
    s.rpos = pos + end;
    Ok(to_value(s.binary, &out))
}
fn m_truncate(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let size = match a.get(1) {
        Some(v) if !v.is_none() => Some(vm.index_value(v)? as usize),
        _ => None,
    };
    let mut s = st.lock();
    if s.closed {
        return Err(closed_err(vm, is_string_io(&s)));
    }
    let n = size.unwrap_or(s.rpos);
    s.wbuf.truncate(n);
    Ok(int::from_usize(n))
}
fn m_next(vm: &mut Vm, a: Args) -> PyResult {
    let l = m_readline(vm, a)?;
    if vm.len(l)? == 0 {
        return Err(vm.stop_iteration(Value::NULL));
    }
    Ok(l)
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::objects::module::new_module("io");
    let d = crate::objects::module::module_dict(m);
    let (t, bw, br, sio) = types();
    use crate::objects::dict::set_by_name;
    set_by_name(d, "TextIOWrapper", t.as_value());
    set_by_name(d, "BufferedWriter", bw.as_value());
    set_by_name(d, "BufferedReader", br.as_value());
    set_by_name(d, "StringIO", sio.as_value());
    set_by_name(d, "BytesIO", BYTESIO.get().map(|v| Value::from_raw(*v)).unwrap_or_else(objmodel::none));
    crate::objects::define::func(d, "open", open);
    set_by_name(d, "SEEK_SET", Value::small(0));
    set_by_name(d, "SEEK_CUR", Value::small(1));
    set_by_name(d, "SEEK_END", Value::small(2));
    super::io_abc::install(vm, d)?;
    Ok(m)
}

static BYTESIO: OnceLock<usize> = OnceLock::new();

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{getset, method, method_flags};
    let obj = r.types.object;
    // Like CPython's, these instances have a `__dict__` (`f.name_hint = ...` works).
    let flags = objmodel::types::tflags::BASETYPE | objmodel::types::tflags::C_TYPE_NAME | objmodel::types::tflags::HAS_DICT;
    let mk = |n: &str| crate::runtime::bootstrap_type(n, obj, objmodel::Kind::Native, flags);
    let textio = mk("TextIOWrapper");
    let bw = mk("BufferedWriter");
    let br = mk("BufferedReader");
    let sio = mk("StringIO");
    let bio = mk("BytesIO");
    let _ = TYPES.set((textio.as_value().raw(), bw.as_value().raw(), br.as_value().raw(), sio.as_value().raw()));
    let _ = BYTESIO.set(bio.as_value().raw());
    for t in [textio, bw, br, sio, bio] {
        // Both the `__module__` attribute and the slot the class's repr reads.
        crate::objects::define::attr(t, "__module__", pystr::new("_io"));
        t.module.set(pystr::new("_io"));
        method(t, "write", f_write);
        method(t, "writelines", f_writelines);
        method(t, "flush", f_flush);
        method(t, "close", f_close);
        method(t, "__enter__", f_enter);
        method(t, "__exit__", f_exit);
        method(t, "__iter__", f_iter);
        method(t, "seek", f_seek);
        method(t, "tell", f_tell);
        method(t, "readable", f_readable);
        method(t, "writable", f_writable);
        method(t, "seekable", f_seekable);
        method(t, "isatty", f_isatty);
        method(t, "fileno", f_fileno);
        method(t, "__repr__", f_repr);
        getset(t, "closed", f_closed, None);
        getset(t, "name", f_name, None);
        getset(t, "mode", f_mode, None);
    }
    for t in [bw, br] {
        method(t, "read1", f_read);
    }
    for t in [textio, bw, br] {
        method(t, "truncate", f_truncate);
    }
    method(bio, "read1", m_read);
    method(bio, "getbuffer", m_getbuffer);
    for t in [textio, bw, br] {
        method(t, "read", f_read);
        method(t, "readline", f_readline);
        method(t, "readlines", f_readlines);
        method(t, "__next__", f_next);
    }
    for t in [sio, bio] {
        method(t, "read", m_read);
        method(t, "readline", m_readline);
        method(t, "readlines", f_readlines_mem);
        method(t, "getvalue", m_getvalue);
        method(t, "truncate", m_truncate);
        method(t, "__next__", m_next);
    }
    method_flags(sio, "__new__", sio_new, 0);
    crate::objects::define::getset(sio, "newlines", super::io_text::string_io_newlines, None);
    method_flags(bio, "__new__", bio_new, 0);
    method(sio, "__getstate__", super::io_state::sio_getstate);
    method(sio, "__setstate__", super::io_state::sio_setstate);
    method(bio, "__getstate__", super::io_state::bio_getstate);
    method(bio, "__setstate__", super::io_state::bio_setstate);
    super::io_text::init_text_type(textio);
}

fn f_readlines_mem(vm: &mut Vm, a: Args) -> PyResult {
    // IOBase.readlines iterates the stream: its closed check is `__iter__`'s.
    f_iter(vm, a)?;
    let mut lines = Vec::new();
    loop {
        let l = m_readline(vm, a)?;
        if vm.len(l)? == 0 {
            break;
        }
        lines.push(l);
    }
    Ok(list::new_list(&lines))
}
