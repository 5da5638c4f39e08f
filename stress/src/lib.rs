//! The stress suite: racing Python programs run on real threads, many times, with their
//! invariants checked automatically.
//!
//! Each program in `stress/programs/*.py` takes `THREADS ITERATIONS SEED` from its argv, races
//! THREADS threads over some shared structure (a list, a dict, a queue, the collector...),
//! checks its invariants itself and prints one summary line `ok NAME threads=T iters=N seed=S
//! ...`; a broken invariant prints `FAIL NAME ...: what broke` on stderr and exits 1. The seed
//! drives every random choice a program makes, so a failing run can be replayed with the same
//! arguments (the interleaving itself is up to the OS). Programs that expose a known runtime
//! bug live in `programs/pending/` until it is fixed (see `FINDINGS.md`).
//!
//! This crate owns the runner, never the runtime: it spawns the `pyrs-nogil-stress` binary
//! (the `pyrs-nogil` command line built inside this package, so `cargo test -p stress` always
//! runs a fresh build, and `--features gil` runs the GIL build) once per program, thread count
//! and repetition, kills a run that passes its wall-clock limit (a timeout means a probable
//! deadlock) and reports every failing run with the command that replays it.
//!
//! Modules:
//! - [`program`]: the programs on disk and their `# stress: short=RxN long=RxN` headers, the
//!   short/long [`Mode`].
//! - [`run`]: one run of a program with a timeout ([`run::run_once`]), its check against the
//!   summary line, and a whole program's sweep over thread counts and repetitions
//!   ([`run::sweep`]).
//! - [`crashdump`]: each run may dump core in a scratch directory of its own; a run killed by a
//!   signal gets gdb's backtraces of every thread in its report.
//!
//! `tests/stress.rs` drives it: one test per program, plus a check that every program also
//! passes under CPython. `README.md` lists the programs, commands and environment variables.

pub mod crashdump;
pub mod program;
pub mod run;

pub use program::{Mode, Params, Program};
pub use run::{Config, Outcome, RunSpec, SweepReport};
