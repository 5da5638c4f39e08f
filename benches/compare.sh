#!/usr/bin/env bash
# Median wall time of each benchmark program under pyrs-nogil (release) and python3.
# Usage: benches/compare.sh [runs]   (default 5 runs each, after one warm-up run)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --bin pyrs-nogil >/dev/null 2>&1
RUNS=${1:-5}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timeit() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
printf "%-20s %10s %10s %8s\n" benchmark pyrs-nogil python3 ratio
for p in benches/programs/*.py; do
  a=$(./target/release/pyrs-nogil "$p"); b=$(python3 "$p")
  [ "$a" == "$b" ] || { echo "checksum mismatch on $p"; exit 1; }
  ta=$(for i in $(seq "$RUNS"); do timeit ./target/release/pyrs-nogil "$p"; done | median)
  tb=$(for i in $(seq "$RUNS"); do timeit python3 "$p"; done | median)
  printf "%-20s %10.3f %10.3f %8.2f\n" "$(basename "$p" .py)" "$ta" "$tb" "$(echo "$ta / $tb" | bc -l)"
done
