//! The Markdown report made from results.json: the summary against the project's targets,
//! then median times, peak RSS and GC pauses. Everything here is computed from the JSON, so
//! the report can be regenerated at any time without running a benchmark.

use crate::catalog::Kind;
use crate::gc::GcResults;
use crate::results::{Results, geomean};
use crate::runtime::{CPYTHON, GIL, NOGIL, NOGIL_PROCS, PYPY};
use std::fmt::Write;

/// The project's targets (issue 5): geometric mean of nogil time over CPython time at one
/// thread, and the speedup at two threads on the independent-work benchmarks.
pub const TARGET_GEOMEAN: f64 = 1.5;
pub const TARGET_SPEEDUP_2: f64 = 1.8;

/// The report. `figures` is the path prefix of the SVG files as seen from the Markdown
/// file (`""` next to them, `"figures/"` in papers/); `gc`, the results of the `gc` command
/// when there are some, adds their section.
pub fn markdown(r: &Results, figures: &str, regenerate: &str, gc: Option<&GcResults>) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "# Benchmark results\n");
    let _ = writeln!(
        w,
        "<!-- Generated from benches/results/results.json by `{regenerate}`; do not edit by hand. -->\n"
    );
    setup(w, r);
    summary(w, r);
    let _ = writeln!(w, "## Figures\n");
    let _ = writeln!(
        w,
        "![Speedup over the same runtime at one thread, per benchmark]({figures}speedup.svg)\n\n\
         *Speedup: median time at one thread over median time at N threads, for each runtime \
         (dashed: ideal linear speedup; dotted: the machine's core count). `{NOGIL_PROCS}` (grey, \
         independent-work benchmarks only) is N separate one-thread processes of the nogil build \
         side by side, each doing the whole work: N times the one-thread time over their wall time, \
         the speedup this machine gives when nothing is shared, and so the ceiling for a thread \
         speedup.*\n"
    );
    let _ = writeln!(
        w,
        "![Median time relative to CPython 3.11 at the same thread count]({figures}relative_time.svg)\n\n\
         *Median time relative to CPython 3.11 at the same thread count (log scale; below 1 is \
         faster than CPython).*\n"
    );
    table_by_threads(w, r, "Median wall time (s)", "Median of the timed runs; ± is half the range \
        (max − min) over the median, a rough noise figure. The `pyrs-nogil-procs` columns are the wall \
        time of N one-thread processes side by side, each doing the whole work (N times as much).", |r, b, l, t| {
        let c = r.cell(b, l, t)?;
        let (m, lo, hi) = (c.median_s?, c.min_s?, c.max_s?);
        Some(format!("{m:.3} ±{:.0}%", (hi - lo) / 2.0 / m * 100.0))
    });
    table_by_threads(w, r, "Peak RSS (MiB)", "Median over the timed runs of the process's peak \
        resident set size (`ru_maxrss` from `wait4`).", |r, b, l, t| {
        Some(format!("{:.0}", r.cell(b, l, t)?.median_rss_kib? as f64 / 1024.0))
    });
    table_by_threads(w, r, "CPU use (CPU seconds per wall second)", "Median (user + system) CPU \
        time over median wall time: about 1 for one busy thread, up to the core count when threads \
        run in parallel.", |r, b, l, t| {
        let c = r.cell(b, l, t)?;
        let cpu: Vec<f64> = c.runs.iter().map(|run| run.user_s + run.sys_s).collect();
        Some(format!("{:.2}", crate::results::median(&cpu)? / c.median_s?))
    });
    table_by_threads(w, r, "Load from other processes (cores)", "Median over the timed runs of the \
        cores that other processes kept busy while the run went on (machine busy time from /proc/stat, \
        steal included, minus the run's own CPU time, over its wall time). Near 0 on an idle machine.", |r, b, l, t| {
        Some(format!("{:.2}", r.cell(b, l, t)?.others_cores?))
    });
    pauses(w, r);
    if let Some(gc) = gc {
        w.push_str(&crate::gc_report::section(gc));
    }
    problems(w, r);
    out
}

fn setup(w: &mut String, r: &Results) {
    let h = &r.host;
    let _ = writeln!(w, "## Setup\n");
    let _ = writeln!(
        w,
        "- Machine: {} CPU(s), {}, Linux {}; commit `{}`; runs from {} to {}.",
        h.cpus, h.cpu_model, h.kernel, h.commit, h.started, h.finished
    );
    let _ = writeln!(
        w,
        "- Load average (1, 5, 15 min) before the runs: {:.2} {:.2} {:.2}; after: {:.2} {:.2} {:.2}. \
         A load near or above the core count means other work shared the machine and the times are noisy.",
        h.load_before[0], h.load_before[1], h.load_before[2], h.load_after[0], h.load_after[1], h.load_after[2]
    );
    let _ = writeln!(
        w,
        "- Mode `{}`: {} timed run(s) per cell after one warm-up run; threads {:?}; wall time of the whole \
         process (interpreter start-up included); runtimes take turns run by run.",
        r.mode, r.repeats, r.threads
    );
    if let Some((median, p90)) = others_summary(r) {
        let _ = writeln!(
            w,
            "- Other processes kept a median of {median:.2} core(s) busy during a timed run (90th percentile \
             {p90:.2}) out of {}: {}",
            h.cpus,
            if median > 0.25 {
                "**the machine was shared, so times are noisy and speedups at 2 and more threads understate \
                 what an idle machine gives** (see the table of other load below)."
            } else {
                "the machine was close to idle."
            }
        );
    }
    for rt in &r.runtimes {
        let _ = writeln!(w, "- `{}`: {} (build `{}`).", rt.label, rt.version, rt.build);
    }
    for s in &r.skipped {
        let _ = writeln!(w, "- `{}` skipped: {}.", s.label, s.reason);
    }
    let _ = writeln!(w, "\n| benchmark | kind | size | what it exercises |\n| --- | --- | ---: | --- |");
    for b in &r.benchmarks {
        let _ = writeln!(w, "| {} | {} | {} | {} |", b.name, b.kind.as_str(), b.size, b.what);
    }
    let _ = writeln!(w);
}

/// Median and 90th percentile of the other load over every timed run.
fn others_summary(r: &Results) -> Option<(f64, f64)> {
    let mut all: Vec<f64> =
        r.cells.iter().flat_map(|c| c.runs.iter().map(|run| run.others_cores)).filter(|v| v.is_finite()).collect();
    if all.is_empty() {
        return None;
    }
    all.sort_by(f64::total_cmp);
    let p90 = all[(all.len() * 9 / 10).min(all.len() - 1)];
    Some((crate::results::median(&all)?, p90))
}

fn fmt_x(v: Option<f64>) -> String {
    v.map(|v| format!("{v:.2}x")).unwrap_or_else(|| "–".into())
}

fn summary(w: &mut String, r: &Results) {
    let _ = writeln!(w, "## Summary\n");
    let _ = writeln!(
        w,
        "Time relative to CPython 3.11 at one thread (below 1 is faster), and speedup at two threads \
         (time at one thread over time at two, same runtime). *2 processes* is the machine's own \
         ceiling on the independent-work benchmarks: two one-thread processes of the nogil build side \
         by side, twice the one-thread time over their wall time.\n"
    );
    let _ = writeln!(
        w,
        "| benchmark | kind | nogil / CPython | GIL / CPython | PyPy / CPython | speedup 2t nogil | \
         speedup 2t GIL | speedup 2t CPython | speedup 2t PyPy | speedup 4t nogil | 2 processes |"
    );
    let _ = writeln!(w, "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    let mut ratios: [Vec<f64>; 3] = Default::default();
    for b in &r.benchmarks {
        let rel: Vec<Option<f64>> = [NOGIL, GIL, PYPY].iter().map(|l| r.relative_to_cpython(&b.name, l, 1)).collect();
        for (acc, v) in ratios.iter_mut().zip(&rel) {
            acc.extend(*v);
        }
        let _ = writeln!(
            w,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            b.name,
            b.kind.as_str(),
            fmt_x(rel[0]),
            fmt_x(rel[1]),
            fmt_x(rel[2]),
            fmt_x(r.speedup(&b.name, NOGIL, 2)),
            fmt_x(r.speedup(&b.name, GIL, 2)),
            fmt_x(r.speedup(&b.name, CPYTHON, 2)),
            fmt_x(r.speedup(&b.name, PYPY, 2)),
            fmt_x(r.speedup(&b.name, NOGIL, 4)),
            fmt_x(r.speedup(&b.name, NOGIL_PROCS, 2)),
        );
    }
    let _ = writeln!(
        w,
        "| **geometric mean** | | {} | {} | {} | | | | | | |\n",
        fmt_x(geomean(&ratios[0])),
        fmt_x(geomean(&ratios[1])),
        fmt_x(geomean(&ratios[2]))
    );
    targets(w, r, &ratios[0]);
}

/// The targets, each with its verdict, from the same numbers as the summary table.
fn targets(w: &mut String, r: &Results, nogil_ratios: &[f64]) {
    let _ = writeln!(w, "Against the targets:\n");
    match geomean(nogil_ratios) {
        Some(g) => {
            let verdict = if g <= TARGET_GEOMEAN { "met" } else { "not met" };
            let _ = writeln!(
                w,
                "- Geometric mean of nogil time over CPython time at one thread: {g:.2}x \
                 (target ≤ {TARGET_GEOMEAN}x): **{verdict}**."
            );
        }
        None => {
            let _ = writeln!(w, "- Geometric mean at one thread: not available (no CPython or no nogil runs).");
        }
    }
    let independent: Vec<&str> =
        r.benchmarks.iter().filter(|b| b.kind == Kind::Independent).map(|b| b.name.as_str()).collect();
    let mut met = Vec::new();
    let mut missed = Vec::new();
    for name in &independent {
        match r.speedup(name, NOGIL, 2) {
            Some(s) if s >= TARGET_SPEEDUP_2 => met.push(format!("{name} {s:.2}x")),
            Some(s) => missed.push(format!("{name} {s:.2}x")),
            None => missed.push(format!("{name} –")),
        }
    }
    let _ = writeln!(
        w,
        "- Independent-work benchmarks with a nogil speedup ≥ {TARGET_SPEEDUP_2}x at two threads: {} of {}{}{}.",
        met.len(),
        independent.len(),
        if met.is_empty() { String::new() } else { format!(" (met: {})", met.join(", ")) },
        if missed.is_empty() { String::new() } else { format!("; below: {}", missed.join(", ")) },
    );
    ceiling(w, r, &independent);
    for b in r.benchmarks.iter().filter(|b| b.kind == Kind::Contention) {
        let parts: Vec<String> = r
            .threads
            .iter()
            .map(|&t| match (r.median(&b.name, NOGIL, t), r.median(&b.name, GIL, t)) {
                (Some(n), Some(g)) => {
                    format!("{t}t {:.2}x{}", n / g, if n <= g { "" } else { " (slower)" })
                }
                _ => format!("{t}t –"),
            })
            .collect();
        let _ = writeln!(w, "- Contention, {}: nogil time over GIL time: {}.", b.name, parts.join(", "));
    }
    let _ = writeln!(w);
}

/// The independent-work speedups measured against what the machine itself gives two separate
/// processes (`NOGIL_PROCS`): how much of the shortfall from 2x is the runtime's.
fn ceiling(w: &mut String, r: &Results, independent: &[&str]) {
    let mut shares = Vec::new();
    let mut parts = Vec::new();
    let mut procs = Vec::new();
    for name in independent {
        if let (Some(t), Some(p)) = (r.speedup(name, NOGIL, 2), r.speedup(name, NOGIL_PROCS, 2)) {
            shares.push(t / p);
            procs.push(p);
            parts.push(format!("{name} {:.0}%", t / p * 100.0));
        }
    }
    let (Some(share), Some(machine)) = (geomean(&shares), geomean(&procs)) else {
        return;
    };
    let _ = writeln!(
        w,
        "- The machine's own ceiling: two one-thread processes of the nogil build side by side gave a \
         speedup of {machine:.2}x (geometric mean over the independent-work benchmarks{}). The nogil \
         build's two-thread speedup reached {:.0}% of that ceiling (geometric mean; {}).",
        if machine < TARGET_SPEEDUP_2 { format!(", below the {TARGET_SPEEDUP_2}x target by itself") } else { String::new() },
        share * 100.0,
        parts.join(", ")
    );
}

type CellText = fn(&Results, &str, &str, u32) -> Option<String>;

/// A table with one row per benchmark and one column per (runtime, threads).
fn table_by_threads(w: &mut String, r: &Results, title: &str, note: &str, text: CellText) {
    // Columns that have at least one cell (the process-parallel twin has none at 1 thread).
    let columns: Vec<(&str, u32)> = r
        .labels()
        .into_iter()
        .flat_map(|l| r.threads.iter().map(move |&t| (l, t)))
        .filter(|&(l, t)| r.benchmarks.iter().any(|b| r.cell(&b.name, l, t).is_some()))
        .collect();
    let _ = writeln!(w, "## {title}\n\n{note}\n");
    let mut header = String::from("| benchmark |");
    let mut rule = String::from("| --- |");
    for (l, t) in &columns {
        let _ = write!(header, " {l} {t}t |");
        rule.push_str(" ---: |");
    }
    let _ = writeln!(w, "{header}\n{rule}");
    for b in &r.benchmarks {
        let _ = write!(w, "| {} |", b.name);
        for &(l, t) in &columns {
            let _ = write!(w, " {} |", text(r, &b.name, l, t).unwrap_or_else(|| "–".into()));
        }
        let _ = writeln!(w);
    }
    let _ = writeln!(w);
}

/// The METRIC lines of the GC benchmark (and of any other program that prints them).
fn pauses(w: &mut String, r: &Results) {
    let with_metrics: Vec<&str> = r
        .benchmarks
        .iter()
        .map(|b| b.name.as_str())
        .filter(|b| r.cells.iter().any(|c| c.benchmark == *b && !c.metrics.is_empty()))
        .collect();
    for bench in with_metrics {
        let mut names: Vec<&String> =
            r.cells.iter().filter(|c| c.benchmark == bench).flat_map(|c| c.metrics.keys()).collect();
        names.sort();
        names.dedup();
        let _ = writeln!(
            w,
            "## Metrics reported by {bench}\n\nMedians over the timed runs of what the program printed \
             (`METRIC` lines on stderr); for gc_pause, step times in milliseconds: a step longer than \
             the median spans a collection or, with more threads than cores, an OS time slice.\n"
        );
        let _ = writeln!(
            w,
            "| runtime | threads |{}\n| --- | ---: |{}",
            names.iter().map(|n| format!(" {n} |")).collect::<String>(),
            " ---: |".repeat(names.len())
        );
        for l in r.labels() {
            for &t in &r.threads {
                if let Some(c) = r.cell(bench, l, t) {
                    let values: String = names
                        .iter()
                        .map(|n| c.metrics.get(*n).map(|v| format!(" {v:.2} |")).unwrap_or_else(|| " – |".into()))
                        .collect();
                    let _ = writeln!(w, "| {l} | {t} |{values}");
                }
            }
        }
        let _ = writeln!(w);
    }
}

fn problems(w: &mut String, r: &Results) {
    let _ = writeln!(w, "## Problems\n");
    if r.problems.is_empty() {
        let _ = writeln!(w, "None: every run exited normally and all checksums agreed.");
    } else {
        for p in &r.problems {
            let _ = writeln!(w, "- {p}");
        }
    }
}
