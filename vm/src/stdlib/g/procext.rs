//! `_pyrs_proc`: the native part of `resource` and `subprocess` (pyrs-nogil's own module).
//!
//! - `getrusage(who)`, `getrlimit(res)`, `setrlimit(res, (soft, hard))`, `getpagesize()`:
//!   the C library's calls, unchanged (`resource.py` wraps the tuples).
//! - `spawn(args, executable, cwd, env, stdin, stdout, stderr)`: starts a child with
//!   `std::process::Command` (which forks and execs safely in a threaded process). Each
//!   stream spec is `None` (inherit), `-1` (a new pipe), `-2` (stderr only: the stdout pipe
//!   or descriptor), `-3` (/dev/null) or a descriptor number. Returns `(pid, stdin_fd,
//!   stdout_fd, stderr_fd)`, the parent's pipe ends or -1.
//! - `waitpid(pid, nohang)` → `(pid, returncode)` with CPython's sign convention (a signal
//!   gives minus its number); `read(fd, n)`: a read that parks the thread while it waits.
//!
//! Not implemented: `preexec_fn`, `pass_fds`, process groups and sessions, `umask`, user and
//! group switching (subprocess.py rejects what it cannot honour).

use std::os::fd::{FromRawFd, IntoRawFd, OwnedFd};
use std::os::unix::process::CommandExt;

use objmodel::Value;

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{bytes, int, str as pystr, tuple};
use crate::stdlib::modules_a::posix::os_error;
use crate::stdlib::modules_a::util::{fl, funcs, new_module};
use crate::vm::Vm;

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(5)
}

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    vm.index_value(v)
}

fn getrusage(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "getrusage", 1, 1)?;
    let who = int_arg(vm, a.at(0))? as i32;
    // SAFETY: rusage is plain old data; all-zero is a valid value.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: valid out pointer.
    if unsafe { libc::getrusage(who, &mut ru) } != 0 {
        return Err(vm.value_error("invalid who parameter"));
    }
    let tv = |t: libc::timeval| fl(t.tv_sec as f64 + t.tv_usec as f64 * 1e-6);
    let n = |x: libc::c_long| int::from_i64(x as i64);
    Ok(tuple::new(&[
        tv(ru.ru_utime),
        tv(ru.ru_stime),
        n(ru.ru_maxrss),
        n(ru.ru_ixrss),
        n(ru.ru_idrss),
        n(ru.ru_isrss),
        n(ru.ru_minflt),
        n(ru.ru_majflt),
        n(ru.ru_nswap),
        n(ru.ru_inblock),
        n(ru.ru_oublock),
        n(ru.ru_msgsnd),
        n(ru.ru_msgrcv),
        n(ru.ru_nsignals),
        n(ru.ru_nvcsw),
        n(ru.ru_nivcsw),
    ]))
}

fn rlim_value(x: libc::rlim_t) -> Value {
    if x == libc::RLIM_INFINITY { Value::small(-1) } else { int::from_i64(x as i64) }
}

fn getrlimit(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "getrlimit", 1, 1)?;
    let res = int_arg(vm, a.at(0))?;
    if !(0..16).contains(&res) {
        return Err(vm.value_error("invalid resource specified"));
    }
    let mut rl = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: valid out pointer; the resource number was range-checked.
    if unsafe { libc::getrlimit(res as _, &mut rl) } != 0 {
        return Err(os_error(vm, errno(), None, None));
    }
    Ok(tuple::new(&[rlim_value(rl.rlim_cur), rlim_value(rl.rlim_max)]))
}

fn setrlimit(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "setrlimit", 2, 2)?;
    let res = int_arg(vm, a.at(0))?;
    if !(0..16).contains(&res) {
        return Err(vm.value_error("invalid resource specified"));
    }
    let items = vm.collect(a.at(1))?;
    if items.len() != 2 {
        return Err(vm.value_error("expected a tuple of 2 integers"));
    }
    let conv = |x: i64| if x < 0 { libc::RLIM_INFINITY } else { x as libc::rlim_t };
    let soft = int_arg(vm, items[0])?;
    let hard = int_arg(vm, items[1])?;
    let rl = libc::rlimit { rlim_cur: conv(soft), rlim_max: conv(hard) };
    // SAFETY: valid pointer; the resource number was range-checked.
    if unsafe { libc::setrlimit(res as _, &rl) } != 0 {
        let e = errno();
        if e == libc::EINVAL {
            return Err(vm.value_error("current limit exceeds maximum limit"));
        }
        if e == libc::EPERM {
            return Err(vm.value_error("not allowed to raise maximum limit"));
        }
        return Err(os_error(vm, e, None, None));
    }
    Ok(objmodel::none())
}

fn getpagesize(_vm: &mut Vm, _a: Args) -> PyResult {
    // SAFETY: plain libc query.
    Ok(int::from_i64(unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as i64))
}

/// A new pipe (read end, write end), both close-on-exec.
fn pipe(vm: &mut Vm) -> PyResult<(OwnedFd, OwnedFd)> {
    let mut fds = [0i32; 2];
    // SAFETY: valid out array of two ints.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(os_error(vm, errno(), None, None));
    }
    // SAFETY: pipe2 just returned these two fresh descriptors; we own them.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// A duplicate of a caller-owned descriptor (the child gets the copy; the caller keeps its own).
fn dup_fd(vm: &mut Vm, fd: i32) -> PyResult<OwnedFd> {
    // SAFETY: F_DUPFD_CLOEXEC on a descriptor number; a bad one fails with EBADF.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(os_error(vm, errno(), None, None));
    }
    // SAFETY: fcntl returned a fresh descriptor we own.
    Ok(unsafe { OwnedFd::from_raw_fd(r) })
}

fn str_list(vm: &mut Vm, v: Value) -> PyResult<Vec<String>> {
    let items = vm.collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        if let Some(s) = pystr::as_str(x) {
            out.push(s.to_string());
        } else if let Some(b) = bytes::as_bytes(x) {
            out.push(String::from_utf8_lossy(&b).into_owned());
        } else {
            return Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", x.class().error_name())));
        }
    }
    Ok(out)
}

fn spawn(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "spawn", 7, 7)?;
    let argv = str_list(vm, a.at(0))?;
    if argv.is_empty() {
        return Err(vm.value_error("args must not be empty"));
    }
    let mut cmd = match pystr::as_str(a.at(1)) {
        Some(exe) => {
            let mut c = std::process::Command::new(exe);
            c.arg0(&argv[0]);
            c
        }
        None => std::process::Command::new(&argv[0]),
    };
    cmd.args(&argv[1..]);
    if let Some(cwd) = pystr::as_str(a.at(2)) {
        cmd.current_dir(cwd);
    }
    if !a.at(3).is_none() {
        let kv = str_list(vm, a.at(3))?;
        cmd.env_clear();
        for pair in kv.chunks(2) {
            if let [k, v] = pair {
                cmd.env(k, v);
            }
        }
    }
    let mut parent = [-1i64; 3];
    let mut stdout_child: Option<OwnedFd> = None;
    for (i, spec) in [a.at(4), a.at(5), a.at(6)].into_iter().enumerate() {
        if spec.is_none() {
            continue;
        }
        let code = int_arg(vm, spec)?;
        let child: OwnedFd = match code {
            -1 => {
                let (r, w) = pipe(vm)?;
                let (mine, theirs) = if i == 0 { (w, r) } else { (r, w) };
                parent[i] = mine.into_raw_fd() as i64;
                theirs
            }
            -2 if i == 2 => match &stdout_child {
                Some(fd) => fd.try_clone().map_err(|e| os_error(vm, e.raw_os_error().unwrap_or(5), None, None))?,
                None => dup_fd(vm, 1)?,
            },
            -3 => {
                let f = std::fs::OpenOptions::new().read(i == 0).write(i != 0).open("/dev/null");
                match f {
                    Ok(f) => f.into(),
                    Err(e) => return Err(os_error(vm, e.raw_os_error().unwrap_or(5), None, None)),
                }
            }
            fd => dup_fd(vm, fd as i32)?,
        };
        match i {
            0 => {
                cmd.stdin(child);
            }
            1 => {
                let copy = child.try_clone().map_err(|e| os_error(vm, e.raw_os_error().unwrap_or(5), None, None))?;
                stdout_child = Some(copy);
                cmd.stdout(child);
            }
            _ => {
                cmd.stderr(child);
            }
        }
    }
    crate::stdlib::sys::raw_flush_stdout();
    let spawned = cmd.spawn();
    drop(stdout_child);
    drop(cmd); // closes the child's ends in this process
    match spawned {
        Ok(child) => Ok(tuple::new(&[
            int::from_i64(child.id() as i64),
            int::from_i64(parent[0]),
            int::from_i64(parent[1]),
            int::from_i64(parent[2]),
        ])),
        Err(e) => {
            for fd in parent.into_iter().filter(|&fd| fd >= 0) {
                // SAFETY: our own pipe end, not shared with anything else yet.
                drop(unsafe { OwnedFd::from_raw_fd(fd as i32) });
            }
            let code = e.raw_os_error().unwrap_or(2);
            let target = pystr::as_str(a.at(1)).map(|s| s.to_string()).unwrap_or_else(|| argv[0].clone());
            let name = pystr::new(&target);
            Err(os_error(vm, code, Some(name), None))
        }
    }
}

fn waitpid(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "waitpid", 2, 2)?;
    let pid = int_arg(vm, a.at(0))? as i32;
    let nohang = vm.truthy(a.at(1))?;
    let mut status = 0i32;
    let flags = if nohang { libc::WNOHANG } else { 0 };
    let r = loop {
        // SAFETY: valid out pointer; waitpid has no other preconditions.
        let r = crate::safepoint::blocking(vm, || unsafe { libc::waitpid(pid, &mut status, flags) });
        if r < 0 && errno() == libc::EINTR {
            continue;
        }
        break r;
    };
    if r < 0 {
        return Err(os_error(vm, errno(), None, None));
    }
    if r == 0 {
        return Ok(tuple::new(&[Value::small(0), objmodel::none()]));
    }
    let code = if libc::WIFSIGNALED(status) { -(libc::WTERMSIG(status) as i64) } else { libc::WEXITSTATUS(status) as i64 };
    Ok(tuple::new(&[int::from_i64(r as i64), int::from_i64(code)]))
}

fn read(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "read", 2, 2)?;
    let fd = int_arg(vm, a.at(0))? as i32;
    let n = int_arg(vm, a.at(1))?.max(0) as usize;
    let mut buf = vec![0u8; n];
    let r = loop {
        // SAFETY: buffer of n writable bytes.
        let r = crate::safepoint::blocking(vm, || unsafe { libc::read(fd, buf.as_mut_ptr().cast(), n) });
        if r < 0 && errno() == libc::EINTR {
            continue;
        }
        break r;
    };
    if r < 0 {
        return Err(os_error(vm, errno(), None, None));
    }
    buf.truncate(r as usize);
    Ok(objmodel::alloc::new_bytes(&buf))
}

pub fn make_module(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_pyrs_proc");
    funcs(
        d,
        &[
            ("getrusage", getrusage),
            ("getrlimit", getrlimit),
            ("setrlimit", setrlimit),
            ("getpagesize", getpagesize),
            ("spawn", spawn),
            ("waitpid", waitpid),
            ("read", read),
        ],
    );
    Ok(m)
}
