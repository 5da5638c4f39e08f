//! The stress programs on disk, their headers, and the short/long mode.
//!
//! Every program says how hard the runner should drive it in one header line among its first
//! lines:
//!
//! ```text
//! # stress: short=2x4000 long=20x40000 [stderr-reports=K]
//! ```
//!
//! `short=RxN` means: in short mode run it R times at each thread count with ITERATIONS = N;
//! `long=RxN` the same in long mode. `stderr-reports=K` says the program prints exactly K
//! uncaught-exception reports (`Exception in thread ...`) on stderr on purpose; without it
//! stderr must stay empty. The header is the one place to tune a program's size.
//!
//! `programs/*.py` is the suite (files starting with `_`, such as `_harness.py`, are helpers);
//! `programs/pending/*.py` holds programs that expose a known runtime bug (see `FINDINGS.md`)
//! and are only run on request.

use std::fs;
use std::path::{Path, PathBuf};

/// How hard the suite runs: `Short` (the default, for CI) or `Long` (`PYRS_STRESS=long`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Short,
    Long,
}

impl Mode {
    /// The mode named by `PYRS_STRESS`: unset, empty or `short` for short, `long` for long.
    pub fn from_env() -> Result<Mode, String> {
        match std::env::var("PYRS_STRESS").as_deref() {
            Err(_) | Ok("") | Ok("short") => Ok(Mode::Short),
            Ok("long") => Ok(Mode::Long),
            Ok(other) => Err(format!("PYRS_STRESS={other:?}: expected `short` or `long`")),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Mode::Short => "short",
            Mode::Long => "long",
        }
    }
}

/// One mode's size for a program: `reps` runs per thread count, each with `iters` iterations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Params {
    pub reps: u32,
    pub iters: u64,
}

impl Params {
    /// Parse `RxN` (`2x4000`).
    fn parse(s: &str) -> Result<Params, String> {
        let (r, n) = s
            .split_once('x')
            .ok_or_else(|| format!("`{s}` is not REPSxITERATIONS"))?;
        let reps = r
            .parse()
            .map_err(|_| format!("bad repetition count in `{s}`"))?;
        let iters = n
            .parse()
            .map_err(|_| format!("bad iteration count in `{s}`"))?;
        if reps == 0 || iters == 0 {
            return Err(format!(
                "`{s}`: repetitions and iterations must be positive"
            ));
        }
        Ok(Params { reps, iters })
    }
}

/// A stress program and what its header says.
#[derive(Clone, Debug)]
pub struct Program {
    /// The file stem (`list_append`): also the name in its summary line.
    pub name: String,
    /// Path relative to the workspace root (`stress/programs/list_append.py`), the form the
    /// runner passes to the interpreter and prints in replay commands.
    pub path: PathBuf,
    pub short: Params,
    pub long: Params,
    /// Uncaught-exception reports the program prints on stderr on purpose (usually 0).
    pub stderr_reports: usize,
}

/// How many leading lines may hold the `# stress:` header.
const HEADER_LINES: usize = 40;

impl Program {
    /// Read the program at `path` (relative to the workspace root) and parse its header.
    pub fn load(path: &Path) -> Result<Program, String> {
        let full = workspace_root().join(path);
        let text = fs::read_to_string(&full)
            .map_err(|e| format!("cannot read {}: {e}", full.display()))?;
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .ok_or_else(|| format!("{}: no file name", path.display()))?
            .to_string();
        let (short, long, stderr_reports) =
            parse_header(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(Program {
            name,
            path: path.to_path_buf(),
            short,
            long,
            stderr_reports,
        })
    }

    /// This program's size in `mode`.
    pub fn params(&self, mode: Mode) -> Params {
        match mode {
            Mode::Short => self.short,
            Mode::Long => self.long,
        }
    }
}

/// Parse `# stress: short=RxN long=RxN [stderr-reports=K]` from the first lines of a program.
fn parse_header(text: &str) -> Result<(Params, Params, usize), String> {
    let line = text
        .lines()
        .take(HEADER_LINES)
        .find_map(|l| l.strip_prefix("# stress:"))
        .ok_or("no `# stress: short=RxN long=RxN` header line")?;
    let (mut short, mut long, mut reports) = (None, None, 0);
    for field in line.split_whitespace() {
        match field.split_once('=') {
            Some(("short", v)) => short = Some(Params::parse(v)?),
            Some(("long", v)) => long = Some(Params::parse(v)?),
            Some(("stderr-reports", v)) => {
                reports = v.parse().map_err(|_| format!("bad stderr-reports `{v}`"))?
            }
            _ => return Err(format!("unknown header field `{field}`")),
        }
    }
    match (short, long) {
        (Some(s), Some(l)) => Ok((s, l, reports)),
        _ => Err("the header needs both short=RxN and long=RxN".into()),
    }
}

/// The workspace root (the parent of this crate), where runs start and replay commands apply.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the stress crate lives inside the workspace")
        .to_path_buf()
}

/// The suite: `stress/programs/*.py` without the `_` helpers, sorted by name.
pub fn suite() -> Result<Vec<Program>, String> {
    load_dir(Path::new("stress/programs"))
}

/// The pending programs: `stress/programs/pending/*.py`, sorted by name.
pub fn pending() -> Result<Vec<Program>, String> {
    load_dir(Path::new("stress/programs/pending"))
}

fn load_dir(dir: &Path) -> Result<Vec<Program>, String> {
    let full = workspace_root().join(dir);
    let entries =
        fs::read_dir(&full).map_err(|e| format!("cannot read {}: {e}", full.display()))?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().map(|t| t.is_file()).unwrap_or(false))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py") && !n.starts_with('_'))
        .collect();
    names.sort();
    names.iter().map(|n| Program::load(&dir.join(n))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_parses() {
        let text = "# what it checks\n# stress: short=2x4000 long=20x40000\nimport sys\n";
        let (s, l, r) = parse_header(text).unwrap();
        assert_eq!(
            s,
            Params {
                reps: 2,
                iters: 4000
            }
        );
        assert_eq!(
            l,
            Params {
                reps: 20,
                iters: 40000
            }
        );
        assert_eq!(r, 0);
        let (_, _, r) = parse_header("# stress: long=1x1 short=1x1 stderr-reports=1\n").unwrap();
        assert_eq!(r, 1);
    }

    #[test]
    fn bad_headers_are_rejected() {
        assert!(parse_header("import sys\n").is_err());
        assert!(parse_header("# stress: short=2x4000\n").is_err());
        assert!(parse_header("# stress: short=2*4000 long=1x1\n").is_err());
        assert!(parse_header("# stress: short=0x4000 long=1x1\n").is_err());
        assert!(parse_header("# stress: short=1x1 long=1x1 fast=yes\n").is_err());
    }

    #[test]
    fn every_program_has_a_valid_header() {
        let all = suite().unwrap();
        assert!(all.len() >= 14, "only {} programs found", all.len());
        pending().unwrap();
    }
}
