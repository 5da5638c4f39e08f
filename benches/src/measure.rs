//! One timed run of one program: wall time, CPU time and peak resident set size of the child.
//!
//! The child is started with `std::process::Command`; its stdout and stderr are drained by
//! two threads so that a chatty program never blocks on a full pipe. The parent then waits
//! in two steps:
//!
//! 1. `waitid(P_PID, pid, WEXITED | WNOWAIT)` returns when the child has exited but leaves
//!    it a zombie. The wall clock stops here. A watchdog thread that kills the child after
//!    the timeout is stopped before step 2: while the child is a zombie its pid cannot be
//!    reused, so a late `kill` from the watchdog can only hit this child.
//! 2. `wait4(pid, ..., 0, &rusage)` reaps it and yields the child's own `rusage`:
//!    `ru_maxrss` (peak RSS in KiB on Linux), `ru_utime` and `ru_stime`. Unlike
//!    `getrusage(RUSAGE_CHILDREN)`, which keeps the maximum over every child ever reaped,
//!    this is exactly this child's figure.
//!
//! The child runs in its own process group so that a timeout kills it and anything it
//! started.
//!
//! On a shared machine the wall time depends on what else runs. Each run therefore also
//! records how many cores *other* processes kept busy meanwhile: the machine-wide busy time
//! from `/proc/stat` (user, nice, system, irq, softirq and steal, which also counts other
//! virtual machines) over the run, minus the child's own CPU time, divided by the wall time.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What one run of a program produced.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub time_s: f64,
    pub user_s: f64,
    pub sys_s: f64,
    pub max_rss_kib: u64,
    /// Cores kept busy by other processes during the run (see the module doc); NaN when
    /// `/proc/stat` cannot be read.
    pub others_cores: f64,
    pub stdout: String,
    pub stderr: String,
    /// `None` when the program exited with status 0; otherwise what went wrong.
    pub failure: Option<String>,
}

impl Outcome {
    /// The `METRIC <name> <value>` lines the program wrote on stderr.
    pub fn metrics(&self) -> BTreeMap<String, f64> {
        parse_metrics(&self.stderr)
    }
}

pub fn parse_metrics(stderr: &str) -> BTreeMap<String, f64> {
    let mut out = BTreeMap::new();
    for line in stderr.lines() {
        let mut words = line.split_whitespace();
        if words.next() != Some("METRIC") {
            continue;
        }
        if let (Some(name), Some(value)) = (words.next(), words.next())
            && let Ok(v) = value.parse::<f64>()
        {
            out.insert(name.to_string(), v);
        }
    }
    out
}

/// Runs `program args...` in `dir` and measures it; kills it after `timeout`.
pub fn run(program: &Path, args: &[String], dir: &Path, timeout: Duration) -> std::io::Result<Outcome> {
    run_with_env(program, args, &[], dir, timeout)
}

/// [`run`] with `env` added to the program's environment.
pub fn run_with_env(
    program: &Path,
    args: &[String],
    env: &[(&str, &str)],
    dir: &Path,
    timeout: Duration,
) -> std::io::Result<Outcome> {
    let busy_before = machine_busy_s();
    let start = Instant::now();
    let mut child = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()?;
    let pid = child.id() as libc::pid_t;
    let out_reader = drain(child.stdout.take().expect("piped stdout"));
    let err_reader = drain(child.stderr.take().expect("piped stderr"));

    let (stop_watchdog, stopped) = mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if let Err(mpsc::RecvTimeoutError::Timeout) = stopped.recv_timeout(timeout) {
            // The child leads its own process group, so this also kills anything it started
            // (which would otherwise keep the output pipes open).
            // SAFETY: `pid` is our child and has not been reaped (step 2 happens only after
            // this thread is joined), so the group it leads exists and is ours.
            unsafe { libc::kill(-pid, libc::SIGKILL) };
            return true;
        }
        false
    });

    wait_exited_keep_zombie(pid)?;
    let time_s = start.elapsed().as_secs_f64();
    let busy = machine_busy_s() - busy_before;
    let _ = stop_watchdog.send(());
    let timed_out = watchdog.join().unwrap_or(false);

    let (status, usage) = reap(pid)?;
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    let failure = if timed_out {
        Some(format!("killed after the {} s timeout", timeout.as_secs()))
    } else if libc::WIFSIGNALED(status) {
        Some(format!("killed by signal {}", libc::WTERMSIG(status)))
    } else if libc::WEXITSTATUS(status) != 0 {
        Some(format!("exit status {}", libc::WEXITSTATUS(status)))
    } else {
        None
    };
    let secs = |tv: libc::timeval| tv.tv_sec as f64 + tv.tv_usec as f64 * 1e-6;
    let (user_s, sys_s) = (secs(usage.ru_utime), secs(usage.ru_stime));
    Ok(Outcome {
        time_s,
        user_s,
        sys_s,
        max_rss_kib: usage.ru_maxrss.max(0) as u64,
        others_cores: ((busy - user_s - sys_s) / time_s).max(0.0),
        stdout,
        stderr,
        failure,
    })
}

/// Runs `n` copies of `program args...` at once (each a process of its own, started one
/// right after the other) and measures them as one run: the wall time until the last copy
/// exited, the copies' CPU times summed, the largest peak RSS, and the other load over that
/// span. This is the machine's own parallel throughput for a program, with nothing shared
/// between the copies but the hardware: the ceiling for a runtime's thread speedup (see the
/// report's "process speedup"). Every copy must print the same stdout, which becomes the
/// outcome's; a copy that fails or disagrees makes the outcome a failure.
pub fn run_many(program: &Path, args: &[String], dir: &Path, timeout: Duration, n: usize) -> std::io::Result<Outcome> {
    let busy_before = machine_busy_s();
    let start = Instant::now();
    let outcomes: Vec<std::io::Result<Outcome>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..n.max(1)).map(|_| s.spawn(|| run(program, args, dir, timeout))).collect();
        handles.into_iter().map(|h| h.join().unwrap_or_else(|_| Err(std::io::Error::other("measuring thread panicked")))).collect()
    });
    let time_s = start.elapsed().as_secs_f64();
    let busy = machine_busy_s() - busy_before;
    let outcomes = outcomes.into_iter().collect::<std::io::Result<Vec<Outcome>>>()?;
    let first = &outcomes[0];
    let failure = outcomes.iter().enumerate().find_map(|(i, o)| match &o.failure {
        Some(f) => Some(format!("copy {} of {n}: {f}", i + 1)),
        None if o.stdout != first.stdout => {
            Some(format!("copies disagree: {:?} then {:?}", first.stdout.trim(), o.stdout.trim()))
        }
        None => None,
    });
    let (user_s, sys_s) = outcomes.iter().fold((0.0, 0.0), |(u, s), o| (u + o.user_s, s + o.sys_s));
    Ok(Outcome {
        time_s,
        user_s,
        sys_s,
        max_rss_kib: outcomes.iter().map(|o| o.max_rss_kib).max().unwrap_or(0),
        others_cores: ((busy - user_s - sys_s) / time_s).max(0.0),
        stdout: first.stdout.clone(),
        stderr: outcomes.iter().find(|o| o.failure.is_some()).unwrap_or(first).stderr.clone(),
        failure,
    })
}

/// Seconds of CPU time the whole machine has spent busy since boot (all CPUs), from the
/// first line of `/proc/stat`; NaN when it cannot be read.
pub fn machine_busy_s() -> f64 {
    let Ok(text) = std::fs::read_to_string("/proc/stat") else { return f64::NAN };
    let Some(line) = text.lines().next() else { return f64::NAN };
    // cpu user nice system idle iowait irq softirq steal ...
    let fields: Vec<f64> = line.split_whitespace().skip(1).filter_map(|w| w.parse().ok()).collect();
    if fields.len() < 8 {
        return f64::NAN;
    }
    let busy: f64 = [0, 1, 2, 5, 6, 7].iter().map(|&i| fields[i]).sum();
    // SAFETY: sysconf has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    if ticks > 0.0 { busy / ticks } else { f64::NAN }
}

fn drain<R: Read + Send + 'static>(mut pipe: R) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// Step 1: blocks until `pid` has exited, leaving it unreaped.
fn wait_exited_keep_zombie(pid: libc::pid_t) -> std::io::Result<()> {
    loop {
        // SAFETY: an all-zero siginfo_t is a valid value for waitid to fill in.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: `info` is a valid, writable siginfo_t; pid is our unreaped child.
        let rc = unsafe {
            libc::waitid(libc::P_PID, pid as libc::id_t, &mut info, libc::WEXITED | libc::WNOWAIT)
        };
        if rc == 0 {
            return Ok(());
        }
        let err = std::io::Error::last_os_error();
        if err.kind() != std::io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
}

/// Step 2: reaps `pid` and returns its wait status and its own resource usage.
fn reap(pid: libc::pid_t) -> std::io::Result<(libc::c_int, libc::rusage)> {
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: both out-pointers are valid and writable; pid is our exited child.
        let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if rc == pid {
            return Ok((status, usage));
        }
        let err = std::io::Error::last_os_error();
        if err.kind() != std::io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str, timeout: Duration) -> Outcome {
        run(Path::new("/bin/sh"), &["-c".into(), script.into()], Path::new("."), timeout).unwrap()
    }

    #[test]
    fn captures_output_status_and_metrics() {
        let o = sh("echo checksum 42; echo 'METRIC pause_ms 1.5' >&2", Duration::from_secs(20));
        assert_eq!(o.stdout.trim(), "checksum 42");
        assert_eq!(o.failure, None);
        assert_eq!(o.metrics().get("pause_ms"), Some(&1.5));
        assert!(o.max_rss_kib > 0);
        let o = sh("exit 3", Duration::from_secs(20));
        assert_eq!(o.failure.as_deref(), Some("exit status 3"));
    }

    #[test]
    fn copies_run_at_once_and_must_agree() {
        let args = ["-c".to_string(), "sleep 0.3; echo same".to_string()];
        let o = run_many(Path::new("/bin/sh"), &args, Path::new("."), Duration::from_secs(20), 3).unwrap();
        assert_eq!((o.failure.as_deref(), o.stdout.trim()), (None, "same"));
        // Three 0.3 s copies side by side take about 0.3 s, not 0.9 s.
        assert!(o.time_s >= 0.3 && o.time_s < 0.8, "{} s", o.time_s);
        let args = ["-c".to_string(), "echo $$".to_string()];
        let o = run_many(Path::new("/bin/sh"), &args, Path::new("."), Duration::from_secs(20), 2).unwrap();
        assert!(o.failure.unwrap().contains("disagree"));
    }

    #[test]
    fn kills_a_run_that_outlives_its_timeout() {
        let o = sh("sleep 30", Duration::from_millis(200));
        assert!(o.failure.unwrap().contains("timeout"));
        assert!(o.time_s < 10.0);
    }

    #[test]
    fn peak_rss_is_the_childs_own() {
        // A child that touches 64 MiB reports at least that; a small one after it must not
        // inherit the big figure (it would with getrusage(RUSAGE_CHILDREN)).
        let big = sh("python3 -c 'b = bytearray(64 << 20)'", Duration::from_secs(60));
        assert_eq!(big.failure, None, "{}", big.stderr);
        assert!(big.max_rss_kib >= 64 * 1024, "big child reported {} KiB", big.max_rss_kib);
        let small = sh("true", Duration::from_secs(20));
        assert!(small.max_rss_kib < 32 * 1024, "small child reported {} KiB", small.max_rss_kib);
    }
}
