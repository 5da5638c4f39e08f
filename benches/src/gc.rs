//! The `gc` command: the collector's benchmarks of the concurrent-GC issue at their paper
//! sizes, and gc.json.
//!
//! Two programs, each at two threads: `gc_big_tree` (about 1 GiB of small live objects
//! while two threads churn: the pause benchmark) and `gc_churn` (about 20 GiB allocated
//! with about 100 MiB live: the bounded-memory benchmark). The nogil build runs them with
//! `--gc-stats`, whose stderr block (`gc_stats`) gives cycles, pauses, mark time and the
//! live size; CPython 3.11 runs them for wall time and peak RSS. Each runtime runs each
//! program `repeats` times, the runtimes taking turns run by run, without a warm-up run
//! (a run lasts tens of seconds; start-up is noise). Every run is timed and its peak RSS
//! measured by `measure::run`, and its checksum compared with CPython's.
//!
//! A run's pause figures are what that process printed; the summary takes, over the runs,
//! the median of each run's p50, p99, cycle count, mark time, live size, peak RSS and wall
//! time, and the largest of their maximum pauses.

use crate::gc_stats::{self, GcStats};
use crate::measure;
use crate::results::{Host, median};
use crate::runner;
use crate::runtime::{CPYTHON, NOGIL, Runtime, Skipped};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const SCHEMA: u32 = 1;

/// One program of the `gc` command at its paper size.
#[derive(Clone, Copy, Debug)]
pub struct GcBench {
    pub name: &'static str,
    pub threads: u32,
    pub size: u64,
    pub what: &'static str,
}

/// The paper sizes (see each program's doc for how they were measured).
pub const PAPER: &[GcBench] = &[
    GcBench {
        name: "gc_big_tree",
        threads: 2,
        size: 19_000_000,
        what: "19M-node tree of tuples (~1 GiB live) kept while 2 threads churn: pauses",
    },
    GcBench {
        name: "gc_churn",
        threads: 2,
        size: 2_400_000,
        what: "2 threads allocate ~20 GiB with ~100 MiB live in ring buffers: bounded memory",
    },
];

/// What one run gave.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GcRun {
    pub time_s: f64,
    pub user_s: f64,
    pub sys_s: f64,
    pub max_rss_kib: u64,
    pub others_cores: f64,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metrics: BTreeMap<String, f64>,
    /// The `--gc-stats` block (nogil runs only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gc: Option<GcStats>,
}

/// The figures of the tables, from the runs (see the module doc).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct GcSummary {
    pub cycles: Option<f64>,
    pub pause_p50_ms: Option<f64>,
    pub pause_p99_ms: Option<f64>,
    /// The largest maximum pause of any run.
    pub pause_max_ms: Option<f64>,
    /// Median over the runs of each thread's own stops at the 99th percentile (gc_stats.rs).
    #[serde(default)]
    pub stop_p99_ms: Option<f64>,
    /// The longest stop of any thread in any run.
    #[serde(default)]
    pub stop_max_ms: Option<f64>,
    pub mark_ms: Option<f64>,
    /// Whether the collector called its mark time concurrent (in every run).
    pub mark_concurrent: bool,
    pub live_mib: Option<f64>,
    pub allocated_mib: Option<f64>,
    pub peak_rss_mib: Option<f64>,
    /// Median peak RSS over median live size after a collection.
    pub rss_over_live: Option<f64>,
    pub wall_s: Option<f64>,
    pub cpython_wall_s: Option<f64>,
    pub cpython_peak_rss_mib: Option<f64>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GcBenchResult {
    pub name: String,
    pub file: String,
    pub threads: u32,
    pub size: u64,
    pub what: String,
    /// CPython's stdout when it ran, else the nogil build's (trimmed).
    pub checksum: Option<String>,
    pub nogil: Vec<GcRun>,
    pub cpython: Vec<GcRun>,
    pub summary: GcSummary,
}

/// gc.json.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GcResults {
    pub schema: u32,
    /// The factor the paper sizes were multiplied by (1 for the paper's figures).
    pub scale: f64,
    pub repeats: usize,
    pub host: Host,
    pub runtimes: Vec<Runtime>,
    pub skipped: Vec<Skipped>,
    pub benchmarks: Vec<GcBenchResult>,
    /// The catalog's programs under the concurrent collector and under one-pause collections
    /// (gc_throughput.rs); empty when the run left them out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub throughput: Vec<crate::gc_throughput::ThroughputRow>,
    /// Failed runs, missing statistics and checksum mismatches, one sentence each.
    pub problems: Vec<String>,
}

impl GcResults {
    pub fn load(path: &Path) -> Result<GcResults, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let r: GcResults =
            serde_json::from_str(&text).map_err(|e| format!("{} is not a gc results file: {e}", path.display()))?;
        if r.schema != SCHEMA {
            return Err(format!("{} has schema {}, this harness reads {SCHEMA}", path.display(), r.schema));
        }
        Ok(r)
    }

    pub fn save(&self, path: &Path) -> Result<(), String> {
        let text = serde_json::to_string_pretty(self).expect("gc results serialize");
        std::fs::write(path, text + "\n").map_err(|e| format!("cannot write {}: {e}", path.display()))
    }
}

/// What to run: the programs, their size factor, the runtimes (the nogil build first).
pub struct GcPlan {
    pub benches: Vec<GcBench>,
    /// Also measure throughput under both collectors (gc_throughput.rs).
    pub throughput: bool,
    pub scale: f64,
    pub repeats: usize,
    pub runtimes: Vec<Runtime>,
    pub skipped: Vec<Skipped>,
    pub timeout: Duration,
    pub root: PathBuf,
}

impl GcPlan {
    /// A program's size under the plan's scale (at least 1).
    pub fn size(&self, b: &GcBench) -> u64 {
        ((b.size as f64 * self.scale).round() as u64).max(1)
    }
}

/// Runs the plan and summarizes it.
pub fn execute(plan: &GcPlan) -> GcResults {
    let load_before = runner::loadavg();
    let started = runner::now_utc();
    let total = plan.benches.len() * plan.runtimes.len() * plan.repeats;
    let mut done = 0;
    let mut problems = Vec::new();
    let mut benchmarks = Vec::new();
    for b in &plan.benches {
        let file = format!("benches/programs/{}.py", b.name);
        let size = plan.size(b);
        let mut runs: Vec<Vec<GcRun>> = vec![Vec::new(); plan.runtimes.len()];
        let mut checksums: Vec<Option<String>> = vec![None; plan.runtimes.len()];
        let mut failed = vec![false; plan.runtimes.len()];
        for rep in 1..=plan.repeats {
            for (i, rt) in plan.runtimes.iter().enumerate() {
                if failed[i] {
                    continue;
                }
                let nogil = rt.label == NOGIL;
                let mut args: Vec<String> = if nogil { vec!["--gc-stats".into()] } else { Vec::new() };
                args.extend([file.clone(), b.threads.to_string(), size.to_string()]);
                done += 1;
                let what =
                    format!("[{done}/{total}] {} t={} size {size} {} {rep}/{}", b.name, b.threads, rt.label, plan.repeats);
                match one_run(&rt.path, &args, plan, nogil) {
                    Ok((run, checksum)) => {
                        let gc = run.gc.as_ref();
                        eprintln!(
                            "{what:<56} {:7.2} s {:7.1} MiB{}",
                            run.time_s,
                            run.max_rss_kib as f64 / 1024.0,
                            gc.map(|g| format!(
                                "  live {} MiB  pauses p99 {} ms max {} ms  thread stops p99 {} ms max {} ms",
                                opt(g.live_mib, 1),
                                opt(g.pause_p99_ms, 2),
                                opt(g.pause_max_ms, 2),
                                opt(g.stop_p99_ms, 2),
                                opt(g.stop_max_ms, 2)
                            ))
                            .unwrap_or_default()
                        );
                        match &checksums[i] {
                            Some(earlier) if *earlier != checksum => {
                                problems.push(format!(
                                    "{}: {} runs disagree: {earlier:?} then {checksum:?}",
                                    b.name, rt.label
                                ));
                                failed[i] = true;
                            }
                            _ => checksums[i] = Some(checksum),
                        }
                        runs[i].push(run);
                    }
                    Err(e) => {
                        eprintln!("{what:<56} FAILED: {e}");
                        problems.push(format!("{} {} at {} thread(s), size {size}: {e}", b.name, rt.label, b.threads));
                        failed[i] = true;
                    }
                }
            }
        }
        let label_of = |i: usize| plan.runtimes[i].label.as_str();
        let reference = (0..plan.runtimes.len())
            .find(|&i| label_of(i) == CPYTHON && checksums[i].is_some())
            .or_else(|| (0..plan.runtimes.len()).find(|&i| checksums[i].is_some()));
        if let Some(r) = reference {
            for i in 0..plan.runtimes.len() {
                if let Some(c) = &checksums[i]
                    && Some(c) != checksums[r].as_ref()
                {
                    problems.push(format!(
                        "{}: {} printed {c:?}, {} printed {:?}",
                        b.name,
                        label_of(i),
                        label_of(r),
                        checksums[r].as_deref().unwrap_or("")
                    ));
                }
            }
        }
        let mut take = |label: &str| {
            plan.runtimes.iter().position(|rt| rt.label == label).map(|i| std::mem::take(&mut runs[i])).unwrap_or_default()
        };
        let (nogil, cpython) = (take(NOGIL), take(CPYTHON));
        let summary = summarize(&nogil, &cpython);
        benchmarks.push(GcBenchResult {
            name: b.name.into(),
            file,
            threads: b.threads,
            size,
            what: b.what.into(),
            checksum: reference.and_then(|r| checksums[r].clone()),
            nogil,
            cpython,
            summary,
        });
    }
    let throughput = match plan.runtimes.iter().find(|rt| rt.label == NOGIL) {
        Some(nogil) if plan.throughput => {
            crate::gc_throughput::run(&nogil.path, &plan.root, plan.scale, plan.repeats, plan.timeout, &mut problems)
        }
        _ => Vec::new(),
    };
    GcResults {
        schema: SCHEMA,
        scale: plan.scale,
        repeats: plan.repeats,
        host: runner::host(&plan.root, started, load_before),
        runtimes: plan.runtimes.clone(),
        skipped: plan.skipped.clone(),
        benchmarks,
        throughput,
        problems,
    }
}

/// One measured run and its checksum; an error for a failed run or, under the nogil build,
/// one without a `--gc-stats` block.
fn one_run(program: &Path, args: &[String], plan: &GcPlan, nogil: bool) -> Result<(GcRun, String), String> {
    let o = measure::run(program, args, &plan.root, plan.timeout)
        .map_err(|e| format!("cannot start {}: {e}", program.display()))?;
    if let Some(f) = &o.failure {
        let tail: Vec<&str> = o.stderr.lines().rev().take(6).collect::<Vec<_>>().into_iter().rev().collect();
        return Err(format!("{f}; stderr ends with: {}", tail.join(" | ")));
    }
    let gc = if nogil {
        Some(gc_stats::parse(&o.stderr).ok_or("no --gc-stats block on stderr")?)
    } else {
        None
    };
    let run = GcRun {
        time_s: o.time_s,
        user_s: o.user_s,
        sys_s: o.sys_s,
        max_rss_kib: o.max_rss_kib,
        others_cores: o.others_cores,
        metrics: o.metrics(),
        gc,
    };
    Ok((run, o.stdout.trim().to_string()))
}

/// The summary of one program's runs (see the module doc).
pub fn summarize(nogil: &[GcRun], cpython: &[GcRun]) -> GcSummary {
    let of = |f: fn(&GcStats) -> Option<f64>| -> Vec<f64> {
        nogil.iter().filter_map(|r| r.gc.as_ref().and_then(f)).collect()
    };
    let rss_mib = |runs: &[GcRun]| median(&runs.iter().map(|r| r.max_rss_kib as f64 / 1024.0).collect::<Vec<_>>());
    let wall = |runs: &[GcRun]| median(&runs.iter().map(|r| r.time_s).collect::<Vec<_>>());
    let live_mib = median(&of(|g| g.live_mib));
    let peak_rss_mib = rss_mib(nogil);
    GcSummary {
        cycles: median(&of(|g| g.cycles.map(|c| c as f64))),
        pause_p50_ms: median(&of(|g| g.pause_p50_ms)),
        pause_p99_ms: median(&of(|g| g.pause_p99_ms)),
        pause_max_ms: of(|g| g.pause_max_ms).into_iter().reduce(f64::max),
        stop_p99_ms: median(&of(|g| g.stop_p99_ms)),
        stop_max_ms: of(|g| g.stop_max_ms).into_iter().reduce(f64::max),
        mark_ms: median(&of(|g| g.mark_ms)),
        mark_concurrent: !nogil.is_empty() && nogil.iter().all(|r| r.gc.as_ref().is_some_and(|g| g.mark_concurrent)),
        live_mib,
        allocated_mib: median(&of(|g| g.allocated_mib)),
        peak_rss_mib,
        rss_over_live: match (peak_rss_mib, live_mib) {
            (Some(rss), Some(live)) if live > 0.0 => Some(rss / live),
            _ => None,
        },
        wall_s: wall(nogil),
        cpython_wall_s: wall(cpython),
        cpython_peak_rss_mib: rss_mib(cpython),
    }
}

/// `v` with `digits` decimals, or "–".
pub fn opt(v: Option<f64>, digits: usize) -> String {
    v.map(|v| format!("{v:.digits$}")).unwrap_or_else(|| "–".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::BENCHMARKS;

    #[test]
    fn paper_programs_are_in_the_catalog() {
        for b in PAPER {
            assert!(BENCHMARKS.iter().any(|c| c.name == b.name), "{} is not in the catalog", b.name);
        }
    }

    fn run(time_s: f64, rss_mib: u64, p99: f64, max: f64, live: f64) -> GcRun {
        GcRun {
            time_s,
            user_s: time_s,
            sys_s: 0.0,
            max_rss_kib: rss_mib * 1024,
            others_cores: 0.0,
            metrics: BTreeMap::new(),
            gc: Some(GcStats {
                cycles: Some(10),
                pause_p99_ms: Some(p99),
                pause_max_ms: Some(max),
                live_mib: Some(live),
                ..GcStats::default()
            }),
        }
    }

    #[test]
    fn summary_takes_medians_and_the_largest_maximum() {
        let nogil = [run(3.0, 300, 1.0, 2.0, 100.0), run(1.0, 200, 3.0, 9.0, 100.0), run(2.0, 250, 2.0, 4.0, 100.0)];
        let cpython = [GcRun { gc: None, ..run(5.0, 120, 0.0, 0.0, 0.0) }];
        let s = summarize(&nogil, &cpython);
        assert_eq!((s.wall_s, s.pause_p99_ms, s.pause_max_ms), (Some(2.0), Some(2.0), Some(9.0)));
        assert_eq!((s.peak_rss_mib, s.rss_over_live, s.cycles), (Some(250.0), Some(2.5), Some(10.0)));
        assert_eq!((s.cpython_wall_s, s.cpython_peak_rss_mib), (Some(5.0), Some(120.0)));
        assert!(!s.mark_concurrent);
    }
}
