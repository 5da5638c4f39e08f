//! The interpreter never lets a Rust panic, abort or crash reach the user: random and mutated
//! programs (taken from the golden corpus and damaged by deleting, duplicating and swapping
//! lines and tokens) must end with a normal exit status — 0, 1 with a Python traceback, or
//! another `SystemExit` code — never the internal-error status, a signal, or "panicked at".
//!
//! Each failing case prints its seed; `PYRS_NO_PANIC_CASES` sets the number of cases.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn corpus() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/programs");
    let mut v: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy().to_string();
            // Skip programs that read stdin or start threads/timeouts (slow when mutated).
            !n.starts_with("stdin_") && !n.starts_with("thread_") && !n.starts_with("mod_")
        })
        .map(|p| (p.file_name().unwrap().to_string_lossy().to_string(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    v.sort();
    v
}

/// A small deterministic generator for mutations (seeded by proptest).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

const SNIPPETS: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", "lambda", "yield", "*", "**", "0", "-1", "None", "'x'", ".x",
    "[0]", "()", "x", " if ", " else ", "not ", "async ", "await ", "del x", "raise", "return", ",",
    "1e999", "2**10000", "\\", "\"\"\"", "#", "\t", "global x", "nonlocal x", "class C: pass", "import sys",
];

fn mutate(src: &str, seed: u64) -> String {
    let mut rng = Rng(seed | 1);
    let mut lines: Vec<String> = src.lines().map(|l| l.to_string()).collect();
    for _ in 0..1 + rng.below(4) {
        if lines.is_empty() {
            break;
        }
        let i = rng.below(lines.len());
        match rng.below(6) {
            0 => {
                lines.remove(i);
            }
            1 => {
                let l = lines[i].clone();
                lines.insert(i, l);
            }
            2 => {
                let j = rng.below(lines.len());
                lines.swap(i, j);
            }
            3 | 4 => {
                let l = &mut lines[i];
                let pos = rng.below(l.len() + 1);
                let pos = (0..=pos).rev().find(|p| l.is_char_boundary(*p)).unwrap_or(0);
                let s = SNIPPETS[rng.below(SNIPPETS.len())];
                l.insert_str(pos, s);
            }
            _ => {
                let l = &mut lines[i];
                if !l.is_empty() {
                    let cut = rng.below(l.len());
                    let cut = (0..=cut).rev().find(|p| l.is_char_boundary(*p)).unwrap_or(0);
                    l.truncate(cut);
                }
            }
        }
    }
    lines.join("\n") + "\n"
}

fn run(src: &str) -> Result<(), String> {
    let dir = std::env::temp_dir().join(format!("pyrs-no-panic-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("case.py");
    std::fs::write(&file, src).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyrs-nogil"))
        .arg(&file)
        .current_dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/programs"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        use std::io::Read;
        let _ = e.read_to_string(&mut err);
    }
    // A mutated program may legitimately loop forever (e.g. a deleted loop increment): a
    // timeout is not a crash.
    let Some(status) = status else { return Ok(()) };
    if err.contains("panicked at") || err.contains("internal error") || err.contains("overflowed its stack") {
        return Err(format!("panic: {}", err.lines().take(8).collect::<Vec<_>>().join("\n")));
    }
    match status.code() {
        Some(70) => Err(format!("internal error exit: {err}")),
        Some(_) => Ok(()),
        None => Err(format!("killed by a signal ({status:?}): {}", err.lines().last().unwrap_or(""))),
    }
}

#[test]
fn mutated_programs_never_panic() {
    let progs = corpus();
    let cases: u32 = std::env::var("PYRS_NO_PANIC_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(150);
    let mut runner = TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() });
    let n = progs.len();
    runner
        .run(&(0..n, any::<u64>()), |(i, seed)| {
            let (name, src) = &progs[i];
            let m = mutate(src, seed);
            run(&m).map_err(|e| TestCaseError::fail(format!("{name} seed {seed}: {e}\n--- program ---\n{m}")))
        })
        .unwrap();
}

#[test]
fn random_bytes_never_panic() {
    let mut runner = TestRunner::new(Config { cases: 40, failure_persistence: None, ..Config::default() });
    runner
        .run(&proptest::collection::vec(any::<u8>(), 0..200), |bytes| {
            let src = String::from_utf8_lossy(&bytes).to_string();
            run(&src).map_err(|e| TestCaseError::fail(format!("{e}\n--- program ---\n{src:?}")))
        })
        .unwrap();
}
