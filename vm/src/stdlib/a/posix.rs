//! `posix`: the native part of `os` (file system calls, process facts, environment, file
//! descriptors), on std and a few libc calls that std already links. `os.py` builds the
//! Python-level module on top of it.

use std::io::{Read, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};

use objmodel::Value;

use super::util::{fl, s};
use crate::args::Args;
use crate::error::{PyErr, PyResult};
use crate::objects::{bytes, dict, int, list, str as pystr, tuple};
use crate::vm::Vm;

unsafe extern "C" {
    fn strerror(errnum: i32) -> *const std::ffi::c_char;
    fn access(path: *const std::ffi::c_char, mode: i32) -> i32;
    fn isatty(fd: i32) -> i32;
    fn ioctl(fd: i32, req: u64, ...) -> i32;
    fn umask(mask: u32) -> u32;
    fn getuid() -> u32;
    fn geteuid() -> u32;
    fn getgid() -> u32;
    fn getegid() -> u32;
    fn getppid() -> i32;
    fn sysconf(name: i32) -> i64;
    fn open(path: *const std::ffi::c_char, flags: i32, mode: u32) -> i32;
    fn close(fd: i32) -> i32;
    fn read(fd: i32, buf: *mut u8, n: usize) -> isize;
    fn write(fd: i32, buf: *const u8, n: usize) -> isize;
    fn lseek(fd: i32, off: i64, whence: i32) -> i64;
    fn kill(pid: i32, sig: i32) -> i32;
    fn _exit(code: i32) -> !;
    fn uname(buf: *mut u8) -> i32;
    fn setenv(k: *const std::ffi::c_char, v: *const std::ffi::c_char, overwrite: i32) -> i32;
    fn unsetenv(k: *const std::ffi::c_char) -> i32;
    fn __errno_location() -> *mut i32;
    fn gnu_get_libc_version() -> *const std::ffi::c_char;
}

fn errno() -> i32 {
    // SAFETY: glibc's thread-local errno.
    unsafe { *__errno_location() }
}

pub fn strerror_str(code: i32) -> String {
    // SAFETY: strerror returns a NUL-terminated string (static for known codes).
    let p = unsafe { strerror(code) };
    if p.is_null() {
        return format!("Unknown error {code}");
    }
    // SAFETY: non-null, NUL-terminated.
    unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().to_string()
}

/// `OSError(errno, strerror[, filename[, None, filename2]])` (the constructor picks the subclass).
pub fn os_error(vm: &mut Vm, code: i32, f1: Option<Value>, f2: Option<Value>) -> PyErr {
    let cls = vm.rt.exc.os_error.as_value();
    let mut args = vec![Value::small(code as i64), s(&strerror_str(code))];
    if let Some(f) = f1 {
        args.push(f);
        if let Some(f2) = f2 {
            args.push(objmodel::none());
            args.push(f2);
        }
    }
    match vm.call(cls, Args::new(&args)) {
        Ok(e) => {
            if let Some(f2) = f2 {
                crate::objects::exceptions::set_attr(e, "filename2", f2);
            }
            PyErr(e)
        }
        Err(e) => e,
    }
}

fn io_error(vm: &mut Vm, e: std::io::Error, f1: Option<Value>, f2: Option<Value>) -> PyErr {
    let code = e.raw_os_error().unwrap_or(5);
    os_error(vm, code, f1, f2)
}

/// A path argument: str, bytes or an object with `__fspath__`; returns (path, original).
fn path_arg(vm: &mut Vm, v: Value, fname: &str, argname: &str) -> PyResult<String> {
    if let Some(p) = pystr::as_str(v) {
        if p.contains('\0') {
            return Err(vm.value_error(format!("{fname}: embedded null character in {argname}")));
        }
        return Ok(p.to_string());
    }
    if v.is_ptr() && v.header().kind() == objmodel::Kind::Bytes {
        return Ok(String::from_utf8_lossy(bytes::bytes_slice(v)).to_string());
    }
    if let Some(r) = vm.call_method_special(v, vm.rt.names.__fspath__, &[])? {
        if let Some(p) = pystr::as_str(r) {
            return Ok(p.to_string());
        }
        if r.is_ptr() && r.header().kind() == objmodel::Kind::Bytes {
            return Ok(String::from_utf8_lossy(bytes::bytes_slice(r)).to_string());
        }
        return Err(vm.type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            v.class().name_str(),
            r.class().name_str()
        )));
    }
    Err(vm.type_error(format!(
        "{fname}: {argname} should be string, bytes or os.PathLike, not {}",
        v.class().name_str()
    )))
}

fn cstr(vm: &mut Vm, p: &str) -> PyResult<std::ffi::CString> {
    std::ffi::CString::new(p).map_err(|_| vm.value_error("embedded null byte"))
}

fn p_getcwd(vm: &mut Vm, _a: Args) -> PyResult {
    match std::env::current_dir() {
        Ok(p) => Ok(s(&p.to_string_lossy())),
        Err(e) => Err(io_error(vm, e, None, None)),
    }
}
fn p_getcwdb(vm: &mut Vm, _a: Args) -> PyResult {
    match std::env::current_dir() {
        Ok(p) => Ok(objmodel::alloc::new_bytes(p.to_string_lossy().as_bytes())),
        Err(e) => Err(io_error(vm, e, None, None)),
    }
}
fn p_chdir(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "chdir", 1, 1)?;
    let p = path_arg(vm, a.at(0), "chdir", "path")?;
    std::env::set_current_dir(&p).map_err(|e| io_error(vm, e, Some(a.at(0)), None))?;
    Ok(objmodel::none())
}
fn p_listdir(vm: &mut Vm, a: Args) -> PyResult {
    let [p] = a.bind(vm, "listdir", ["path"], 1, 0)?;
    let (path, as_bytes) = if p.is_null() || p.is_none() {
        (".".to_string(), false)
    } else {
        let b = p.is_ptr() && p.header().kind() == objmodel::Kind::Bytes;
        (path_arg(vm, p, "listdir", "path")?, b)
    };
    let orig = if p.is_null() || p.is_none() { s(".") } else { p };
    let rd = std::fs::read_dir(&path).map_err(|e| io_error(vm, e, Some(orig), None))?;
    let out = list::new_list(&[]);
    for ent in rd {
        let ent = ent.map_err(|e| io_error(vm, e, Some(orig), None))?;
        let name = ent.file_name();
        let n = name.to_string_lossy();
        list::append(out, if as_bytes { objmodel::alloc::new_bytes(n.as_bytes()) } else { s(&n) });
    }
    Ok(out)
}
fn p_mkdir(vm: &mut Vm, a: Args) -> PyResult {
    let [p, mode, _dir_fd] = a.bind(vm, "mkdir", ["path", "mode", "dir_fd"], 2, 1)?;
    let path = path_arg(vm, p, "mkdir", "path")?;
    let mode = if mode.is_null() { 0o777 } else { vm.index_value(mode)? as u32 };
    let mut b = std::fs::DirBuilder::new();
    std::os::unix::fs::DirBuilderExt::mode(&mut b, mode);
    b.create(&path).map_err(|e| io_error(vm, e, Some(p), None))?;
    Ok(objmodel::none())
}
fn p_rmdir(vm: &mut Vm, a: Args) -> PyResult {
    let [p] = a.bind(vm, "rmdir", ["path"], 1, 1)?;
    let path = path_arg(vm, p, "rmdir", "path")?;
    std::fs::remove_dir(&path).map_err(|e| io_error(vm, e, Some(p), None))?;
    Ok(objmodel::none())
}
fn p_remove(vm: &mut Vm, a: Args) -> PyResult {
    let [p] = a.bind(vm, "remove", ["path"], 1, 1)?;
    let path = path_arg(vm, p, "remove", "path")?;
    match std::fs::symlink_metadata(&path) {
        Ok(m) if m.is_dir() => return Err(os_error(vm, 21, Some(p), None)),
        _ => {}
    }
    std::fs::remove_file(&path).map_err(|e| io_error(vm, e, Some(p), None))?;
    Ok(objmodel::none())
}
fn p_rename(vm: &mut Vm, a: Args) -> PyResult {
    let [src, dst] = a.bind(vm, "rename", ["src", "dst"], 2, 2)?;
    let sp = path_arg(vm, src, "rename", "src")?;
    let dp = path_arg(vm, dst, "rename", "dst")?;
    std::fs::rename(&sp, &dp).map_err(|e| io_error(vm, e, Some(src), Some(dst)))?;
    Ok(objmodel::none())
}

fn stat_impl(vm: &mut Vm, a: Args, follow_default: bool, fname: &str) -> PyResult {
    let [p, _dir_fd, follow] = a.bind(vm, fname, ["path", "dir_fd", "follow_symlinks"], 3, 1)?;
    let follow = if follow.is_null() { follow_default } else { vm.truthy(follow)? };
    let md = if let Some(fd) = int::to_i64(p) {
        // fstat through /proc/self/fd
        std::fs::metadata(format!("/proc/self/fd/{fd}")).map_err(|e| io_error(vm, e, None, None))?
    } else {
        if crate::objects::float::is_float(p) {
            return Err(vm.type_error(format!("{fname}: path should be string, bytes, os.PathLike or integer, not float")));
        }
        let path = path_arg(vm, p, fname, "path")?;
        let r = if follow { std::fs::metadata(&path) } else { std::fs::symlink_metadata(&path) };
        r.map_err(|e| io_error(vm, e, Some(p), None))?
    };
    let items = [
        int::from_i64(md.mode() as i64),
        int::from_i128(md.ino() as i128),
        int::from_i128(md.dev() as i128),
        int::from_i64(md.nlink() as i64),
        int::from_i64(md.uid() as i64),
        int::from_i64(md.gid() as i64),
        int::from_i128(md.size() as i128),
        int::from_i64(md.atime()),
        int::from_i64(md.mtime()),
        int::from_i64(md.ctime()),
        fl(md.atime() as f64 + md.atime_nsec() as f64 * 1e-9),
        fl(md.mtime() as f64 + md.mtime_nsec() as f64 * 1e-9),
        fl(md.ctime() as f64 + md.ctime_nsec() as f64 * 1e-9),
        int::from_i128(md.atime() as i128 * 1_000_000_000 + md.atime_nsec() as i128),
        int::from_i128(md.mtime() as i128 * 1_000_000_000 + md.mtime_nsec() as i128),
        int::from_i128(md.ctime() as i128 * 1_000_000_000 + md.ctime_nsec() as i128),
        int::from_i64(md.blksize() as i64),
        int::from_i64(md.blocks() as i64),
        int::from_i64(md.rdev() as i64),
    ];
    Ok(tuple::new(&items))
}
fn p_stat(vm: &mut Vm, a: Args) -> PyResult {
    stat_impl(vm, a, true, "stat")
}
fn p_lstat(vm: &mut Vm, a: Args) -> PyResult {
    stat_impl(vm, a, false, "lstat")
}

fn p_getpid(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(int::from_i64(std::process::id() as i64))
}
fn p_getppid(_vm: &mut Vm, _a: Args) -> PyResult {
    // SAFETY: no preconditions.
    Ok(int::from_i64(unsafe { getppid() } as i64))
}
fn p_getuid(_vm: &mut Vm, _a: Args) -> PyResult {
    // SAFETY: no preconditions.
    Ok(int::from_i64(unsafe { getuid() } as i64))
}
fn p_geteuid(_vm: &mut Vm, _a: Args) -> PyResult {
    // SAFETY: no preconditions.
    Ok(int::from_i64(unsafe { geteuid() } as i64))
}
fn p_getgid(_vm: &mut Vm, _a: Args) -> PyResult {
    // SAFETY: no preconditions.
    Ok(int::from_i64(unsafe { getgid() } as i64))
}
fn p_getegid(_vm: &mut Vm, _a: Args) -> PyResult {
    // SAFETY: no preconditions.
    Ok(int::from_i64(unsafe { getegid() } as i64))
}
fn p_cpu_count(_vm: &mut Vm, _a: Args) -> PyResult {
    // SAFETY: sysconf(_SC_NPROCESSORS_ONLN) has no preconditions.
    let n = unsafe { sysconf(84) };
    Ok(if n > 0 { int::from_i64(n) } else { objmodel::none() })
}
fn p_urandom(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "urandom", 1, 1)?;
    let n = vm.index_value(a.at(0))?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| io_error(vm, e, None, None))?;
    Ok(objmodel::alloc::new_bytes(&buf))
}
fn p_strerror(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "strerror", 1, 1)?;
    let n = vm.index_value(a.at(0))?;
    Ok(s(&strerror_str(n as i32)))
}
fn p_putenv(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "putenv", 2, 2)?;
    let k = path_arg(vm, a.at(0), "putenv", "name")?;
    let v = path_arg(vm, a.at(1), "putenv", "value")?;
    if k.is_empty() || k.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    let (kc, vc) = (cstr(vm, &k)?, cstr(vm, &v)?);
    // SAFETY: NUL-terminated strings; glibc copies them.
    unsafe { setenv(kc.as_ptr(), vc.as_ptr(), 1) };
    Ok(objmodel::none())
}
fn p_unsetenv(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "unsetenv", 1, 1)?;
    let k = path_arg(vm, a.at(0), "unsetenv", "name")?;
    let kc = cstr(vm, &k)?;
    // SAFETY: NUL-terminated string.
    unsafe { unsetenv(kc.as_ptr()) };
    Ok(objmodel::none())
}
fn p_environ(_vm: &mut Vm, _a: Args) -> PyResult {
    let d = dict::new_dict();
    for (k, v) in std::env::vars_os() {
        dict::set_by_name(d, &k.to_string_lossy(), s(&v.to_string_lossy()));
    }
    Ok(d)
}
fn p_access(vm: &mut Vm, a: Args) -> PyResult {
    let [p, mode, _dir_fd, _eff, _follow] = a.bind(vm, "access", ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2, 2)?;
    let path = path_arg(vm, p, "access", "path")?;
    let mode = vm.index_value(mode)? as i32;
    let c = cstr(vm, &path)?;
    // SAFETY: NUL-terminated path.
    Ok(objmodel::bool_(unsafe { access(c.as_ptr(), mode) } == 0))
}
fn p_isatty(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "isatty", 1, 1)?;
    let fd = vm.index_value(a.at(0))? as i32;
    // SAFETY: any fd value is allowed.
    Ok(objmodel::bool_(unsafe { isatty(fd) } == 1))
}
fn p_terminal_size(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "get_terminal_size", 0, 1)?;
    let fd = match a.get(0) {
        Some(v) => vm.index_value(v)? as i32,
        None => 1,
    };
    let mut ws = [0u16; 4];
    // SAFETY: TIOCGWINSZ writes a struct winsize (4 u16) into `ws`.
    let r = unsafe { ioctl(fd, 0x5413, ws.as_mut_ptr()) };
    if r != 0 {
        return Err(os_error(vm, errno(), None, None));
    }
    Ok(tuple::new(&[Value::small(ws[1] as i64), Value::small(ws[0] as i64)]))
}
fn p_umask(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "umask", 1, 1)?;
    let m = vm.index_value(a.at(0))? as u32;
    // SAFETY: no preconditions.
    Ok(int::from_i64(unsafe { umask(m) } as i64))
}
fn p_chmod(vm: &mut Vm, a: Args) -> PyResult {
    let [p, mode, _dir_fd, _follow] = a.bind(vm, "chmod", ["path", "mode", "dir_fd", "follow_symlinks"], 2, 2)?;
    let path = path_arg(vm, p, "chmod", "path")?;
    let mode = vm.index_value(mode)? as u32;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).map_err(|e| io_error(vm, e, Some(p), None))?;
    Ok(objmodel::none())
}
fn p_symlink(vm: &mut Vm, a: Args) -> PyResult {
    let [src, dst, _isdir, _dir_fd] = a.bind(vm, "symlink", ["src", "dst", "target_is_directory", "dir_fd"], 3, 2)?;
    let sp = path_arg(vm, src, "symlink", "src")?;
    let dp = path_arg(vm, dst, "symlink", "dst")?;
    std::os::unix::fs::symlink(&sp, &dp).map_err(|e| io_error(vm, e, Some(src), Some(dst)))?;
    Ok(objmodel::none())
}
fn p_readlink(vm: &mut Vm, a: Args) -> PyResult {
    let [p, _dir_fd] = a.bind(vm, "readlink", ["path", "dir_fd"], 1, 1)?;
    let path = path_arg(vm, p, "readlink", "path")?;
    let r = std::fs::read_link(&path).map_err(|e| io_error(vm, e, Some(p), None))?;
    Ok(s(&r.to_string_lossy()))
}
fn p_realpath(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_realpath", 1, 1)?;
    let path = path_arg(vm, a.at(0), "realpath", "path")?;
    match std::fs::canonicalize(&path) {
        Ok(r) => Ok(s(&r.to_string_lossy())),
        Err(_) => Ok(objmodel::none()),
    }
}
fn p_utime(vm: &mut Vm, a: Args) -> PyResult {
    let [p, times, _ns, _dir_fd, _follow] = a.bind(vm, "utime", ["path", "times", "ns", "dir_fd", "follow_symlinks"], 2, 1)?;
    let path = path_arg(vm, p, "utime", "path")?;
    let f = std::fs::File::options().write(true).open(&path).or_else(|_| std::fs::File::open(&path));
    let f = f.map_err(|e| io_error(vm, e, Some(p), None))?;
    let (at, mt) = if times.is_null() || times.is_none() {
        let now = std::time::SystemTime::now();
        (now, now)
    } else {
        let (_holder, items) = super::util::collect_rooted(vm, times)?;
        if items.len() != 2 {
            return Err(vm.type_error("utime: 'times' must be either a tuple of two ints or None"));
        }
        let a0 = super::util::as_f64(vm, items[0])?;
        let m0 = super::util::as_f64(vm, items[1])?;
        let t = |x: f64| std::time::UNIX_EPOCH + std::time::Duration::from_secs_f64(x.max(0.0));
        (t(a0), t(m0))
    };
    let ft = std::fs::FileTimes::new().set_accessed(at).set_modified(mt);
    f.set_times(ft).map_err(|e| io_error(vm, e, Some(p), None))?;
    Ok(objmodel::none())
}
fn p_system(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "system", 1, 1)?;
    let cmd = path_arg(vm, a.at(0), "system", "command")?;
    crate::stdlib::sys::raw_flush_stdout();
    let st = std::process::Command::new("/bin/sh").arg("-c").arg(&cmd).status();
    match st {
        Ok(st) => {
            use std::os::unix::process::ExitStatusExt;
            Ok(int::from_i64(st.into_raw() as i64))
        }
        Err(e) => Err(io_error(vm, e, None, None)),
    }
}
fn p_kill(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "kill", 2, 2)?;
    let pid = vm.index_value(a.at(0))? as i32;
    let sig = vm.index_value(a.at(1))? as i32;
    crate::stdlib::sys::raw_flush_stdout();
    // SAFETY: plain syscall.
    if unsafe { kill(pid, sig) } != 0 {
        return Err(os_error(vm, errno(), None, None));
    }
    Ok(objmodel::none())
}
fn p_exit(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_exit", 1, 1)?;
    let code = vm.index_value(a.at(0))? as i32;
    crate::stdlib::io::flush_all();
    // SAFETY: terminates the process.
    unsafe { _exit(code) }
}
fn p_uname(_vm: &mut Vm, _a: Args) -> PyResult {
    let mut buf = [0u8; 65 * 6];
    // SAFETY: struct utsname on Linux is 6 fields of 65 bytes.
    unsafe { uname(buf.as_mut_ptr()) };
    let field = |i: usize| {
        let f = &buf[i * 65..(i + 1) * 65];
        let end = f.iter().position(|&b| b == 0).unwrap_or(65);
        s(&String::from_utf8_lossy(&f[..end]))
    };
    Ok(tuple::new(&[field(0), field(1), field(2), field(3), field(4)]))
}
fn p_times(_vm: &mut Vm, _a: Args) -> PyResult {
    #[repr(C)]
    struct Tms {
        u: i64,
        s: i64,
        cu: i64,
        cs: i64,
    }
    unsafe extern "C" {
        fn times(t: *mut Tms) -> i64;
    }
    let mut t = Tms { u: 0, s: 0, cu: 0, cs: 0 };
    // SAFETY: valid out pointer; sysconf(_SC_CLK_TCK = 2).
    let (el, tck) = unsafe { (times(&mut t), sysconf(2) as f64) };
    Ok(tuple::new(&[fl(t.u as f64 / tck), fl(t.s as f64 / tck), fl(t.cu as f64 / tck), fl(t.cs as f64 / tck), fl(el as f64 / tck)]))
}

// ----- file descriptors -----

fn p_open(vm: &mut Vm, a: Args) -> PyResult {
    let [p, flags, mode, _dir_fd] = a.bind(vm, "open", ["path", "flags", "mode", "dir_fd"], 3, 2)?;
    let path = path_arg(vm, p, "open", "path")?;
    let flags = vm.index_value(flags)? as i32 | 0o2000000; // O_CLOEXEC
    let mode = if mode.is_null() { 0o777 } else { vm.index_value(mode)? as u32 };
    let c = cstr(vm, &path)?;
    // SAFETY: NUL-terminated path.
    let fd = unsafe { open(c.as_ptr(), flags, mode) };
    if fd < 0 {
        return Err(os_error(vm, errno(), Some(p), None));
    }
    Ok(int::from_i64(fd as i64))
}
fn p_close(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "close", 1, 1)?;
    let fd = vm.index_value(a.at(0))? as i32;
    // SAFETY: plain syscall.
    if unsafe { close(fd) } != 0 {
        return Err(os_error(vm, errno(), None, None));
    }
    Ok(objmodel::none())
}
/// `os.pipe()`: a new pipe's (read end, write end), both non-inheritable (close-on-exec),
/// as CPython makes them (PEP 446).
fn p_pipe(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "pipe", 0, 0)?;
    let mut fds = [0i32; 2];
    // SAFETY: `fds` has room for the two descriptors pipe2 writes.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(os_error(vm, errno(), None, None));
    }
    Ok(tuple::new(&[int::from_i64(fds[0] as i64), int::from_i64(fds[1] as i64)]))
}
fn p_read(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "read", 2, 2)?;
    let fd = vm.index_value(a.at(0))? as i32;
    let n = vm.index_value(a.at(1))?;
    if n < 0 {
        return Err(os_error(vm, 22, None, None));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: buffer of n bytes.
    let r = unsafe { read(fd, buf.as_mut_ptr(), n as usize) };
    if r < 0 {
        return Err(os_error(vm, errno(), None, None));
    }
    buf.truncate(r as usize);
    Ok(objmodel::alloc::new_bytes(&buf))
}
fn p_write(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "write", 2, 2)?;
    let fd = vm.index_value(a.at(0))? as i32;
    let Some(data) = bytes::as_bytes(a.at(1)) else {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", a.at(1).class().error_name())));
    };
    if fd == 1 {
        crate::stdlib::sys::raw_flush_stdout();
        let mut o = std::io::stdout().lock();
        let _ = o.write_all(&data);
        let _ = o.flush();
        return Ok(int::from_usize(data.len()));
    }
    // SAFETY: buffer of data.len() bytes.
    let r = unsafe { write(fd, data.as_ptr(), data.len()) };
    if r < 0 {
        return Err(os_error(vm, errno(), None, None));
    }
    Ok(int::from_i64(r as i64))
}
fn p_lseek(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "lseek", 3, 3)?;
    let fd = vm.index_value(a.at(0))? as i32;
    let off = vm.index_value(a.at(1))?;
    let wh = vm.index_value(a.at(2))? as i32;
    // SAFETY: plain syscall.
    let r = unsafe { lseek(fd, off, wh) };
    if r < 0 {
        return Err(os_error(vm, errno(), None, None));
    }
    Ok(int::from_i64(r))
}

fn p_libc_version(_vm: &mut Vm, _a: Args) -> PyResult {
    // SAFETY: glibc returns a static NUL-terminated version string.
    let p = unsafe { gnu_get_libc_version() };
    if p.is_null() {
        return Ok(s(""));
    }
    // SAFETY: non-null, NUL-terminated.
    Ok(s(&unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy()))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let _ = vm;
    let (m, d) = super::util::new_module("posix");
    super::util::funcs(
        d,
        &[
            ("getcwd", p_getcwd),
            ("getcwdb", p_getcwdb),
            ("chdir", p_chdir),
            ("listdir", p_listdir),
            ("mkdir", p_mkdir),
            ("rmdir", p_rmdir),
            ("remove", p_remove),
            ("unlink", p_remove),
            ("rename", p_rename),
            ("replace", p_rename),
            ("_stat", p_stat),
            ("_lstat", p_lstat),
            ("getpid", p_getpid),
            ("getppid", p_getppid),
            ("getuid", p_getuid),
            ("geteuid", p_geteuid),
            ("getgid", p_getgid),
            ("getegid", p_getegid),
            ("cpu_count", p_cpu_count),
            ("urandom", p_urandom),
            ("strerror", p_strerror),
            ("putenv", p_putenv),
            ("unsetenv", p_unsetenv),
            ("_environ", p_environ),
            ("access", p_access),
            ("isatty", p_isatty),
            ("_terminal_size", p_terminal_size),
            ("umask", p_umask),
            ("chmod", p_chmod),
            ("symlink", p_symlink),
            ("readlink", p_readlink),
            ("_realpath", p_realpath),
            ("utime", p_utime),
            ("system", p_system),
            ("kill", p_kill),
            ("_exit", p_exit),
            ("_uname", p_uname),
            ("_times", p_times),
            ("_libc_version", p_libc_version),
            ("open", p_open),
            ("close", p_close),
            ("pipe", p_pipe),
            ("read", p_read),
            ("write", p_write),
            ("lseek", p_lseek),
        ],
    );
    for (n, v) in [
        ("F_OK", 0),
        ("X_OK", 1),
        ("W_OK", 2),
        ("R_OK", 4),
        ("O_RDONLY", 0),
        ("O_WRONLY", 1),
        ("O_RDWR", 2),
        ("O_CREAT", 0o100),
        ("O_EXCL", 0o200),
        ("O_TRUNC", 0o1000),
        ("O_APPEND", 0o2000),
        ("O_NONBLOCK", 0o4000),
        ("O_CLOEXEC", 0o2000000),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("EX_OK", 0),
    ] {
        super::util::set(d, n, Value::small(v));
    }
    Ok(m)
}
