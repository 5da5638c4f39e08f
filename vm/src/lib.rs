//! The pyrs-nogil virtual machine: compiler front end, interpreter, builtins and modules.
//!
//! Module map: `compile` (AST → bytecode), `bytecode` (instruction set), `interp` (frames,
//! the loop, calls, generators, tracebacks), `ops` (object protocols), `objects` (built-in
//! types), `builtins`, `stdlib`, `import`, `runtime` (process-wide state), `vm` (per-thread
//! state), `gc_glue` (roots and collection), `cli` (the `pyrs-nogil` command).

pub mod args;
pub mod builtins;
pub mod bytecode;
pub mod cli;
pub mod compile;
pub mod contention;
pub mod error;
pub mod finalize;
pub mod first_slice;
pub mod gc_glue;
pub mod import;
pub mod interp;
pub mod numeric;
pub mod numfmt;
pub mod objects;
pub mod ops;
pub mod report;
pub mod runtime;
pub mod lock_stats;
pub mod memlimit;
pub mod safepoint;
pub mod stdlib;
pub mod vm;
