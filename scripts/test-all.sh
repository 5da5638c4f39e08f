#!/usr/bin/env bash
# The whole test suite of pyrs-nogil: every crate's tests (unit tests, golden Python programs,
# the memory test, the front-end fuzz/property tests, the stress programs, contention reports)
# in release mode, plain and in the collector's stress and verify modes; the golden programs
# and stress programs with serial mode forced on; then the GIL build (`--features gil`, its own target directory) on the
# golden programs and the stress suite; then the loom models of the concurrency protocols in
# their own target directory (so the world is not rebuilt).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --release --workspace
# The whole suite again with the collector in GC-stress mode (a cycle at every region refill),
# and again with the heap verifier on (aborts on a reachable object unmarked after a marking or
# in a free line before the next).
PYRS_GC_STRESS=1 cargo test --release --workspace
PYRS_GC_VERIFY=1 cargo test --release --workspace
# The golden programs and the stress suite with every thread in serial mode for good: each
# thread runs only while holding the serial token, which checks that every blocking call hands
# it over (objmodel/src/serial.rs).
PYRS_SERIAL=always cargo test --release -p vm -p stress --test programs --test stress
cargo test --release -p vm -p stress --features vm/gil,stress/gil --target-dir target/gil \
    --test programs --test stress
RUSTFLAGS="--cfg loom" LOOM_MAX_PREEMPTIONS="${LOOM_MAX_PREEMPTIONS:-3}" \
    cargo test -p loom-tests --release --target-dir target-loom
cargo run --release -p benches -- smoke
