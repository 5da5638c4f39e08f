//! The throughput part of the `gc` command: does the concurrent collector cost the programs
//! time?
//!
//! The concurrent-GC issue asks for the nogil build's throughput before and after it, with no
//! regression beyond 5%. Before it, the runtime collected in one pause at a safepoint; the
//! build still can (`PYRS_GC_CONCURRENT=0`: no collector thread, whole collections in one
//! pause), so both collectors run the same binary and only the collector differs. Every
//! program of the catalog runs at one and two threads, at its timed size (its smoke size when
//! the `gc` command runs at a reduced scale), under both, the two taking turns run by run, `repeats` times each, no
//! warm-up (each run is a fresh process either way). The checksums must agree. A cell's
//! ratio is the median time with the concurrent collector over the median with one-pause
//! collections; the figure held to the target is the geometric mean of the ratios.

use crate::catalog::{self, Bench};
use crate::measure;
use crate::results::median;
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::time::Duration;

/// The environment that turns the concurrent collector off (README, `PYRS_GC_CONCURRENT`).
pub const ONE_PAUSE_ENV: (&str, &str) = ("PYRS_GC_CONCURRENT", "0");
/// Thread counts measured.
pub const THREADS: &[u32] = &[1, 2];
/// The target: the concurrent collector costs at most this factor in time (geometric mean).
pub const TARGET_RATIO: f64 = 1.05;

/// One program at one thread count under both collectors.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ThroughputRow {
    pub name: String,
    pub kind: String,
    pub threads: u32,
    pub size: u64,
    /// Wall times with the concurrent collector (the default), in run order.
    pub concurrent_s: Vec<f64>,
    /// Wall times with whole collections in one pause (`PYRS_GC_CONCURRENT=0`).
    pub one_pause_s: Vec<f64>,
}

impl ThroughputRow {
    /// Median concurrent time over median one-pause time; None without runs of both.
    pub fn ratio(&self) -> Option<f64> {
        let c = median(&self.concurrent_s)?;
        let o = median(&self.one_pause_s)?;
        (o > 0.0).then_some(c / o)
    }
}

/// The geometric mean of the rows' ratios (None without any).
pub fn geomean_ratio<'a>(rows: impl IntoIterator<Item = &'a ThroughputRow>) -> Option<f64> {
    let logs: Vec<f64> = rows.into_iter().filter_map(ThroughputRow::ratio).map(f64::ln).collect();
    (!logs.is_empty()).then(|| (logs.iter().sum::<f64>() / logs.len() as f64).exp())
}

/// Runs every catalog program at every thread count of [`THREADS`] under both collectors.
/// Failed runs and checksum mismatches go to `problems`.
pub fn run(
    nogil: &Path,
    root: &Path,
    scale: f64,
    repeats: usize,
    timeout: Duration,
    problems: &mut Vec<String>,
) -> Vec<ThroughputRow> {
    let benches = catalog::select(&[]).expect("the whole catalog");
    let total = benches.len() * THREADS.len() * repeats * 2;
    let mut done = 0;
    let mut rows = Vec::new();
    for b in &benches {
        for &threads in THREADS {
            // Sizes do not scale linearly (fannkuch's is a permutation length): a reduced run
            // takes the smoke sizes.
            let size = if scale >= 1.0 { b.size } else { b.tiny };
            let mut row = ThroughputRow {
                name: b.name.into(),
                kind: b.kind.as_str().into(),
                threads,
                size,
                concurrent_s: Vec::new(),
                one_pause_s: Vec::new(),
            };
            let mut checksum: Option<String> = None;
            'reps: for rep in 1..=repeats {
                for one_pause in [false, true] {
                    done += 1;
                    let label = if one_pause { "one-pause" } else { "concurrent" };
                    let what = format!("[{done}/{total}] throughput {} t={threads} {label} {rep}/{repeats}", b.name);
                    match one_run(nogil, root, b, threads, size, one_pause, timeout) {
                        Ok((time_s, out)) => {
                            eprintln!("{what:<60} {time_s:7.2} s");
                            if let Some(c) = &checksum
                                && *c != out
                            {
                                problems.push(format!(
                                    "throughput {} at {threads} thread(s): {label} printed {out:?}, earlier runs {c:?}",
                                    b.name
                                ));
                                break 'reps;
                            }
                            checksum = Some(out);
                            if one_pause { &mut row.one_pause_s } else { &mut row.concurrent_s }.push(time_s);
                        }
                        Err(e) => {
                            eprintln!("{what:<60} FAILED: {e}");
                            problems.push(format!("throughput {} at {threads} thread(s), {label}: {e}", b.name));
                            break 'reps;
                        }
                    }
                }
            }
            rows.push(row);
        }
    }
    rows
}

fn one_run(
    nogil: &Path,
    root: &Path,
    b: &Bench,
    threads: u32,
    size: u64,
    one_pause: bool,
    timeout: Duration,
) -> Result<(f64, String), String> {
    let args = vec![b.file(), threads.to_string(), size.to_string()];
    let env: &[(&str, &str)] = if one_pause { &[ONE_PAUSE_ENV] } else { &[] };
    let o = measure::run_with_env(nogil, &args, env, root, timeout)
        .map_err(|e| format!("cannot start {}: {e}", nogil.display()))?;
    match o.failure {
        Some(f) => Err(f),
        None => Ok((o.time_s, o.stdout.trim().to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(c: &[f64], o: &[f64]) -> ThroughputRow {
        ThroughputRow {
            name: "x".into(),
            kind: "independent".into(),
            threads: 1,
            size: 1,
            concurrent_s: c.to_vec(),
            one_pause_s: o.to_vec(),
        }
    }

    #[test]
    fn ratios_use_medians_and_the_geometric_mean() {
        let a = row(&[1.0, 9.0, 2.0], &[1.0, 1.0, 1.0]);
        assert_eq!(a.ratio(), Some(2.0));
        let b = row(&[1.0], &[2.0]);
        assert_eq!(b.ratio(), Some(0.5));
        let g = geomean_ratio([&a, &b]).unwrap();
        assert!((g - 1.0).abs() < 1e-12, "{g}");
        assert_eq!(row(&[], &[1.0]).ratio(), None);
        assert_eq!(geomean_ratio([&row(&[], &[])]), None);
    }
}
