//! The concurrent collector under Python programs: `tests/gc/mover.py` moves objects between
//! every kind of place (list and dict items, instance attributes, a deque's native payload, a
//! generator's frame, a closure cell) while cycles run, in the default mode, in GC-stress mode
//! (cycles back to back) and with the heap verifier on; `--gc-stats` reports concurrent cycles
//! with two pauses each.

use std::path::Path;
use std::process::Command;

const EXPECTED: &str = "errors 0 []\ntotals [7875, 8250]\n";

fn run(env: &[(&str, &str)], args: &[&str]) -> (String, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyrs-nogil"));
    cmd.current_dir(root).args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run pyrs-nogil");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "pyrs-nogil {args:?} with {env:?} failed: {}\n{stderr}", out.status);
    (stdout, stderr)
}

#[test]
fn moved_objects_survive_concurrent_cycles() {
    let (out, _) = run(&[("PYRS_GC_MIN_HEAP", "1M")], &["tests/gc/mover.py", "2", "3000"]);
    assert_eq!(out, EXPECTED);
}

#[test]
fn moved_objects_survive_gc_stress() {
    let (out, _) = run(&[("PYRS_GC_STRESS", "1")], &["tests/gc/mover.py", "2", "3000"]);
    assert_eq!(out, EXPECTED);
}

#[test]
fn heap_verifier_passes_around_every_cycle() {
    let (out, err) = run(
        &[("PYRS_GC_VERIFY", "1"), ("PYRS_GC_MIN_HEAP", "1M")],
        &["--gc-stats", "tests/gc/mover.py", "2", "3000"],
    );
    assert_eq!(out, EXPECTED);
    assert!(!err.contains("verification failed"), "{err}");
    assert!(cycles(&err) >= 2, "the verifier ran around too few cycles:\n{err}");
}

/// `gc cycles:` from a `--gc-stats` block.
fn cycles(stats: &str) -> u64 {
    let line = stats.lines().find(|l| l.starts_with("gc cycles:")).expect("gc cycles line");
    line["gc cycles:".len()..].trim().parse().expect("cycle count")
}

#[test]
fn gc_stats_reports_concurrent_cycles() {
    let (_, err) = run(&[("PYRS_GC_MIN_HEAP", "1M")], &["--gc-stats", "tests/gc/mover.py", "2", "3000"]);
    let n = cycles(&err);
    assert!(n >= 2, "{err}");
    let pauses = err.lines().find(|l| l.starts_with("gc pauses:")).expect("pauses line");
    let count: u64 = pauses["gc pauses:".len()..].trim().split_whitespace().next().unwrap().parse().unwrap();
    assert!(count >= 2 * n, "a concurrent cycle has an initial and a final pause: {pauses}");
    for word in ["p50", "p99", "max"] {
        assert!(pauses.contains(word), "{pauses}");
    }
    assert!(err.contains("concurrent"), "{err}");
    for label in ["live after gc:", "heap:", "allocated:", "reclaimed:"] {
        assert!(err.contains(label), "missing {label}: {err}");
    }
}
