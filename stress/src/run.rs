//! Running a program: one run with a wall-clock limit, its check, and the sweep over thread
//! counts and repetitions.
//!
//! A run is `INTERPRETER ROOT/stress/programs/NAME.py THREADS ITERATIONS SEED`, started in a
//! scratch directory of its own where it may dump core (crashdump.rs; in the workspace root
//! with `PYRS_STRESS_CORES=0`). It passes when it exits 0 within the limit, prints exactly one stdout line
//! starting `ok NAME threads=T iters=N seed=S`, and leaves stderr empty (or holds exactly the
//! uncaught-exception reports its header announces). A run past the limit is killed and reported
//! as a probable deadlock. Every failure is reported with the command that replays it.
//!
//! Seeds: repetition `r` of a sweep uses seed `base + r` at every thread count, with `base` from
//! `PYRS_STRESS_SEED` (default [`DEFAULT_SEED`]), so `PYRS_STRESS_SEED` replays a whole sweep
//! and the printed command replays one run.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::crashdump;
use crate::program::{self, Mode, Program};

/// The base seed when `PYRS_STRESS_SEED` is not set.
pub const DEFAULT_SEED: u64 = 1;
/// The thread counts of a sweep (oversubscribed on machines with fewer cores).
pub const THREAD_COUNTS: [u32; 4] = [2, 4, 8, 16];
/// Wall-clock limit of one run in short mode; long-mode runs get [`LONG_TIMEOUT`]. A short
/// run takes well under a second on two cores, so passing this means a deadlock, not slowness.
pub const SHORT_TIMEOUT: Duration = Duration::from_secs(60);
pub const LONG_TIMEOUT: Duration = Duration::from_secs(300);
/// A sweep stops after this many failed runs (and after any timeout).
const MAX_FAILURES: usize = 5;
/// How much of a failed run's stdout and stderr goes into its report.
const OUTPUT_TAIL: usize = 4000;

/// What a sweep runs with, read from the environment by [`Config::from_env`].
#[derive(Clone, Debug)]
pub struct Config {
    /// The interpreter: the package's `pyrs-nogil-stress` binary, or `PYRS_STRESS_BIN`.
    pub interpreter: PathBuf,
    pub mode: Mode,
    pub base_seed: u64,
    pub threads: Vec<u32>,
    pub timeout: Duration,
}

impl Config {
    /// `PYRS_STRESS` (short|long), `PYRS_STRESS_SEED` (base seed), `PYRS_STRESS_THREADS`
    /// (comma-separated thread counts), `PYRS_STRESS_TIMEOUT` (seconds per run),
    /// `PYRS_STRESS_BIN` (another interpreter, e.g. `python3`, instead of `default_interpreter`).
    pub fn from_env(default_interpreter: &Path) -> Result<Config, String> {
        let mode = Mode::from_env()?;
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let base_seed = match var("PYRS_STRESS_SEED") {
            Some(s) => s
                .parse()
                .map_err(|_| format!("PYRS_STRESS_SEED={s:?} is not a number"))?,
            None => DEFAULT_SEED,
        };
        let threads = match var("PYRS_STRESS_THREADS") {
            Some(s) => s
                .split(',')
                .map(|t| t.trim().parse().ok().filter(|&n: &u32| n > 0))
                .collect::<Option<Vec<u32>>>()
                .ok_or_else(|| format!("PYRS_STRESS_THREADS={s:?}: expected e.g. 2,4,8,16"))?,
            None => THREAD_COUNTS.to_vec(),
        };
        let timeout = match var("PYRS_STRESS_TIMEOUT") {
            Some(s) => Duration::from_secs(
                s.parse()
                    .map_err(|_| format!("PYRS_STRESS_TIMEOUT={s:?} is not seconds"))?,
            ),
            None if mode == Mode::Long => LONG_TIMEOUT,
            None => SHORT_TIMEOUT,
        };
        let interpreter = var("PYRS_STRESS_BIN")
            .map(PathBuf::from)
            .unwrap_or_else(|| default_interpreter.to_path_buf());
        Ok(Config {
            interpreter,
            mode,
            base_seed,
            threads,
            timeout,
        })
    }
}

/// One run: which program, with which arguments.
#[derive(Clone, Debug)]
pub struct RunSpec<'a> {
    pub program: &'a Program,
    pub threads: u32,
    pub iters: u64,
    pub seed: u64,
}

impl RunSpec<'_> {
    /// `name threads=T iters=N seed=S`: the prefix of the summary line and of failure reports.
    pub fn tag(&self) -> String {
        format!(
            "{} threads={} iters={} seed={}",
            self.program.name, self.threads, self.iters, self.seed
        )
    }

    /// The shell command that replays this run from the workspace root.
    pub fn replay(&self, interpreter: &Path) -> String {
        let root = program::workspace_root();
        let interp = interpreter.strip_prefix(&root).unwrap_or(interpreter);
        format!(
            "cd {} && {} {} {} {} {}",
            root.display(),
            interp.display(),
            self.program.path.display(),
            self.threads,
            self.iters,
            self.seed
        )
    }
}

/// How a run ended.
#[derive(Debug)]
pub struct Outcome {
    pub status: Option<ExitStatus>,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
    pub timed_out: bool,
    /// For a run killed by a signal: the native backtraces from its core (crashdump.rs), or
    /// why there are none.
    pub backtraces: Option<String>,
}

/// Run `spec` with `interpreter`; kill it once `timeout` has passed. It runs in a scratch
/// directory of its own where it may dump core (crashdump.rs), or in the workspace root with
/// `PYRS_STRESS_CORES=0`; the program's path is absolute either way.
pub fn run_once(interpreter: &Path, spec: &RunSpec, timeout: Duration) -> Outcome {
    let start = Instant::now();
    let root = program::workspace_root();
    // Its own working directory, where a crash leaves its core (crashdump.rs).
    let scratch = if crashdump::enabled() { crashdump::scratch_dir().ok() } else { None };
    let mut cmd = Command::new(interpreter);
    cmd.arg(root.join(&spec.program.path))
        .args([
            spec.threads.to_string(),
            spec.iters.to_string(),
            spec.seed.to_string(),
        ])
        .current_dir(scratch.as_deref().unwrap_or(&root))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if scratch.is_some() {
        crashdump::allow_core(&mut cmd);
    }
    let spawned = cmd.spawn();
    let mut child = match spawned {
        Ok(c) => c,
        Err(e) => {
            if let Some(dir) = &scratch {
                let _ = std::fs::remove_dir_all(dir);
            }
            return Outcome {
                status: None,
                stdout: String::new(),
                stderr: format!("cannot start {}: {e}", interpreter.display()),
                elapsed: start.elapsed(),
                timed_out: false,
                backtraces: None,
            };
        }
    };
    // Drain both pipes on their own threads so a chatty child never blocks on a full pipe.
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let (status, timed_out) = wait_with_deadline(&mut child, start + timeout);
    let elapsed = start.elapsed();
    let crashed = !timed_out && status.as_ref().and_then(signal_of).is_some();
    let backtraces = match &scratch {
        Some(dir) if crashed => Some(crashdump::backtraces(interpreter, dir)),
        _ => None,
    };
    if let Some(dir) = &scratch {
        let _ = std::fs::remove_dir_all(dir);
    }
    Outcome {
        status,
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        elapsed,
        timed_out,
        backtraces,
    }
}

fn drain(pipe: Option<impl Read + Send + 'static>) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut bytes);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// Wait for `child` until `deadline`, polling with a backoff from 1 ms to 20 ms (runs are
/// short, so a long first sleep would dominate); past the deadline kill it and reap it.
fn wait_with_deadline(child: &mut Child, deadline: Instant) -> (Option<ExitStatus>, bool) {
    let mut nap = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(st)) => return (Some(st), false),
            Ok(None) => {}
            Err(_) => return (None, false),
        }
        let now = Instant::now();
        if now >= deadline {
            let _ = child.kill();
            return (child.wait().ok(), true);
        }
        thread::sleep(nap.min(deadline - now));
        nap = (nap * 2).min(Duration::from_millis(20));
    }
}

/// Check a finished run: `Err` holds the reason, without the outputs.
pub fn check(spec: &RunSpec, out: &Outcome, timeout: Duration) -> Result<(), String> {
    if out.timed_out {
        return Err(format!(
            "timeout: probable deadlock (still running after {} s; killed)",
            timeout.as_secs()
        ));
    }
    let Some(status) = out.status else {
        return Err("the run could not be started or waited for".into());
    };
    if !status.success() {
        return Err(match (status.code(), signal_of(&status)) {
            (Some(c), _) => format!("exit status {c}"),
            (None, Some(s)) => format!("killed by signal {s} (crash)"),
            (None, None) => format!("abnormal exit: {status}"),
        });
    }
    let lines: Vec<&str> = out.stdout.lines().collect();
    let want = format!("ok {}", spec.tag());
    match lines.as_slice() {
        [line] if *line == want || line.starts_with(&format!("{want} ")) => {}
        _ => {
            return Err(format!(
                "stdout is not the one summary line `{want} ...` ({} lines)",
                lines.len()
            ));
        }
    }
    let reports = out.stderr.matches("Exception in thread ").count();
    let expected = spec.program.stderr_reports;
    if expected == 0 && !out.stderr.trim().is_empty() {
        return Err("unexpected output on stderr".into());
    }
    if reports != expected {
        return Err(format!(
            "{reports} uncaught-exception reports on stderr, expected {expected}"
        ));
    }
    Ok(())
}

#[cfg(unix)]
fn signal_of(st: &ExitStatus) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    st.signal()
}

#[cfg(not(unix))]
fn signal_of(_st: &ExitStatus) -> Option<i32> {
    None
}

/// The report of a failed run: what broke, how to replay it, and the tails of its outputs.
pub fn failure_report(cfg: &Config, spec: &RunSpec, out: &Outcome, why: &str) -> String {
    let mut report = format!(
        "FAILED {} ({:.2} s): {why}\n  replay: {}\n  --- stdout ---\n{}\n  --- stderr ---\n{}",
        spec.tag(),
        out.elapsed.as_secs_f64(),
        spec.replay(&cfg.interpreter),
        tail(&out.stdout),
        tail(&out.stderr)
    );
    if let Some(bt) = &out.backtraces {
        report.push_str("\n  --- native backtraces (from its core) ---\n");
        report.push_str(bt);
    }
    report
}

fn tail(s: &str) -> &str {
    let s = s.trim_end();
    if s.len() <= OUTPUT_TAIL {
        return s;
    }
    let mut cut = s.len() - OUTPUT_TAIL;
    while !s.is_char_boundary(cut) {
        cut += 1;
    }
    &s[cut..]
}

/// What a sweep of one program did.
#[derive(Debug, Default)]
pub struct SweepReport {
    pub name: String,
    pub runs: u32,
    pub elapsed: Duration,
    /// The slowest run: its time and its tag.
    pub slowest: (Duration, String),
    /// One report per failed run (see [`failure_report`]).
    pub failures: Vec<String>,
}

impl SweepReport {
    /// One line for the test log.
    pub fn summary(&self, cfg: &Config) -> String {
        format!(
            "{}: {} runs ({} mode, threads {:?}, seeds from {}) in {:.2} s, slowest {:.2} s ({}), {} failed",
            self.name,
            self.runs,
            cfg.mode.name(),
            cfg.threads,
            cfg.base_seed,
            self.elapsed.as_secs_f64(),
            self.slowest.0.as_secs_f64(),
            self.slowest.1,
            self.failures.len()
        )
    }
}

/// Run `program` `reps` times at every thread count of `cfg` (repetition-major, so an early
/// failure at any thread count shows up soon). Stops at the first timeout or after
/// `MAX_FAILURES` failures.
pub fn sweep(cfg: &Config, program: &Program) -> SweepReport {
    let params = program.params(cfg.mode);
    let start = Instant::now();
    let mut report = SweepReport {
        name: program.name.clone(),
        ..SweepReport::default()
    };
    'reps: for rep in 0..params.reps {
        for &threads in &cfg.threads {
            let spec = RunSpec {
                program,
                threads,
                iters: params.iters,
                seed: cfg.base_seed + u64::from(rep),
            };
            let out = run_once(&cfg.interpreter, &spec, cfg.timeout);
            report.runs += 1;
            if out.elapsed > report.slowest.0 {
                report.slowest = (out.elapsed, spec.tag());
            }
            if let Err(why) = check(&spec, &out, cfg.timeout) {
                report.failures.push(failure_report(cfg, &spec, &out, &why));
                if out.timed_out || report.failures.len() >= MAX_FAILURES {
                    break 'reps;
                }
            }
        }
    }
    report.elapsed = start.elapsed();
    report
}
