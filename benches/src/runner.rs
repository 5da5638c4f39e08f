//! Runs a plan: every benchmark at every thread count under every runtime, a warm-up run
//! then the timed repeats, and checks that the checksums agree.
//!
//! Order matters on a shared machine. For one (benchmark, threads) pair the runtimes take
//! turns run by run (warm-up of each, then repeat 1 of each, repeat 2 of each, ...), so a
//! burst of outside load spreads over all runtimes instead of landing on one of them.

use crate::catalog::Bench;
use crate::measure;
use crate::results::{BenchInfo, Cell, Host, Results, Run, SCHEMA};
use crate::runtime::{CPYTHON, NOGIL_PROCS, Runtime, Skipped};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

pub struct Plan {
    /// `all` or `smoke`.
    pub mode: &'static str,
    pub benches: Vec<Bench>,
    pub runtimes: Vec<Runtime>,
    pub skipped: Vec<Skipped>,
    pub threads: Vec<u32>,
    pub warmup: bool,
    pub repeats: usize,
    /// Use each benchmark's tiny size (smoke) instead of its timed size.
    pub tiny: bool,
    pub timeout: Duration,
    pub root: PathBuf,
}

impl Plan {
    fn size(&self, b: &Bench) -> u64 {
        if self.tiny { b.tiny } else { b.size }
    }

    pub fn total_runs(&self) -> usize {
        let cells: usize = self
            .benches
            .iter()
            .map(|b| self.threads.iter().map(|&t| self.runtimes.iter().filter(|rt| rt.runs(b, t)).count()).sum::<usize>())
            .sum();
        cells * (self.repeats + usize::from(self.warmup))
    }
}

/// Progress on stderr: one line per run with the count, an estimate of the time left and
/// what the run gave.
struct Progress {
    done: usize,
    total: usize,
    start: Instant,
}

impl Progress {
    fn report(&mut self, what: &str, outcome: &measure::Outcome) {
        self.done += 1;
        let elapsed = self.start.elapsed().as_secs_f64();
        let left = elapsed / self.done as f64 * (self.total - self.done) as f64;
        let result = match &outcome.failure {
            None => format!(
                "{:7.3} s {:6.1} MiB  others {:.1} cores",
                outcome.time_s,
                outcome.max_rss_kib as f64 / 1024.0,
                outcome.others_cores
            ),
            Some(f) => format!("FAILED: {f}"),
        };
        eprintln!(
            "[{:>4}/{} {:>3}% left ~{}] {what:<44} {result}",
            self.done,
            self.total,
            self.done * 100 / self.total.max(1),
            clock(left)
        );
    }
}

fn clock(seconds: f64) -> String {
    let s = seconds.round() as u64;
    format!("{}m{:02}s", s / 60, s % 60)
}

/// Runs the plan and returns every cell, with `problems` listing failures and mismatches.
pub fn execute(plan: &Plan) -> Results {
    let load_before = loadavg();
    let started = now_utc();
    let mut progress = Progress { done: 0, total: plan.total_runs(), start: Instant::now() };
    let mut cells = Vec::new();
    let mut problems = Vec::new();
    for bench in &plan.benches {
        let first = cells.len();
        for &threads in &plan.threads {
            cells.extend(run_bench_at(plan, bench, threads, &mut progress));
        }
        let bench_cells = &mut cells[first..];
        for c in bench_cells.iter().filter(|c| c.status == "failed") {
            problems.push(format!(
                "{} {} at {} thread(s) failed: {}",
                c.benchmark,
                c.label,
                c.threads,
                c.error.as_deref().unwrap_or("")
            ));
        }
        let mismatches = check_checksums(bench, bench_cells);
        if mismatches.is_empty() {
            let agreed = bench_cells.iter().find_map(|c| c.checksum.clone()).unwrap_or_default();
            eprintln!("    {}: checksums agree: {agreed}", bench.name);
        } else {
            for m in &mismatches {
                eprintln!("    CHECKSUM MISMATCH: {m}");
            }
            problems.extend(mismatches);
        }
    }
    Results {
        schema: SCHEMA,
        mode: plan.mode.into(),
        repeats: plan.repeats,
        threads: plan.threads.clone(),
        host: host(&plan.root, started, load_before),
        runtimes: plan.runtimes.clone(),
        skipped: plan.skipped.clone(),
        benchmarks: plan
            .benches
            .iter()
            .map(|b| BenchInfo {
                name: b.name.into(),
                file: b.file(),
                kind: b.kind,
                size: plan.size(b),
                what: b.what.into(),
            })
            .collect(),
        cells,
        problems,
    }
}

/// The cells of one benchmark at one thread count, one per runtime.
fn run_bench_at(plan: &Plan, bench: &Bench, threads: u32, progress: &mut Progress) -> Vec<Cell> {
    let args = vec![bench.file(), threads.to_string(), plan.size(bench).to_string()];
    // The process-parallel twin runs `threads` copies of the one-thread program.
    let one_thread_args = vec![bench.file(), "1".to_string(), plan.size(bench).to_string()];
    let runtimes: Vec<&Runtime> = plan.runtimes.iter().filter(|rt| rt.runs(bench, threads)).collect();
    let mut cells: Vec<Cell> = runtimes.iter().map(|rt| new_cell(bench, rt, threads)).collect();
    let rounds = usize::from(plan.warmup) + plan.repeats;
    for round in 0..rounds {
        let warm = plan.warmup && round == 0;
        for (rt, cell) in runtimes.iter().zip(cells.iter_mut()) {
            if cell.status != "ok" {
                continue;
            }
            let what = if warm {
                format!("{} t={threads} {} warm-up", bench.name, rt.label)
            } else {
                let k = round + 1 - usize::from(plan.warmup);
                format!("{} t={threads} {} {k}/{}", bench.name, rt.label, plan.repeats)
            };
            let measured = if rt.label == NOGIL_PROCS {
                measure::run_many(&rt.path, &one_thread_args, &plan.root, plan.timeout, threads as usize)
            } else {
                measure::run(&rt.path, &args, &plan.root, plan.timeout)
            };
            let outcome = match measured {
                Ok(o) => o,
                Err(e) => {
                    eprintln!("cannot start {}: {e}", rt.path.display());
                    cell.status = "failed".into();
                    cell.error = Some(format!("cannot start {}: {e}", rt.path.display()));
                    continue;
                }
            };
            progress.report(&what, &outcome);
            record(cell, &outcome, warm);
        }
    }
    for cell in &mut cells {
        cell.summarize();
    }
    cells
}

fn new_cell(bench: &Bench, rt: &Runtime, threads: u32) -> Cell {
    Cell {
        benchmark: bench.name.into(),
        label: rt.label.clone(),
        runtime: rt.runtime.clone(),
        build: rt.build.clone(),
        threads,
        status: "ok".into(),
        error: None,
        checksum: None,
        warmup: None,
        runs: Vec::new(),
        median_s: None,
        min_s: None,
        max_s: None,
        median_rss_kib: None,
        max_rss_kib: None,
        metrics: BTreeMap::new(),
        others_cores: None,
    }
}

/// Adds one run to its cell; a failed run, or one whose output differs from the cell's
/// earlier runs, ends the cell.
fn record(cell: &mut Cell, outcome: &measure::Outcome, warm: bool) {
    if let Some(failure) = &outcome.failure {
        let tail: Vec<&str> = outcome.stderr.lines().rev().take(6).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        cell.status = "failed".into();
        cell.error = Some(format!("{failure}; stderr ends with: {}", tail.join(" | ")));
        return;
    }
    let checksum = outcome.stdout.trim().to_string();
    match &cell.checksum {
        None => cell.checksum = Some(checksum),
        Some(earlier) if *earlier != checksum => {
            cell.status = "mismatch".into();
            cell.error = Some(format!("runs disagree: {earlier:?} then {checksum:?}"));
            return;
        }
        Some(_) => {}
    }
    let run = Run {
        time_s: outcome.time_s,
        user_s: outcome.user_s,
        sys_s: outcome.sys_s,
        max_rss_kib: outcome.max_rss_kib,
        others_cores: outcome.others_cores,
        metrics: outcome.metrics(),
    };
    if warm { cell.warmup = Some(run) } else { cell.runs.push(run) }
}

/// Compares the checksums of one benchmark's cells: all of them when the program says its
/// output does not depend on the thread count, else per thread count. The reference is
/// CPython's output when CPython ran, else the most common output. Cells that differ are
/// marked `mismatch`; returns one sentence per mismatching cell.
pub fn check_checksums(bench: &Bench, cells: &mut [Cell]) -> Vec<String> {
    let mut groups: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (i, c) in cells.iter().enumerate() {
        if c.ok() && c.checksum.is_some() {
            // The process-parallel twin's copies each ran the one-thread program.
            let key = if bench.same_across_threads {
                0
            } else if c.label == NOGIL_PROCS {
                1
            } else {
                c.threads
            };
            groups.entry(key).or_default().push(i);
        }
    }
    let mut problems = Vec::new();
    for members in groups.values() {
        let reference = members
            .iter()
            .find(|&&i| cells[i].label == CPYTHON)
            .or_else(|| {
                members.iter().max_by_key(|&&i| members.iter().filter(|&&j| cells[j].checksum == cells[i].checksum).count())
            })
            .copied()
            .expect("a group has members");
        let (ref_sum, ref_label, ref_threads) =
            (cells[reference].checksum.clone().unwrap(), cells[reference].label.clone(), cells[reference].threads);
        for &i in members {
            let c = &mut cells[i];
            if c.checksum.as_deref() != Some(ref_sum.as_str()) {
                let msg = format!(
                    "{}: {} at {} thread(s) printed {:?}, {ref_label} at {ref_threads} thread(s) printed {ref_sum:?}",
                    bench.name,
                    c.label,
                    c.threads,
                    c.checksum.as_deref().unwrap_or("")
                );
                c.status = "mismatch".into();
                c.error = Some(msg.clone());
                problems.push(msg);
            }
        }
    }
    problems
}

/// The machine and the run's span, for a run that started at `started` with the load
/// average `load_before` and ends now.
pub fn host(root: &std::path::Path, started: String, load_before: [f64; 3]) -> Host {
    Host {
        cpus: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        cpu_model: cpu_model(),
        kernel: read_trimmed("/proc/sys/kernel/osrelease"),
        commit: git_describe(root),
        started,
        finished: now_utc(),
        load_before,
        load_after: loadavg(),
    }
}

pub fn loadavg() -> [f64; 3] {
    let text = read_trimmed("/proc/loadavg");
    let mut v = text.split_whitespace().map(|w| w.parse::<f64>().unwrap_or(f64::NAN));
    [v.next().unwrap_or(f64::NAN), v.next().unwrap_or(f64::NAN), v.next().unwrap_or(f64::NAN)]
}

fn read_trimmed(path: &str) -> String {
    std::fs::read_to_string(path).map(|s| s.trim().to_string()).unwrap_or_else(|_| "unknown".into())
}

fn cpu_model() -> String {
    let text = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    text.lines()
        .find_map(|l| l.strip_prefix("model name").map(|rest| rest.trim_start_matches([' ', '\t', ':']).to_string()))
        .unwrap_or_else(|| "unknown".into())
}

fn git_describe(root: &std::path::Path) -> String {
    std::process::Command::new("git")
        .args(["describe", "--always", "--dirty"])
        .current_dir(root)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// The current UTC time as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn now_utc() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let (days, rem) = (secs / 86_400, secs % 86_400);
    let (y, m, d) = civil_from_days(days as i64);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Days since 1970-01-01 to (year, month, day), Howard Hinnant's `civil_from_days`.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::BENCHMARKS;

    fn cell(label: &str, threads: u32, checksum: &str) -> Cell {
        let rt = Runtime {
            label: label.into(),
            runtime: label.into(),
            build: "x".into(),
            version: String::new(),
            path: PathBuf::new(),
        };
        let mut c = new_cell(&BENCHMARKS[0], &rt, threads);
        c.checksum = Some(checksum.into());
        c
    }

    #[test]
    fn cpython_is_the_reference_and_differences_are_mismatches() {
        let mut cells = vec![cell("pyrs-nogil", 1, "a"), cell("pyrs-nogil", 2, "b"), cell(CPYTHON, 1, "b")];
        let problems = check_checksums(&BENCHMARKS[0], &mut cells);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].contains("pyrs-nogil at 1 thread(s) printed \"a\""), "{}", problems[0]);
        assert_eq!(cells[0].status, "mismatch");
        assert!(cells[1].ok() && cells[2].ok());
    }

    #[test]
    fn agreement_is_no_problem() {
        let mut cells = vec![cell("pyrs-nogil", 1, "a"), cell("pyrs-gil", 4, "a")];
        assert!(check_checksums(&BENCHMARKS[0], &mut cells).is_empty());
    }

    #[test]
    fn runs_that_disagree_end_the_cell() {
        let mut c = cell("pyrs-nogil", 1, "a");
        c.checksum = None;
        let outcome = |out: &str| measure::Outcome {
            time_s: 1.0,
            user_s: 1.0,
            sys_s: 0.0,
            max_rss_kib: 1,
            others_cores: 0.0,
            stdout: out.into(),
            stderr: String::new(),
            failure: None,
        };
        record(&mut c, &outcome("x\n"), true);
        record(&mut c, &outcome("x"), false);
        assert!(c.ok() && c.warmup.is_some() && c.runs.len() == 1);
        record(&mut c, &outcome("y"), false);
        assert_eq!(c.status, "mismatch");
    }

    #[test]
    fn dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_723), (2024, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
    }
}
