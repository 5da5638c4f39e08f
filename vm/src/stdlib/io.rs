//! File objects: `open()` (text and binary), the standard streams, `io.StringIO` and
//! `io.BytesIO`. A file's OS handle and buffers live in a native payload behind a mutex; all
//! files still open at exit are flushed (as CPython's finalizers do).

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

enum Backing {
    File(std::fs::File),
    Stdin,
    Stdout,
    Stderr,
    Memory,
}

struct FileState {
    backing: Backing,
    name: String,
    mode: String,
    binary: bool,
    readable: bool,
    writable: bool,
    closed: bool,
    /// Pending writes (files) or the whole content (memory streams).
    wbuf: Vec<u8>,
    /// Read-ahead data and position within it (files) / position (memory).
    rbuf: Vec<u8>,
    rpos: usize,
    eof: bool,
}

pub struct FileData {
    st: Arc<Mutex<FileState>>,
}

impl NativeData for FileData {
    fn trace(&self, _visit: &mut dyn FnMut(Value)) {}
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
    fn fill_all(&mut self) {
        if self.eof {
            return;
        }
        match &mut self.backing {
            Backing::File(f) => {
                let mut v = Vec::new();
                let _ = f.read_to_end(&mut v);
                self.rbuf.extend(v);
            }
            Backing::Stdin => self.rbuf.extend(crate::stdlib::sys::read_stdin_all().into_bytes()),
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

fn this(vm: &mut Vm, a: &Args) -> PyResult<Arc<Mutex<FileState>>> {
    match a.get(0).and_then(state) {
        Some(s) => Ok(s),
        None => Err(vm.type_error("descriptor requires a file object")),
    }
}

fn new_file(cls: &TypeObj, st: FileState) -> Value {
    let arc = Arc::new(Mutex::new(st));
    OPEN_FILES.lock().push(Arc::downgrade(&arc));
    objmodel::alloc::new_native(cls, Box::new(FileData { st: arc }))
}

fn closed_err(vm: &mut Vm) -> crate::error::PyErr {
    vm.value_error("I/O operation on closed file.")
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

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`.
pub fn open(vm: &mut Vm, a: Args) -> PyResult {
    let [file, mode, _buffering, encoding, _errors, _newline] =
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
    let binary = mode_s.contains('b');
    if binary && !encoding.is_null() && !encoding.is_none() {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
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
    if mode_s.chars().any(|c| !"rwaxbt+U".contains(c)) {
        return Err(vm.value_error(format!("invalid mode: '{mode_s}'")));
    }
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
            wbuf: Vec::new(),
            rbuf: Vec::new(),
            rpos: 0,
            eof: false,
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
            wbuf: Vec::new(),
            rbuf: Vec::new(),
            rpos: 0,
            eof: false,
        },
    ))
}

fn to_value(binary: bool, data: &[u8]) -> Value {
    if binary { objmodel::alloc::new_bytes(data) } else { pystr::new(&String::from_utf8_lossy(data)) }
}

fn f_read(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let n = match a.get(1) {
        Some(v) if !v.is_none() => vm.index_value(v)?,
        _ => -1,
    };
    let mut s = st.lock();
    if s.closed {
        return Err(closed_err(vm));
    }
    if !s.readable {
        return Err(super::io_abc::unsupported(vm, "not readable"));
    }
    s.fill_all();
    let avail = &s.rbuf[s.rpos..];
    let take = if n < 0 {
        avail.len()
    } else if s.binary {
        (n as usize).min(avail.len())
    } else {
        // n characters
        let text = String::from_utf8_lossy(avail);
        text.char_indices().nth(n as usize).map(|(b, _)| b).unwrap_or(avail.len())
    };
    let out = avail[..take].to_vec();
    s.rpos += take;
    Ok(to_value(s.binary, &out))
}
fn f_readline(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let mut s = st.lock();
    if s.closed {
        return Err(closed_err(vm));
    }
    if matches!(s.backing, Backing::Stdin) && !s.eof {
        drop(s);
        let line = crate::stdlib::sys::read_stdin_line(vm)?.unwrap_or_default();
        return Ok(pystr::new(&line));
    }
    s.fill_all();
    let avail = &s.rbuf[s.rpos..];
    let end = avail.iter().position(|&b| b == b'\n').map(|p| p + 1).unwrap_or(avail.len());
    let out = avail[..end].to_vec();
    s.rpos += end;
    Ok(to_value(s.binary, &out))
}
fn f_readlines(vm: &mut Vm, a: Args) -> PyResult {
    let mut lines = Vec::new();
    loop {
        let l = f_readline(vm, a)?;
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
    a.check(vm, "write", 2, 2)?;
    let mut s = st.lock();
    if s.closed {
        return Err(closed_err(vm));
    }
    if !s.writable {
        return Err(super::io_abc::unsupported(vm, "not writable"));
    }
    let v = a.at(1);
    let (bytes, n) = if s.binary {
        match crate::objects::bytes::as_bytes(v) {
            Some(b) => {
                let n = b.len();
                (b, n)
            }
            None => return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", v.class().error_name()))),
        }
    } else {
        match pystr::as_str(v) {
            Some(t) => (t.as_bytes().to_vec(), t.chars().count()),
            None => return Err(vm.type_error(format!("write() argument must be str, not {}", v.class().error_name()))),
        }
    };
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
        crate::stdlib::sys::raw_stdout(std::str::from_utf8(&bytes).unwrap_or(""));
        return Ok(int::from_usize(n));
    }
    if matches!(s.backing, Backing::Stderr) {
        drop(s);
        crate::stdlib::sys::raw_stderr(std::str::from_utf8(&bytes).unwrap_or(""));
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
        crate::stdlib::sys::raw_flush_stdout();
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
    if st.lock().closed {
        return Err(closed_err(vm));
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
    let name = s.name.clone();
    s.flush().map_err(|e| io_err(vm, e, &name))?;
    if let Backing::Memory = s.backing {
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
        return Ok(int::from_i64(p as i64));
    }
    Ok(Value::small(0))
}
fn f_tell(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let mut s = st.lock();
    if let Backing::Memory = s.backing {
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
fn f_true(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(objmodel::true_())
}
fn f_isatty(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let s = st.lock();
    Ok(objmodel::bool_(match s.backing {
        Backing::Stdout => std::io::IsTerminal::is_terminal(&std::io::stdout()),
        Backing::Stderr => std::io::IsTerminal::is_terminal(&std::io::stderr()),
        Backing::Stdin => std::io::IsTerminal::is_terminal(&std::io::stdin()),
        _ => false,
    }))
}
fn f_repr(vm: &mut Vm, a: Args) -> PyResult {
    let st = this(vm, &a)?;
    let s = st.lock();
    let cls = a.at(0).class().name_str().to_string();
    // CPython: memory streams have object's repr; binary files show only their name.
    Ok(pystr::new(&match s.backing {
        Backing::Memory => crate::objects::object::default_repr(a.at(0)),
        _ if s.binary => format!("<_io.{cls} name='{}'>", s.name),
        _ => format!("<_io.{cls} name='{}' mode='{}' encoding='utf-8'>", s.name, s.mode),
    }))
}

fn memory_new(binary: bool) -> impl Fn(&mut Vm, Args) -> PyResult {
    move |vm: &mut Vm, a: Args| {
        let init = a.get(1).or_else(|| a.kw("initial_value")).or_else(|| a.kw("initial_bytes"));
        let data = match init {
            Some(v) if !v.is_none() => {
                if binary {
                    crate::objects::bytes::as_bytes(v).unwrap_or_default()
                } else {
                    vm.str_string(v)?.into_bytes()
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
                rbuf: Vec::new(),
                wbuf: data,
                rpos: 0,
                eof: true,
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
        return Err(closed_err(vm));
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
        return Err(closed_err(vm));
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
    let mk = |n: &str| crate::runtime::bootstrap_type(n, obj, objmodel::Kind::Native, objmodel::types::tflags::BASETYPE | objmodel::types::tflags::C_TYPE_NAME);
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
        method(t, "readable", f_true);
        method(t, "writable", f_true);
        method(t, "seekable", f_true);
        method(t, "isatty", f_isatty);
        method(t, "fileno", f_fileno);
        method(t, "__repr__", f_repr);
        getset(t, "closed", f_closed, None);
        getset(t, "name", f_name, None);
        getset(t, "mode", f_mode, None);
    }
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
    method_flags(bio, "__new__", bio_new, 0);
    crate::objects::define::attr(textio, "encoding", pystr::new("utf-8"));
}

fn f_readlines_mem(vm: &mut Vm, a: Args) -> PyResult {
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
