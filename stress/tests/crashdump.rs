//! A run killed by a signal carries its native backtraces (or why there are none) into its
//! failure report (stress/src/crashdump.rs), and its scratch directory is gone afterwards.

use std::path::Path;
use std::time::Duration;

use stress::run::{self, RunSpec};
use stress::{Mode, Program};

#[cfg(target_os = "linux")]
#[test]
fn a_crashed_run_reports_backtraces() {
    if !stress::crashdump::enabled() {
        return;
    }
    // A "program" that /bin/sh runs: its header is a shell comment, and it dies by SIGSEGV
    // (default action: terminate and dump core), as a crashing interpreter would.
    let dir = std::env::temp_dir().join(format!("pyrs-crashdump-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("crash.py");
    std::fs::write(&script, "# stress: short=1x1 long=1x1\nkill -SEGV $$\n").unwrap();
    let program = Program::load(&script).unwrap();
    let spec = RunSpec { program: &program, threads: 1, iters: program.params(Mode::Short).iters, seed: 1 };
    let out = run::run_once(Path::new("/bin/sh"), &spec, Duration::from_secs(60));
    let why = run::check(&spec, &out, Duration::from_secs(60)).unwrap_err();
    assert!(why.contains("killed by signal 11"), "{why}");
    let bt = out.backtraces.as_deref().expect("a crashed run gets a backtrace section");
    // gdb's frames when the kernel wrote a core and gdb is installed; otherwise the reason.
    assert!(
        bt.contains("#0") || bt.contains("no core file") || bt.contains("gdb could not run"),
        "{bt}"
    );
    let leftovers = std::fs::read_dir(std::env::temp_dir())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(&format!("pyrs-stress-{}-", std::process::id())))
        .count();
    assert_eq!(leftovers, 0, "the run's scratch directory was removed");
    std::fs::remove_dir_all(&dir).unwrap();
}
