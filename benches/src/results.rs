//! results.json: every run of every (benchmark, runtime, threads) cell, and the statistics
//! the tables and plots are made from. The report and paper generators read only this file.

use crate::catalog::Kind;
use crate::runtime::{Runtime, Skipped};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

pub const SCHEMA: u32 = 1;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Results {
    pub schema: u32,
    /// `all` or `smoke`.
    pub mode: String,
    /// Timed repeats per cell (after one warm-up run).
    pub repeats: usize,
    pub threads: Vec<u32>,
    pub host: Host,
    pub runtimes: Vec<Runtime>,
    pub skipped: Vec<Skipped>,
    pub benchmarks: Vec<BenchInfo>,
    pub cells: Vec<Cell>,
    /// Checksum mismatches and failed runs, one sentence each; empty when all is well.
    pub problems: Vec<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Host {
    pub cpus: usize,
    pub cpu_model: String,
    pub kernel: String,
    /// `git describe --always --dirty` of the workspace.
    pub commit: String,
    /// UTC, ISO 8601.
    pub started: String,
    pub finished: String,
    /// /proc/loadavg's 1-, 5- and 15-minute load averages before and after the runs: a
    /// load above zero before the runs means other work shared the machine.
    pub load_before: [f64; 3],
    pub load_after: [f64; 3],
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct BenchInfo {
    pub name: String,
    pub file: String,
    pub kind: Kind,
    pub size: u64,
    pub what: String,
}

/// One (benchmark, runtime, threads) combination and all its runs.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Cell {
    pub benchmark: String,
    pub label: String,
    pub runtime: String,
    pub build: String,
    pub threads: u32,
    /// `ok`, `failed` or `mismatch`.
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The program's stdout, trimmed (the same in every run of the cell, or the cell is a
    /// mismatch).
    pub checksum: Option<String>,
    pub warmup: Option<Run>,
    pub runs: Vec<Run>,
    pub median_s: Option<f64>,
    pub min_s: Option<f64>,
    pub max_s: Option<f64>,
    pub median_rss_kib: Option<u64>,
    pub max_rss_kib: Option<u64>,
    /// Median of each `METRIC` the program reported, over the timed runs.
    pub metrics: BTreeMap<String, f64>,
    /// Median over the timed runs of the cores other processes kept busy.
    #[serde(default)]
    pub others_cores: Option<f64>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Run {
    pub time_s: f64,
    pub user_s: f64,
    pub sys_s: f64,
    pub max_rss_kib: u64,
    /// Cores that other processes kept busy during the run (machine busy time from
    /// /proc/stat minus this run's CPU time, over its wall time): the noise indicator.
    #[serde(default)]
    pub others_cores: f64,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metrics: BTreeMap<String, f64>,
}

impl Cell {
    /// Fills the statistics from `runs`.
    pub fn summarize(&mut self) {
        let times: Vec<f64> = self.runs.iter().map(|r| r.time_s).collect();
        self.median_s = median(&times);
        self.min_s = times.iter().copied().reduce(f64::min);
        self.max_s = times.iter().copied().reduce(f64::max);
        let rss: Vec<f64> = self.runs.iter().map(|r| r.max_rss_kib as f64).collect();
        self.median_rss_kib = median(&rss).map(|m| m.round() as u64);
        self.max_rss_kib = self.runs.iter().map(|r| r.max_rss_kib).max();
        let others: Vec<f64> = self.runs.iter().map(|r| r.others_cores).filter(|v| v.is_finite()).collect();
        self.others_cores = median(&others);
        let mut names: Vec<&String> = self.runs.iter().flat_map(|r| r.metrics.keys()).collect();
        names.sort();
        names.dedup();
        self.metrics = names
            .into_iter()
            .filter_map(|name| {
                let values: Vec<f64> = self.runs.iter().filter_map(|r| r.metrics.get(name).copied()).collect();
                median(&values).map(|m| (name.clone(), m))
            })
            .collect();
    }

    pub fn ok(&self) -> bool {
        self.status == "ok"
    }
}

impl Results {
    /// The cell for (benchmark, label, threads), if it ran and is usable.
    pub fn cell(&self, benchmark: &str, label: &str, threads: u32) -> Option<&Cell> {
        self.cells
            .iter()
            .find(|c| c.benchmark == benchmark && c.label == label && c.threads == threads && c.ok())
    }

    pub fn median(&self, benchmark: &str, label: &str, threads: u32) -> Option<f64> {
        self.cell(benchmark, label, threads).and_then(|c| c.median_s)
    }

    /// Time at 1 thread over time at `threads`, for one runtime. For the process-parallel
    /// twin (`NOGIL_PROCS`), which did `threads` times the work, it is `threads` times the
    /// nogil build's one-thread time over the copies' wall time: the speedup the machine
    /// gives when nothing at all is shared, the ceiling for the nogil build's thread speedup.
    pub fn speedup(&self, benchmark: &str, label: &str, threads: u32) -> Option<f64> {
        if label == crate::runtime::NOGIL_PROCS {
            let one = self.median(benchmark, crate::runtime::NOGIL, 1)?;
            if threads == 1 {
                return Some(1.0);
            }
            return Some(f64::from(threads) * one / self.median(benchmark, label, threads)?);
        }
        Some(self.median(benchmark, label, 1)? / self.median(benchmark, label, threads)?)
    }

    /// This runtime's time over CPython's at the same thread count (none for the
    /// process-parallel twin, which does more work).
    pub fn relative_to_cpython(&self, benchmark: &str, label: &str, threads: u32) -> Option<f64> {
        if label == crate::runtime::NOGIL_PROCS {
            return None;
        }
        Some(self.median(benchmark, label, threads)? / self.median(benchmark, crate::runtime::CPYTHON, threads)?)
    }

    /// Labels that have at least one usable cell, in the canonical order.
    pub fn labels(&self) -> Vec<&'static str> {
        crate::runtime::LABELS
            .iter()
            .copied()
            .filter(|l| self.cells.iter().any(|c| c.label == *l && c.ok()))
            .collect()
    }

    pub fn load(path: &Path) -> Result<Results, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let results: Results =
            serde_json::from_str(&text).map_err(|e| format!("{} is not a results file: {e}", path.display()))?;
        if results.schema != SCHEMA {
            return Err(format!("{} has schema {}, this harness reads {SCHEMA}", path.display(), results.schema));
        }
        Ok(results)
    }

    pub fn save(&self, path: &Path) -> Result<(), String> {
        let text = serde_json::to_string_pretty(self).expect("results serialize");
        std::fs::write(path, text + "\n").map_err(|e| format!("cannot write {}: {e}", path.display()))
    }
}

/// The median (mean of the two middle values for an even count); `None` when empty.
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    Some(if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 })
}

/// The geometric mean; `None` when empty.
pub fn geomean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    Some((values.iter().map(|v| v.ln()).sum::<f64>() / values.len() as f64).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_geomean() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), Some(2.5));
        let g = geomean(&[2.0, 8.0]).unwrap();
        assert!((g - 4.0).abs() < 1e-12);
    }

    #[test]
    fn summarize_takes_medians_of_times_rss_and_metrics() {
        let run = |t: f64, rss: u64, pause: f64| Run {
            time_s: t,
            user_s: t,
            sys_s: 0.0,
            max_rss_kib: rss,
            others_cores: 0.0,
            metrics: [("pause".to_string(), pause)].into_iter().collect(),
        };
        let mut cell = Cell {
            benchmark: "b".into(),
            label: "cpython".into(),
            runtime: "cpython".into(),
            build: "stock".into(),
            threads: 1,
            status: "ok".into(),
            error: None,
            checksum: Some("1".into()),
            warmup: None,
            runs: vec![run(3.0, 30, 1.0), run(1.0, 10, 5.0), run(2.0, 20, 3.0)],
            median_s: None,
            min_s: None,
            max_s: None,
            median_rss_kib: None,
            max_rss_kib: None,
            metrics: BTreeMap::new(),
            others_cores: None,
        };
        cell.summarize();
        assert_eq!((cell.median_s, cell.min_s, cell.max_s), (Some(2.0), Some(1.0), Some(3.0)));
        assert_eq!((cell.median_rss_kib, cell.max_rss_kib), (Some(20), Some(30)));
        assert_eq!(cell.metrics.get("pause"), Some(&3.0));
    }
}
