//! The stress suite as tests: one test per program in `stress/programs/`, each running the
//! program at 2, 4, 8 and 16 threads, several times, with a deadlock timeout (see the `stress`
//! crate doc and `stress/README.md`).
//!
//! ```text
//! cargo test --release -p stress                     # short mode, the nogil build
//! cargo test --release -p stress --features gil      # the GIL build
//! PYRS_STRESS=long cargo test --release -p stress    # long mode
//! cargo test --release -p stress -- --ignored        # the pending programs (known bugs)
//! ```
//!
//! Environment: `PYRS_STRESS` (short|long), `PYRS_STRESS_SEED` (base seed), `PYRS_STRESS_THREADS`
//! (e.g. `8,16`), `PYRS_STRESS_TIMEOUT` (seconds per run), `PYRS_STRESS_BIN` (run the programs
//! with another interpreter, e.g. `python3`).

use std::path::Path;
use std::time::Duration;

use stress::program::{self, Program};
use stress::run::{self, Config, RunSpec};

/// Which build the binary under test is.
const BUILD: &str = if cfg!(feature = "gil") {
    "gil"
} else {
    "nogil"
};

fn config() -> Config {
    Config::from_env(Path::new(env!("CARGO_BIN_EXE_pyrs-nogil-stress")))
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Sweep one program and fail with every failing run's report (and replay command).
fn stress(name: &str) {
    let cfg = config();
    let prog = Program::load(&Path::new("stress/programs").join(format!("{name}.py")))
        .unwrap_or_else(|e| panic!("{e}"));
    let report = run::sweep(&cfg, &prog);
    println!("[{BUILD}] {}", report.summary(&cfg));
    if !report.failures.is_empty() {
        panic!(
            "[{BUILD} build] {} of {} runs of {name} failed:\n\n{}",
            report.failures.len(),
            report.runs,
            report.failures.join("\n\n")
        );
    }
}

macro_rules! stress_tests {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                stress(stringify!($name));
            }
        )*
        /// The programs that have a test above.
        const LISTED: &[&str] = &[$(stringify!($name)),*];
    };
}

stress_tests! {
    attr_store,
    dict_keys,
    dict_pop,
    dict_setdefault_pop,
    futures_map,
    gc_race,
    iter_mutate,
    list_append,
    list_index_race,
    list_pop_append,
    list_read_pop,
    list_sort_race,
    lock_counter,
    queue_pc,
    rebias_handover,
    set_race,
    site_caches,
    sync_handoffs,
    thread_churn,
    thread_exceptions,
}

/// A program added to `stress/programs/` without a test above would never run.
#[test]
fn every_program_has_a_test() {
    let on_disk: Vec<String> = program::suite()
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|p| p.name)
        .collect();
    let listed: Vec<String> = LISTED.iter().map(|s| s.to_string()).collect();
    assert_eq!(
        on_disk, listed,
        "stress/programs/*.py and the stress_tests! list differ"
    );
}

/// Every program (pending ones included) is valid Python that passes under CPython: a quick
/// run at 2 threads with a tenth of the short size. Skipped when `python3` is missing.
#[test]
fn programs_pass_under_cpython() {
    let python = Path::new("python3");
    if std::process::Command::new(python)
        .arg("--version")
        .output()
        .is_err()
    {
        println!("python3 not found: skipped");
        return;
    }
    let mut all = program::suite().unwrap_or_else(|e| panic!("{e}"));
    all.extend(program::pending().unwrap_or_else(|e| panic!("{e}")));
    let mut failures = Vec::new();
    for prog in &all {
        let spec = RunSpec {
            program: prog,
            threads: 2,
            iters: (prog.short.iters / 10).max(1),
            seed: run::DEFAULT_SEED,
        };
        let timeout = Duration::from_secs(120);
        let out = run::run_once(python, &spec, timeout);
        if let Err(why) = run::check(&spec, &out, timeout) {
            let cfg = Config {
                interpreter: python.into(),
                ..config()
            };
            failures.push(run::failure_report(&cfg, &spec, &out, &why));
        }
    }
    assert!(
        failures.is_empty(),
        "under CPython:\n\n{}",
        failures.join("\n\n")
    );
}

/// The pending programs expose known runtime bugs (`stress/FINDINGS.md`): run them on request
/// with `-- --ignored`, e.g. to check a fix; move a program up to `stress/programs/` (and into
/// the list above) once it passes.
#[test]
#[ignore = "pending programs expose known runtime bugs (stress/FINDINGS.md)"]
fn pending_programs() {
    let cfg = config();
    let mut failed = Vec::new();
    for prog in program::pending().unwrap_or_else(|e| panic!("{e}")) {
        let report = run::sweep(&cfg, &prog);
        println!("[{BUILD}] {}", report.summary(&cfg));
        if !report.failures.is_empty() {
            failed.push(format!("{}:\n{}", prog.name, report.failures[0]));
        }
    }
    assert!(
        failed.is_empty(),
        "pending programs still failing:\n\n{}",
        failed.join("\n\n")
    );
}
