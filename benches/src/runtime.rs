//! The Python runtimes a run compares: the two builds of pyrs-nogil (built here), and
//! `python3` and `pypy3` when they are on `PATH`.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::process::Command;

/// One runtime, as recorded in results.json.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Runtime {
    /// The name used in tables and plots: `pyrs-nogil`, `pyrs-gil`, `cpython`, `pypy`.
    pub label: String,
    /// `pyrs`, `cpython` or `pypy`.
    pub runtime: String,
    /// `nogil` or `gil` for pyrs; `stock` for CPython and PyPy (both have a GIL).
    pub build: String,
    /// What `--version` printed (first lines joined).
    pub version: String,
    pub path: PathBuf,
}

/// A runtime that was asked for but is not there.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Skipped {
    pub label: String,
    pub reason: String,
}

pub const NOGIL: &str = "pyrs-nogil";
pub const GIL: &str = "pyrs-gil";
pub const CPYTHON: &str = "cpython";
pub const PYPY: &str = "pypy";
/// Not a runtime of its own: N copies of the nogil build's one-thread run side by side, as
/// separate processes, on the independent-work benchmarks (runner.rs). Their wall time gives
/// the machine's own parallel throughput for the program, the ceiling for a thread speedup
/// (`Results::speedup`).
pub const NOGIL_PROCS: &str = "pyrs-nogil-procs";
/// Every label, in the order tables and plots use.
pub const LABELS: &[&str] = &[NOGIL, GIL, CPYTHON, PYPY, NOGIL_PROCS];

impl Runtime {
    /// The process-parallel twin of the nogil build (`NOGIL_PROCS`).
    pub fn processes_of(nogil: &Runtime) -> Runtime {
        Runtime {
            label: NOGIL_PROCS.into(),
            runtime: nogil.runtime.clone(),
            build: "nogil, N one-thread processes".into(),
            version: nogil.version.clone(),
            path: nogil.path.clone(),
        }
    }

    /// Whether this runtime has a cell for `bench` at `threads`: the process-parallel twin
    /// only on independent-work benchmarks at two threads or more.
    pub fn runs(&self, bench: &crate::catalog::Bench, threads: u32) -> bool {
        self.label != NOGIL_PROCS || (bench.kind == crate::catalog::Kind::Independent && threads > 1)
    }
}

/// The workspace root (benches/ is one of its members).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("benches/ has a parent").to_path_buf()
}

/// Where each pyrs build's binary lands.
pub fn pyrs_binary(root: &Path, gil: bool) -> PathBuf {
    if gil {
        root.join("target/gil/release/pyrs-nogil")
    } else {
        root.join("target/release/pyrs-nogil")
    }
}

/// The cargo command line that builds one pyrs build (shown to the user, then run).
pub fn build_command(gil: bool) -> Vec<&'static str> {
    if gil {
        vec!["build", "--release", "-p", "vm", "--features", "gil", "--target-dir", "target/gil"]
    } else {
        vec!["build", "--release", "--bin", "pyrs-nogil"]
    }
}

/// Builds one pyrs build with cargo, streaming cargo's own output to stderr.
pub fn build_pyrs(root: &Path, gil: bool) -> Result<(), String> {
    let args = build_command(gil);
    eprintln!("==> cargo {}", args.join(" "));
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args(&args)
        .current_dir(root)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("`cargo {}` failed ({status})", args.join(" "))) }
}

/// The pyrs build `label`, if its binary exists.
pub fn pyrs(root: &Path, gil: bool) -> Result<Runtime, Skipped> {
    let label = if gil { GIL } else { NOGIL };
    let path = pyrs_binary(root, gil);
    if !path.is_file() {
        return Err(Skipped {
            label: label.into(),
            reason: format!("{} is missing (build it with `cargo {}`)", path.display(), build_command(gil).join(" ")),
        });
    }
    let version = version_of(&path).unwrap_or_else(|| "unknown".into());
    Ok(Runtime {
        label: label.into(),
        runtime: "pyrs".into(),
        build: if gil { "gil" } else { "nogil" }.into(),
        version,
        path,
    })
}

/// `python3` (label `cpython`) or `pypy3` (label `pypy`) from PATH, if installed.
pub fn system_python(label: &str) -> Result<Runtime, Skipped> {
    let (command, runtime) = match label {
        CPYTHON => ("python3", "cpython"),
        PYPY => ("pypy3", "pypy"),
        _ => unreachable!("not a system runtime: {label}"),
    };
    let Some(found) = find_on_path(command) else {
        return Err(Skipped { label: label.into(), reason: format!("`{command}` is not installed (not on PATH)") });
    };
    // Launchers such as pyenv shims are scripts that cost tens of milliseconds per start:
    // time the interpreter itself.
    let path = real_executable(&found).unwrap_or(found);
    let Some(version) = version_of(&path) else {
        return Err(Skipped { label: label.into(), reason: format!("`{} --version` failed", path.display()) });
    };
    Ok(Runtime { label: label.into(), runtime: runtime.into(), build: "stock".into(), version, path })
}

fn find_on_path(command: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(command)).find(|p| p.is_file())
}

/// `sys.executable` as the interpreter reports it.
fn real_executable(launcher: &Path) -> Option<PathBuf> {
    let out = Command::new(launcher).args(["-c", "import sys; print(sys.executable)"]).output().ok()?;
    let path = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    (out.status.success() && path.is_file()).then_some(path)
}

/// The first two non-empty lines of `program --version` (PyPy puts its own version on the
/// second line), joined by " / ".
fn version_of(program: &Path) -> Option<String> {
    let out = Command::new(program).arg("--version").output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).take(2).collect();
    Some(lines.join(" / "))
}

/// The runtimes found for a run, and those asked for but missing.
#[derive(Default)]
pub struct RuntimeSet {
    pub present: Vec<Runtime>,
    pub skipped: Vec<Skipped>,
}
