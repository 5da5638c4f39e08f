//! Memory test (not a timing test): runs `tests/memory/churn_5gb.py`, which keeps
//! about 50 MB of live objects while allocating about 5 GB in total of
//! short-lived objects, and asserts that the child's peak resident set size
//! stays under a limit (default 300 MB).
//!
//! The peak RSS is taken from the kernel's accounting for exactly this child:
//! the child is reaped with `wait4(pid, ..., &rusage)` and `ru_maxrss` (KiB on
//! Linux) is read from it, so no other process's usage can leak in and no peak
//! can be missed between polls.  The test also checks the program's stdout
//! against `churn_5gb.out` (generated with CPython 3.11).
//!
//! Environment:
//! * `PYRS_MEMORY_LIMIT_MB` — override the RSS limit (default 300).
//! * `PYRS_MEMORY_TIMEOUT`  — seconds before the child is killed (default 900).
//! * `PYRS_MEMORY_BIN`      — run another interpreter instead of pyrs-nogil
//!   (`PYRS_MEMORY_BIN=python3` checks the test itself).
//!
//! CPython 3.11 reference (measured with `/usr/bin/time -v`): about 11 s wall
//! time and a peak RSS of about 78 MB.

#![cfg(unix)]

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

const DEFAULT_LIMIT_MB: u64 = 300;
const DEFAULT_TIMEOUT_SECS: u64 = 900;

fn memory_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("tests")
        .join("programs")
        .join("..")
        .join("memory")
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(default)
}

struct Reaped {
    /// Raw wait status.
    status: libc::c_int,
    /// Peak resident set size in KiB.
    maxrss_kib: i64,
    timed_out: bool,
    elapsed: Duration,
}

/// Polls `wait4(pid, WNOHANG)` until the child exits (or kills it after
/// `timeout`), returning its wait status and resource usage.
fn reap_with_rusage(pid: libc::pid_t, timeout: Duration) -> Reaped {
    let start = Instant::now();
    let mut timed_out = false;
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: `rusage` is a plain C struct; zeroed is a valid value and
        // wait4 only writes into the two out-pointers we pass.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let flags = if timed_out { 0 } else { libc::WNOHANG };
        // SAFETY: valid pointers to locals; `pid` is our own unreaped child.
        let r = unsafe { libc::wait4(pid, &mut status, flags, &mut usage) };
        if r == pid {
            return Reaped {
                status,
                maxrss_kib: usage.ru_maxrss as i64,
                timed_out,
                elapsed: start.elapsed(),
            };
        }
        if r == -1 {
            let err = std::io::Error::last_os_error();
            if err.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            panic!("wait4({pid}) failed: {err}");
        }
        if !timed_out && start.elapsed() >= timeout {
            timed_out = true;
            // SAFETY: sending a signal to our own child process.
            unsafe {
                libc::kill(pid, libc::SIGKILL);
            }
            continue;
        }
        thread::sleep(Duration::from_millis(20));
    }
}

fn describe_status(status: libc::c_int) -> String {
    if libc::WIFEXITED(status) {
        format!("exit {}", libc::WEXITSTATUS(status))
    } else if libc::WIFSIGNALED(status) {
        format!("killed by signal {}", libc::WTERMSIG(status))
    } else {
        format!("wait status {status:#x}")
    }
}

fn spawn_reader(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

#[test]
fn churn_5gb_peak_rss_under_limit() {
    let dir = memory_dir();
    let script = "churn_5gb.py";
    let expected = fs::read_to_string(dir.join("churn_5gb.out"))
        .expect("tests/memory/churn_5gb.out must exist (generate it with python3)");
    let limit_mb = env_u64("PYRS_MEMORY_LIMIT_MB", DEFAULT_LIMIT_MB);
    let timeout = Duration::from_secs(env_u64("PYRS_MEMORY_TIMEOUT", DEFAULT_TIMEOUT_SECS));

    let exe = std::env::var_os("PYRS_MEMORY_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_pyrs-nogil")));
    // This is the only child process this test binary spawns.
    let mut child = Command::new(&exe)
        .arg(script)
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot spawn {}: {e}", exe.display()));
    let out_reader = spawn_reader(child.stdout.take().expect("piped stdout"));
    let err_reader = spawn_reader(child.stderr.take().expect("piped stderr"));
    let pid = child.id() as libc::pid_t;

    // The child is reaped here via wait4 (not via `Child::wait`), which is
    // what gives us its exact rusage.  `child` must not be waited on again.
    let reaped = reap_with_rusage(pid, timeout);
    drop(child);

    let stdout = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    let peak_mb = reaped.maxrss_kib as f64 / 1024.0;
    eprintln!(
        "churn_5gb: {} after {:.1}s, peak RSS {:.1} MB (limit {} MB)",
        describe_status(reaped.status),
        reaped.elapsed.as_secs_f64(),
        peak_mb,
        limit_mb
    );

    let stderr_tail: String = {
        let lines: Vec<&str> = stderr.lines().collect();
        lines[lines.len().saturating_sub(15)..].join("\n")
    };
    assert!(
        !reaped.timed_out,
        "churn_5gb.py timed out after {:.0}s (peak RSS so far {:.1} MB)\nstderr tail:\n{stderr_tail}",
        timeout.as_secs_f64(),
        peak_mb
    );
    assert!(
        libc::WIFEXITED(reaped.status) && libc::WEXITSTATUS(reaped.status) == 0,
        "churn_5gb.py failed: {} (peak RSS {:.1} MB)\nstderr tail:\n{stderr_tail}",
        describe_status(reaped.status),
        peak_mb
    );
    assert_eq!(
        stdout, expected,
        "churn_5gb.py stdout differs from CPython's (tests/memory/churn_5gb.out)"
    );
    assert!(
        peak_mb < limit_mb as f64,
        "peak RSS {peak_mb:.1} MB exceeds the limit of {limit_mb} MB \
         (the program keeps ~50 MB live; CPython 3.11 peaks at ~78 MB)"
    );
}
