//! The benchmark harness of pyrs-nogil.
//!
//! It builds the nogil and the GIL build of `pyrs-nogil`, runs the programs of
//! `benches/programs/` under them and under `python3` and `pypy3` when those are installed,
//! at several thread counts, checks that every runtime printed the same checksum, and writes
//! results.json, a Markdown report and SVG figures to `benches/results/`, and the paper's
//! generated results section to `papers/`. It never changes how a program runs: every run
//! is a fresh process, timed from spawn to exit.
//!
//! Modules: `catalog` (the programs and their sizes), `runtime` (building and finding the
//! runtimes), `measure` (one timed run: wall time, CPU time, peak RSS), `runner` (the plan:
//! warm-up, repeats, order, checksum checks), `results` (results.json), `report` (Markdown),
//! `plot` (SVG with plotters), `paper` (the generated files), `gc` (the `gc` command and
//! gc.json), `gc_stats` (reading `--gc-stats`), `gc_throughput` (the catalog under the
//! concurrent and the one-pause collector), `gc_report` (gc.md and the GC section).
//!
//! ```text
//! cargo run --release -p benches -- all      # everything, ~15-25 min on 2 cores
//! cargo run --release -p benches -- smoke    # every program once, tiny sizes, both builds
//! cargo run --release -p benches -- gc       # GC pauses, memory, throughput (~20 min)
//! cargo run --release -p benches -- paper    # regenerate the report and paper from results.json
//! ```

mod catalog;
mod gc;
mod gc_report;
mod gc_stats;
mod gc_throughput;
mod measure;
mod paper;
mod plot;
mod report;
mod results;
mod runner;
mod runtime;

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(Parser)]
#[command(name = "benches", about = "Benchmarks pyrs-nogil (nogil and GIL builds) against CPython and PyPy")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build both builds, run every benchmark at every thread count under every runtime,
    /// write benches/results/ and the paper's generated results.
    All(AllArgs),
    /// Every benchmark once at a tiny size in both builds (and CPython when installed),
    /// checksums compared, no timing asserted. Fails on a mismatch or a crashed run.
    Smoke(SmokeArgs),
    /// Regenerate results.md, the SVG figures and papers/results.md from results.json
    /// without running anything.
    Paper {
        /// The results file to read.
        #[arg(long, default_value = "benches/results/results.json")]
        results: PathBuf,
    },
    /// The GC benchmarks (gc_big_tree, gc_churn) at their paper sizes, at two threads, under
    /// the nogil build with --gc-stats and CPython: pauses, mark time, live size, peak RSS;
    /// then every catalog program under the concurrent and the one-pause collector.
    /// Writes benches/results/gc.json and gc.md, and the GC section of results.md and
    /// papers/results.md when results.json exists.
    Gc(GcArgs),
    /// List the benchmarks with their sizes.
    List,
}

#[derive(Args)]
struct GcArgs {
    /// Use the nogil binary already built instead of running cargo first.
    #[arg(long)]
    no_build: bool,
    /// Runs per program and runtime.
    #[arg(long, default_value_t = 3)]
    repeats: usize,
    /// Multiply the paper sizes by this (e.g. 0.05 for a quick check; the outputs say so).
    #[arg(long, default_value_t = 1.0)]
    scale: f64,
    /// Only these programs (comma-separated: gc_big_tree, gc_churn).
    #[arg(long, value_delimiter = ',')]
    bench: Vec<String>,
    /// Leave CPython out.
    #[arg(long)]
    no_cpython: bool,
    /// Leave out the throughput comparison (every catalog program at 1 and 2 threads under
    /// the concurrent collector and under one-pause collections, `PYRS_GC_CONCURRENT=0`).
    #[arg(long)]
    no_throughput: bool,
    /// Seconds after which one run is killed and counted as failed.
    #[arg(long, default_value_t = 1200)]
    timeout: u64,
    /// Where to write gc.json and gc.md. With a directory other than the default, papers/ is
    /// left alone.
    #[arg(long, default_value = "benches/results")]
    out: PathBuf,
}

#[derive(Args)]
struct Common {
    /// Only these benchmarks (comma-separated names; see `list`).
    #[arg(long, value_delimiter = ',')]
    bench: Vec<String>,
    /// Use the binaries already built instead of running cargo first.
    #[arg(long)]
    no_build: bool,
}

#[derive(Args)]
struct AllArgs {
    #[command(flatten)]
    common: Common,
    /// Timed repeats per (benchmark, runtime, threads), after one warm-up run.
    #[arg(long, default_value_t = 5)]
    repeats: usize,
    /// Development mode: 2 timed repeats instead of the default (the report says so).
    #[arg(long)]
    quick: bool,
    /// Thread counts (comma-separated).
    #[arg(long, value_delimiter = ',', default_value = "1,2,4")]
    threads: Vec<u32>,
    /// Only these runtimes (comma-separated: pyrs-nogil, pyrs-gil, cpython, pypy).
    #[arg(long, value_delimiter = ',')]
    runtimes: Vec<String>,
    /// Seconds after which one run is killed and counted as failed.
    #[arg(long, default_value_t = 300)]
    timeout: u64,
    /// Where to write results.json, results.md and the figures. With a directory other than
    /// the default, papers/ is left alone.
    #[arg(long, default_value = "benches/results")]
    out: PathBuf,
}

#[derive(Args)]
struct SmokeArgs {
    #[command(flatten)]
    common: Common,
    /// Thread counts (comma-separated).
    #[arg(long, value_delimiter = ',', default_value = "1,2")]
    threads: Vec<u32>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = runtime::workspace_root();
    let outcome = match cli.command {
        Command::All(args) => all(&root, args),
        Command::Smoke(args) => smoke(&root, args),
        Command::Paper { results } => regenerate(&root, &root.join(results)),
        Command::Gc(args) => gc_command(&root, args),
        Command::List => {
            for b in catalog::BENCHMARKS {
                println!("{:<14} {:<12} size {:<8} tiny {:<6} {}", b.name, b.kind.as_str(), b.size, b.tiny, b.what);
            }
            Ok(())
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("benches: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The runtimes to compare: both pyrs builds (required), then CPython and PyPy when
/// installed. Every runtime left out is reported with a line saying why.
fn runtimes(root: &std::path::Path, wanted: &[String], with_pypy: bool) -> Result<runtime::RuntimeSet, String> {
    for w in wanted {
        if !runtime::LABELS.contains(&w.as_str()) {
            return Err(format!("unknown runtime {w:?}; known: {}", runtime::LABELS.join(", ")));
        }
    }
    let want = |label: &str| wanted.is_empty() || wanted.iter().any(|w| w == label);
    let mut set = runtime::RuntimeSet::default();
    let mut candidates = vec![runtime::pyrs(root, false), runtime::pyrs(root, true), runtime::system_python(runtime::CPYTHON)];
    if with_pypy {
        candidates.push(runtime::system_python(runtime::PYPY));
    }
    for candidate in candidates {
        match candidate {
            Ok(rt) if want(&rt.label) => set.present.push(rt),
            Ok(_) => {}
            Err(skip) if want(&skip.label) => {
                eprintln!("skipping {}: {}", skip.label, skip.reason);
                set.skipped.push(skip);
            }
            Err(_) => {}
        }
    }
    if want(runtime::NOGIL_PROCS)
        && let Some(nogil) = set.present.iter().find(|rt| rt.label == runtime::NOGIL)
    {
        let procs = runtime::Runtime::processes_of(nogil);
        set.present.push(procs);
    }
    for rt in &set.present {
        eprintln!("runtime {:<11} {} ({})", rt.label, rt.version, rt.path.display());
    }
    Ok(set)
}

fn build_both(root: &std::path::Path, common: &Common) -> Result<(), String> {
    if common.no_build {
        return Ok(());
    }
    runtime::build_pyrs(root, false)?;
    runtime::build_pyrs(root, true)
}

fn all(root: &std::path::Path, args: AllArgs) -> Result<(), String> {
    let benches = catalog::select(&args.common.bench)?;
    if args.threads.contains(&0) {
        return Err("thread counts start at 1".into());
    }
    build_both(root, &args.common)?;
    let set = runtimes(root, &args.runtimes, true)?;
    if set.present.is_empty() {
        return Err("no runtime to run".into());
    }
    let repeats = if args.quick { 2 } else { args.repeats.max(1) };
    let plan = runner::Plan {
        mode: if args.quick { "all --quick" } else { "all" },
        benches,
        runtimes: set.present,
        skipped: set.skipped,
        threads: args.threads,
        warmup: true,
        repeats,
        tiny: false,
        timeout: Duration::from_secs(args.timeout),
        root: root.to_path_buf(),
    };
    eprintln!(
        "running {} benchmark(s) x {} thread count(s) x {} runtime(s) x (1 warm-up + {repeats}) runs: {} runs \
         (pyrs-nogil-procs only on the independent-work programs at 2 threads and more)",
        plan.benches.len(),
        plan.threads.len(),
        plan.runtimes.len(),
        plan.total_runs()
    );
    let results = runner::execute(&plan);
    let out = root.join(&args.out);
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    results.save(&out.join("results.json"))?;
    paper::write_report(&results, &out)?;
    eprintln!("wrote {}/results.json, results.md, speedup.svg, relative_time.svg", out.display());
    if args.out == std::path::Path::new("benches/results") {
        paper::write_paper(&results, &out, root)?;
        eprintln!("wrote papers/results.md and papers/figures/");
    } else {
        eprintln!("papers/ left alone (results written outside benches/results)");
    }
    print!("{}", report::markdown(&results, "", paper::REGENERATE, None).split("## Figures").next().unwrap_or(""));
    finish(&results.problems)
}

fn smoke(root: &std::path::Path, args: SmokeArgs) -> Result<(), String> {
    let benches = catalog::select(&args.common.bench)?;
    build_both(root, &args.common)?;
    let set = runtimes(root, &[], false)?;
    if let Some(missing) = set.skipped.iter().find(|s| s.label != runtime::CPYTHON) {
        return Err(format!("smoke needs both builds: {} is missing: {}", missing.label, missing.reason));
    }
    let plan = runner::Plan {
        mode: "smoke",
        benches,
        runtimes: set.present,
        skipped: set.skipped,
        threads: args.threads,
        warmup: false,
        repeats: 1,
        tiny: true,
        timeout: Duration::from_secs(120),
        root: root.to_path_buf(),
    };
    let results = runner::execute(&plan);
    finish(&results.problems)?;
    eprintln!(
        "smoke: {} runs, every checksum agrees ({} benchmarks, runtimes: {})",
        results.cells.len(),
        results.benchmarks.len(),
        results.runtimes.iter().map(|r| r.label.as_str()).collect::<Vec<_>>().join(", ")
    );
    Ok(())
}

fn gc_command(root: &std::path::Path, args: GcArgs) -> Result<(), String> {
    let benches: Vec<gc::GcBench> = if args.bench.is_empty() {
        gc::PAPER.to_vec()
    } else {
        args.bench
            .iter()
            .map(|name| {
                gc::PAPER.iter().find(|b| b.name == name).copied().ok_or_else(|| {
                    let known: Vec<&str> = gc::PAPER.iter().map(|b| b.name).collect();
                    format!("unknown GC benchmark {name:?}; known: {}", known.join(", "))
                })
            })
            .collect::<Result<_, _>>()?
    };
    if !(args.scale > 0.0 && args.scale.is_finite()) {
        return Err(format!("--scale must be a positive number, not {}", args.scale));
    }
    if !args.no_build {
        runtime::build_pyrs(root, false)?;
    }
    let mut set = runtime::RuntimeSet::default();
    let mut candidates = vec![runtime::pyrs(root, false)];
    if !args.no_cpython {
        candidates.push(runtime::system_python(runtime::CPYTHON));
    }
    for candidate in candidates {
        match candidate {
            Ok(rt) => {
                eprintln!("runtime {:<11} {} ({})", rt.label, rt.version, rt.path.display());
                set.present.push(rt);
            }
            Err(skip) if skip.label == runtime::NOGIL => return Err(format!("{}: {}", skip.label, skip.reason)),
            Err(skip) => {
                eprintln!("skipping {}: {}", skip.label, skip.reason);
                set.skipped.push(skip);
            }
        }
    }
    let plan = gc::GcPlan {
        benches,
        throughput: !args.no_throughput,
        scale: args.scale,
        repeats: args.repeats.max(1),
        runtimes: set.present,
        skipped: set.skipped,
        timeout: Duration::from_secs(args.timeout),
        root: root.to_path_buf(),
    };
    let results = gc::execute(&plan);
    let out = root.join(&args.out);
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    results.save(&out.join("gc.json"))?;
    let md = gc_report::markdown(&results);
    std::fs::write(out.join("gc.md"), &md).map_err(|e| format!("cannot write gc.md: {e}"))?;
    eprintln!("wrote {}/gc.json and gc.md", out.display());
    let results_json = out.join("results.json");
    if results_json.is_file() {
        let all = results::Results::load(&results_json)?;
        paper::write_report(&all, &out)?;
        if args.out == std::path::Path::new("benches/results") {
            paper::write_paper(&all, &out, root)?;
            eprintln!("rewrote results.md and papers/results.md with the GC section");
        } else {
            eprintln!("rewrote {}/results.md with the GC section; papers/ left alone", out.display());
        }
    }
    print!("{}", gc_report::section(&results));
    finish(&results.problems)
}

fn regenerate(root: &std::path::Path, results_path: &std::path::Path) -> Result<(), String> {
    let results = results::Results::load(results_path)?;
    let dir = results_path.parent().unwrap_or(root);
    paper::write_report(&results, dir)?;
    paper::write_paper(&results, dir, root)?;
    eprintln!("wrote {}/results.md and figures, papers/results.md and papers/figures/", dir.display());
    Ok(())
}

fn finish(problems: &[String]) -> Result<(), String> {
    if problems.is_empty() {
        return Ok(());
    }
    for p in problems {
        eprintln!("PROBLEM: {p}");
    }
    Err(format!("{} problem(s): checksum mismatches or failed runs (listed above)", problems.len()))
}
