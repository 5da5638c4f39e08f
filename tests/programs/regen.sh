#!/usr/bin/env bash
# Regenerate expected outputs (.out / .err / .exit) from CPython 3.11.
#
# Usage: tests/programs/regen.sh [FILE.py ...]    (default: every *.py except mod_*)
#
# Conventions (mirrored by vm/tests/programs.rs):
#   NAME.out   exact stdout
#   NAME.exit  exit code, only written when non-zero
#   NAME.err   only written when the exit code is non-zero: the LAST non-empty
#              line of stderr, or the FULL stderr when the program contains the
#              marker comment "# regen: full-stderr"
#   NAME.args  (input, hand-written) whitespace-separated argv words
#   NAME.stdin (input, hand-written) fed to stdin
# Each program is run twice with different PYTHONHASHSEED values; a warning is
# printed if the outputs differ (nondeterminism).
set -u
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; assert sys.version_info[:2] == (3, 11)' 2>/dev/null; then
    echo "warning: $PY is not CPython 3.11" >&2
fi
if [ $# -eq 0 ]; then
    set -- $(ls *.py | grep -v '^mod_')
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for f in "$@"; do
    f=$(basename "$f")
    case "$f" in mod_*) continue ;; esac
    name=${f%.py}
    [ -f "$f" ] || { echo "no such program: $f" >&2; status=1; continue; }
    args=()
    [ -f "$name.args" ] && read -r -a args < <(tr '\n' ' ' < "$name.args")
    stdin=/dev/null
    [ -f "$name.stdin" ] && stdin="$name.stdin"
    PYTHONDONTWRITEBYTECODE=1 PYTHONHASHSEED=1 timeout 120 "$PY" "$f" "${args[@]}" < "$stdin" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    # CPython makes the script path absolute; the runner passes the bare file
    # name, so strip this directory from paths in stderr.
    sed -i "s|\"$PWD/|\"|g" "$tmp/err"
    PYTHONDONTWRITEBYTECODE=1 PYTHONHASHSEED=2 timeout 120 "$PY" "$f" "${args[@]}" < "$stdin" > "$tmp/out2" 2> "$tmp/err2"
    rc2=$?
    sed -i "s|\"$PWD/|\"|g" "$tmp/err2"
    if ! cmp -s "$tmp/out" "$tmp/out2" || ! cmp -s "$tmp/err" "$tmp/err2" || [ $rc != $rc2 ]; then
        echo "WARNING: $f is nondeterministic (differs between hash seeds)" >&2
        status=1
    fi
    cp "$tmp/out" "$name.out"
    if [ $rc -ne 0 ]; then
        echo "$rc" > "$name.exit"
        if grep -q '# regen: full-stderr' "$f"; then
            cp "$tmp/err" "$name.err"
        else
            grep -v '^[[:space:]]*$' "$tmp/err" | tail -n 1 > "$name.err"
        fi
        echo "$f: exit $rc: $(tail -n 1 "$name.err")"
    else
        rm -f "$name.exit" "$name.err"
        if [ -s "$tmp/err" ]; then
            echo "note: $f wrote to stderr (not compared): $(head -c 200 "$tmp/err")" >&2
        fi
    fi
done
exit $status
