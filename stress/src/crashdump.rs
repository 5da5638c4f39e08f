//! Native backtraces of a run that crashed: each run may dump core into a scratch directory of
//! its own, and when it dies by a signal, gdb (when installed) prints the crashing thread's
//! stack and every other thread's from that core into the failure report.
//!
//! A crash of the runtime is rare and depends on a thread interleaving, so its replay command
//! seldom crashes again; the core taken at the moment is the evidence. Without it a report says
//! only "killed by signal 11".
//!
//! Each run gets a directory of its own (`pyrs-stress-PID-N` under the temporary directory) as
//! its working directory, so that the `core` files of runs crashing side by side (the tests run
//! in parallel) never overwrite each other; the directory is removed after the run, core and
//! all. The programs import their harness from the script's directory and open no files, so the
//! working directory changes nothing else.
//!
//! It works where the kernel writes cores as files (`/proc/sys/kernel/core_pattern` a plain
//! name such as `core`); where cores are piped to a daemon (systemd-coredump, apport) the report
//! says so instead. `PYRS_STRESS_CORES=0` turns the whole thing off.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How much of gdb's output goes into a report.
const GDB_OUTPUT_LIMIT: usize = 24_000;

/// Whether runs dump core (`PYRS_STRESS_CORES`, on unless `0`).
pub fn enabled() -> bool {
    std::env::var("PYRS_STRESS_CORES").map_or(true, |v| v != "0")
}

/// A fresh scratch directory for one run, its working directory.
pub fn scratch_dir() -> std::io::Result<PathBuf> {
    // Relaxed: a unique-name counter, nothing is published through it.
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("pyrs-stress-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// Lets the child about to start from `cmd` write a core file (raises its soft core-size limit
/// to the hard limit).
#[cfg(unix)]
pub fn allow_core(cmd: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: the closure runs in the child between fork and exec, so it may only call
    // async-signal-safe functions: getrlimit and setrlimit are system calls, and it allocates
    // nothing.
    unsafe {
        cmd.pre_exec(|| {
            let mut lim = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
            if libc::getrlimit(libc::RLIMIT_CORE, &mut lim) == 0 {
                lim.rlim_cur = lim.rlim_max;
                libc::setrlimit(libc::RLIMIT_CORE, &lim);
            }
            Ok(())
        });
    }
}

#[cfg(not(unix))]
pub fn allow_core(_cmd: &mut Command) {}

/// The backtraces in the core a crashed run left in `dir`, or a line saying why there are none.
pub fn backtraces(interpreter: &Path, dir: &Path) -> String {
    let core = std::fs::read_dir(dir).ok().and_then(|entries| {
        entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("core")))
    });
    let Some(core) = core else {
        let pattern = std::fs::read_to_string("/proc/sys/kernel/core_pattern").unwrap_or_default();
        return format!(
            "no core file (core_pattern {:?}; core size limit {})",
            pattern.trim(),
            core_limit()
        );
    };
    let out = Command::new("gdb")
        .args(["-batch", "-nx", "-q"])
        .args(["-ex", "echo --- the crashing thread ---\\n", "-ex", "bt 60"])
        .args(["-ex", "echo --- every thread ---\\n", "-ex", "thread apply all bt 30"])
        .arg(interpreter)
        .arg(&core)
        .output();
    match out {
        Ok(o) => {
            let mut text = String::from_utf8_lossy(&o.stdout).into_owned();
            text.push_str(&String::from_utf8_lossy(&o.stderr));
            if text.len() > GDB_OUTPUT_LIMIT {
                let mut cut = GDB_OUTPUT_LIMIT;
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                text.truncate(cut);
                text.push_str("\n[... cut]");
            }
            text
        }
        Err(e) => format!("a core was written ({}), but gdb could not run: {e}", core.display()),
    }
}

#[cfg(unix)]
fn core_limit() -> String {
    let mut lim = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit writes into the struct we pass and reads nothing else.
    if unsafe { libc::getrlimit(libc::RLIMIT_CORE, &mut lim) } != 0 {
        return "unknown".into();
    }
    if lim.rlim_max == libc::RLIM_INFINITY {
        "unlimited".into()
    } else {
        format!("{} bytes", lim.rlim_max)
    }
}

#[cfg(not(unix))]
fn core_limit() -> String {
    "unknown".into()
}
