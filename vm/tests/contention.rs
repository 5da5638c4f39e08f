//! Contention reports on programs with known conflicts (tests/contention/*.py): in each of 5
//! runs the report's top site is the known line, operation and type, and the three known sites
//! rank first in their known order (and so do the waits summed over the 5 runs). Ranks rest on
//! wall-clock waits, which a loaded 2-core machine's scheduling (a lock holder preempted for a
//! whole time slice, other processes) can swap in a single run, so a batch of 5 that fails is
//! run once more before the test fails; the per-run agreement is printed. Each program has three conflict sites marked `# SITE-A/B/C`, taken at
//! 16:4:1 frequencies by 4 threads. The stability check ranks the sites of the
//! program's conflict kind (`user_lock` for locks, `contended` for objects): one-off events
//! of other kinds (a collection, a bias revocation at thread start) are real but random.

use std::path::{Path, PathBuf};
use std::process::Command;

use vm::report::rank::{Filter, ranked};
use vm::report::schema::{self, Report};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/contention")
}

fn site_line(prog: &str, marker: &str) -> u64 {
    let src = std::fs::read_to_string(dir().join(prog)).unwrap();
    src.lines().position(|l| l.contains(&format!("# {marker}"))).unwrap() as u64 + 1
}

fn run(prog: &str, out: &Path) -> Report {
    let o = Command::new(env!("CARGO_BIN_EXE_pyrs-nogil"))
        .current_dir(dir())
        .arg("--contention-report")
        .arg(out)
        .arg(prog)
        .output()
        .unwrap();
    assert!(o.status.success(), "{prog}: {}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("ok"), "{prog}");
    schema::load(out.to_str().unwrap()).unwrap()
}

/// The file name of a report location: reports give the script's path as Python does
/// (absolute, as CPython 3.11's `__file__`), the checks name the program.
fn file_name(path: &str) -> String {
    std::path::Path::new(path).file_name().map_or_else(|| path.to_string(), |f| f.to_string_lossy().into_owned())
}

/// (file name, line, op, type) of the top `n` sites of kind `kind` (all kinds if empty).
fn top(r: &Report, n: usize, kind: &str) -> Vec<(String, u64, String, String)> {
    let kinds = if kind.is_empty() { vec![] } else { vec![kind.to_string()] };
    ranked(r, &Filter { kinds })
        .into_iter()
        .take(n)
        .map(|s| (file_name(&s.location.file), s.location.line, s.op.clone(), s.type_name.clone()))
        .collect()
}

/// The report's top site over every kind. Under `PYRS_GC_STRESS=1` (which `.ci/run` uses for a
/// whole pass) collections run back to back by design, so the stops they cause are left out:
/// the check is about the program's own conflicts, which the mode does not change.
fn top_site(r: &Report) -> Option<(String, u64, String, String)> {
    let gc_stress = std::env::var("PYRS_GC_STRESS").is_ok_and(|v| v.trim() == "1");
    ranked(r, &Filter { kinds: vec![] })
        .into_iter()
        .find(|s| !(gc_stress && s.kind == "gc_wait"))
        .map(|s| (file_name(&s.location.file), s.location.line, s.op.clone(), s.type_name.clone()))
}

/// One program at a time: the programs measure contention between their own threads, which
/// other programs running beside them on a small machine would drown in noise.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn check(prog: &str, kind: &str, op: &str, ty: &str, n_ranked: usize) {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    // Stability (issue 6): 5 runs must each rank the three known sites first, in their known
    // order. A batch that does not is run once more: a single preempted lock holder can hand
    // one waiter a time slice of wait and swap two ranks in one run on a busy machine, which
    // is the machine's noise, not the report's; two failing batches fail the test.
    let mut last = String::new();
    for batch in 0..2 {
        match batch_of_five(prog, kind, op, ty, n_ranked) {
            Ok(()) => return,
            Err(e) => {
                eprintln!("{prog}: batch {batch} not stable: {e}");
                last = e;
            }
        }
    }
    panic!("{prog}: two batches of 5 runs did not rank the same top 3 sites: {last}");
}

/// 5 runs of `prog`: Err with the details unless every run ranks SITE-A, B, C first (of
/// `kind`), SITE-A is the top site over all kinds in every run, and the waits summed over the
/// runs rank them in the same order.
fn batch_of_five(prog: &str, kind: &str, op: &str, ty: &str, n_ranked: usize) -> Result<(), String> {
    let tmp = std::env::temp_dir().join(format!("pyrs-contention-{}-{prog}.json", std::process::id()));
    let mut tops = Vec::new();
    let mut firsts = Vec::new();
    let mut reports = Vec::new();
    for _ in 0..5 {
        let r = run(prog, &tmp);
        assert_eq!(r.schema, schema::SCHEMA_NAME);
        assert!(r.threads.len() >= 5, "{prog}: threads {:?}", r.threads);
        firsts.push(top_site(&r));
        tops.push(top(&r, n_ranked, kind));
        reports.push(r);
    }
    let _ = std::fs::remove_file(&tmp);
    let want_a = Some((prog.to_string(), site_line(prog, "SITE-A"), op.to_string(), ty.to_string()));
    let hits = firsts.iter().filter(|f| **f == want_a).count();
    let want: Vec<u64> = ["SITE-A", "SITE-B", "SITE-C"].iter().map(|m| site_line(prog, m)).collect();
    let agree = tops.iter().filter(|t| t.iter().map(|x| x.1).collect::<Vec<_>>() == want).count();
    // Summed over the 5 runs, the three known sites rank in their known order.
    let mut sum: std::collections::BTreeMap<u64, u64> = std::collections::BTreeMap::new();
    for r in &reports {
        for s in r.sites.iter().filter(|s| s.kind == kind && file_name(&s.location.file) == prog) {
            *sum.entry(s.location.line).or_default() += s.total_wait_ns;
        }
    }
    let mut order: Vec<(u64, u64)> = sum.into_iter().collect();
    order.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let got: Vec<u64> = order.iter().take(3).map(|x| x.0).collect();
    eprintln!("{prog}: {hits}/5 runs ranked SITE-A first, {agree}/5 ranked A, B, C exactly");
    if hits == 5 && agree == 5 && got == want {
        Ok(())
    } else {
        Err(format!(
            "top site {want_a:?} in {hits}/5 runs, A, B, C exactly in {agree}/5; summed waits {order:?}; per-run tops {tops:#?}; top sites {firsts:#?}"
        ))
    }
}

#[test]
fn hot_lock_ranks_its_lock_lines() {
    // `threading.Lock` is unfair (as CPython's): the program works outside the locks too, so a
    // releaser does not retake its lock at once (a convoy that would leave the rarer locks
    // almost no waits to rank).
    check("hot_lock.py", "user_lock", "Lock.acquire", "lock", 3);
}

#[test]
fn hot_dict_ranks_its_store_lines() {
    check("hot_dict.py", "contended", "dict.__setitem__", "dict", 3);
}

#[test]
fn shared_list_ranks_its_append_lines() {
    check("shared_list.py", "contended", "list.append", "list", 3);
}

#[test]
fn shared_attribute_ranks_its_store_lines() {
    check("shared_attr.py", "contended", "attribute store .count", "Stats", 3);
}
