//! Contention-adaptive serial mode (objmodel/src/serial.rs), end to end through the binary:
//! - under `PYRS_SERIAL=always` every blocking primitive hands the serial token over (no
//!   program hangs; INV-SM2), and the counters in `--lock-stats` show the mode was used;
//! - threads whose conflicts cost them most of their time enter serial mode by themselves,
//!   and threads that share nothing never do;
//! - recording a contention report turns the mode off unless `PYRS_SERIAL` asks for it.
//!
//! Entering the mode needs the threads to really run at once; on a loaded machine the OS may
//! time-slice them on one core, so the entry test retries a few runs before it fails.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/serial")
}

/// Run `pyrs-nogil args...` in tests/serial with `env`; fails the test after `limit`.
fn run(args: &[&str], env: &[(&str, &str)], limit: Duration) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyrs-nogil"));
    cmd.current_dir(dir()).args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.env_remove("PYRS_SERIAL").env_remove("PYRS_SERIAL_LOG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().unwrap();
    let t0 = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if t0.elapsed() > limit {
            child.kill().ok();
            panic!("{args:?} with {env:?} did not finish in {limit:?} (a thread never got the serial token?)");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
    o
}

/// The value of a `--lock-stats` line (`  serial mode entries      5` → 5).
fn stat(stderr: &str, name: &str) -> u64 {
    let line = stderr.lines().find(|l| l.trim_start().starts_with(name)).unwrap_or_else(|| panic!("no {name:?} in {stderr}"));
    line[line.find(name).unwrap() + name.len()..].split_whitespace().next().unwrap().parse().unwrap()
}

#[test]
fn always_mode_hands_the_token_over_at_every_wait() {
    let o = run(
        &["--lock-stats", "sync_mix.py"],
        &[("PYRS_SERIAL", "always")],
        Duration::from_secs(120),
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(out, "counter 80000\nhits 4\nready [0, 1, 2, 3]\nqueue total 304900\n");
    let err = String::from_utf8_lossy(&o.stderr);
    // The main thread and the four workers each entered once, for good. A worker's counters
    // join the totals when it unregisters, which can come just after `join` returned: 4 or 5.
    let entries = stat(&err, "serial mode entries");
    assert!((4..=5).contains(&entries), "{err}");
    // Workers started while the main thread held the token, so some waited for it.
    assert!(stat(&err, "serial token waits") >= 1, "{err}");
}

#[test]
fn conflicting_threads_enter_serial_mode() {
    let mut logs = Vec::new();
    for _ in 0..5 {
        let o = run(&["contended.py"], &[("PYRS_SERIAL_LOG", "1")], Duration::from_secs(120));
        assert_eq!(String::from_utf8_lossy(&o.stdout), "count 800000 keys ['alpha', 'beta', 'delta', 'gamma']\n");
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        if err.contains("enters serial mode for") {
            return;
        }
        logs.push(err);
    }
    panic!("no thread entered serial mode in 5 runs: {logs:?}");
}

#[test]
fn independent_threads_never_enter_serial_mode() {
    let o = run(&["independent.py"], &[("PYRS_SERIAL_LOG", "1")], Duration::from_secs(120));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "done True True\n");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("enters serial mode"), "{err}");
}

#[test]
fn serial_mode_can_be_turned_off() {
    let o = run(&["--lock-stats", "contended.py"], &[("PYRS_SERIAL", "0"), ("PYRS_SERIAL_LOG", "1")], Duration::from_secs(120));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("enters serial mode"), "{err}");
    assert_eq!(stat(&err, "serial mode entries"), 0, "{err}");
}

#[test]
fn recording_turns_serial_mode_off_unless_asked() {
    let tmp = std::env::temp_dir().join(format!("pyrs-serial-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    for (env, want) in [(None, false), (Some("1"), true)] {
        let path = tmp.join("r.json");
        let env: Vec<(&str, &str)> = env.map(|v| ("PYRS_SERIAL", v)).into_iter().collect();
        run(&["--contention-report", path.to_str().unwrap(), "independent.py"], &env, Duration::from_secs(120));
        let r = vm::report::schema::load(path.to_str().unwrap()).unwrap();
        assert_eq!(r.serial_mode, Some(want), "PYRS_SERIAL={env:?}");
    }
    std::fs::remove_dir_all(&tmp).ok();
}
