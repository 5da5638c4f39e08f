//! The benchmark programs: one entry per file in `benches/programs/`, with its sizes.
//!
//! Every program takes `THREADS` and a size as its two arguments, splits a total amount of
//! work that depends only on the size over `THREADS` `threading.Thread`s, and prints its
//! checksum on stdout. A program may also print `METRIC <name> <value>` lines on stderr
//! (the GC benchmarks do); the harness records them. The `gc` command runs the two
//! collector benchmarks at their larger paper sizes (`gc::PAPER`).

use serde::{Deserialize, Serialize};

/// What a benchmark measures, which decides the target it is held to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Threads share nothing but the final result: should scale with cores.
    Independent,
    /// Threads hammer one shared object: the nogil build should not be slower than the
    /// GIL build.
    Contention,
    /// Allocation-heavy with a large live heap: reports collector pauses.
    Gc,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Independent => "independent",
            Kind::Contention => "contention",
            Kind::Gc => "gc",
        }
    }
}

/// One program of `benches/programs/`.
#[derive(Clone, Copy, Debug)]
pub struct Bench {
    pub name: &'static str,
    pub kind: Kind,
    /// The size argument for timed runs (about 0.5–2 s on CPython 3.11).
    pub size: u64,
    /// The size argument for the smoke mode (a few tens of milliseconds).
    pub tiny: u64,
    /// Whether the checksum must be the same at every thread count (true for all the
    /// programs here; a program whose output depends on its split would say false, and its
    /// checksums would be compared per thread count only).
    pub same_across_threads: bool,
    pub what: &'static str,
}

impl Bench {
    pub fn file(&self) -> String {
        format!("benches/programs/{}.py", self.name)
    }
}

pub const BENCHMARKS: &[Bench] = &[
    Bench {
        name: "nbody",
        kind: Kind::Independent,
        size: 25_000,
        tiny: 200,
        same_across_threads: true,
        what: "8 independent n-body systems: float arithmetic on small lists",
    },
    Bench {
        name: "fannkuch",
        kind: Kind::Independent,
        size: 9,
        tiny: 6,
        same_across_threads: true,
        what: "fannkuch-redux in 24 chunks of permutations: list slicing and indexing",
    },
    Bench {
        name: "spectral_norm",
        kind: Kind::Independent,
        size: 320,
        tiny: 24,
        same_across_threads: true,
        what: "row-split matrix-vector products with a Barrier: calls, floats, generators",
    },
    Bench {
        name: "richards",
        kind: Kind::Independent,
        size: 20,
        tiny: 1,
        same_across_threads: true,
        what: "independent richards-style task schedulers: classes, methods, attributes",
    },
    Bench {
        name: "nqueens",
        kind: Kind::Independent,
        size: 12,
        tiny: 6,
        same_across_threads: true,
        what: "n-queens backtracking split by the first two rows: recursion, int bit ops",
    },
    Bench {
        name: "float_alloc",
        kind: Kind::Independent,
        size: 800_000,
        tiny: 4_000,
        same_across_threads: true,
        what: "many short-lived Point objects holding floats: allocation, attribute stores",
    },
    Bench {
        name: "wordcount",
        kind: Kind::Independent,
        size: 100_000,
        tiny: 400,
        same_across_threads: true,
        what: "generated text split, normalised and counted per chunk: str methods, dicts",
    },
    Bench {
        name: "lock_counter",
        kind: Kind::Contention,
        size: 3_000_000,
        tiny: 2_000,
        same_across_threads: true,
        what: "one counter incremented under one threading.Lock by every thread",
    },
    Bench {
        name: "dict_hot_keys",
        kind: Kind::Contention,
        size: 3_000_000,
        tiny: 2_000,
        same_across_threads: true,
        what: "one dict, four hot str keys stored and loaded by every thread",
    },
    Bench {
        name: "list_append",
        kind: Kind::Contention,
        size: 10_000_000,
        tiny: 4_000,
        same_across_threads: true,
        what: "one list appended to by every thread",
    },
    Bench {
        name: "gc_pause",
        kind: Kind::Gc,
        size: 1_200,
        tiny: 8,
        same_across_threads: true,
        what: "short-lived trees beside a long-lived 131k-node tree; step times show pauses",
    },
    Bench {
        name: "gc_big_tree",
        kind: Kind::Gc,
        size: 600_000,
        tiny: 20_000,
        same_across_threads: true,
        what: "a long-lived tree of tuples while threads churn (the `gc` command runs it at ~1 GiB live)",
    },
    Bench {
        name: "gc_churn",
        kind: Kind::Gc,
        size: 150_000,
        tiny: 4_000,
        same_across_threads: true,
        what: "threads allocate with a constant live ring of records (the `gc` command: ~20 GiB, ~100 MiB live)",
    },
];

/// The benchmarks whose names are in `only` (all of them when `only` is empty); an unknown
/// name is an error that lists the known ones.
pub fn select(only: &[String]) -> Result<Vec<Bench>, String> {
    if only.is_empty() {
        return Ok(BENCHMARKS.to_vec());
    }
    only.iter()
        .map(|name| {
            BENCHMARKS.iter().find(|b| b.name == name).copied().ok_or_else(|| {
                let known: Vec<&str> = BENCHMARKS.iter().map(|b| b.name).collect();
                format!("unknown benchmark {name:?}; known: {}", known.join(", "))
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn every_program_exists_and_every_file_is_listed() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        for b in BENCHMARKS {
            assert!(root.join(b.file()).is_file(), "missing {}", b.file());
        }
        for entry in std::fs::read_dir(root.join("benches/programs")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "py") {
                let stem = path.file_stem().unwrap().to_str().unwrap();
                assert!(BENCHMARKS.iter().any(|b| b.name == stem), "{stem}.py is not in the catalog");
            }
        }
    }

    #[test]
    fn select_rejects_unknown_names() {
        assert_eq!(select(&["nbody".into()]).unwrap().len(), 1);
        assert!(select(&["nosuch".into()]).unwrap_err().contains("known: nbody"));
    }
}
