#!/usr/bin/env python3
"""Writes vm/src/stdlib/e/unicodedata_tables.rs from CPython 3.11's unicodedata (Unicode
14.0.0): property runs, numeric values, decompositions and canonical composition pairs.

Usage: python3.11 tools/gen_unicodedata.py > vm/src/stdlib/e/unicodedata_tables.rs"""
import sys
import unicodedata as u

assert u.unidata_version == '14.0.0', u.unidata_version
cats, bidis, eaws, tags = [], [], [], ['']


def idx(table, v):
    if v not in table:
        table.append(v)
    return table.index(v)


runs = []
prev = None
for cp in range(0x110000):
    c = chr(cp)
    key = (idx(cats, u.category(c)), idx(bidis, u.bidirectional(c)), idx(eaws, u.east_asian_width(c)),
           u.combining(c), u.mirrored(c))
    if key != prev:
        runs.append((cp,) + key)
        prev = key

numeric = []
for cp in range(0x110000):
    c = chr(cp)
    n = u.numeric(c, None)
    if n is None:
        continue
    dec = u.decimal(c, -1)
    dig = u.digit(c, -1)
    # The exact value as CPython computes it: an integer or a fraction a/b.
    from fractions import Fraction
    f = Fraction(n).limit_denominator(1000)
    assert float(f.numerator) / f.denominator == n, (cp, n)
    numeric.append((cp, dec, dig, f.numerator, f.denominator))

decomp = []
for cp in range(0x110000):
    d = u.decomposition(chr(cp))
    if not d:
        continue
    parts = d.split()
    tag = 0
    if parts[0].startswith('<'):
        tag = idx(tags, parts[0])
        parts = parts[1:]
    decomp.append((cp, tag, [int(p, 16) for p in parts]))

compose = []
for cp, tag, parts in decomp:
    if tag == 0 and len(parts) == 2 and u.normalize('NFC', chr(cp)) == chr(cp):
        compose.append((parts[0], parts[1], cp))
compose.sort()

out = sys.stdout
out.write("//! Unicode 14.0.0 character data (the version CPython 3.11's unicodedata uses), generated\n"
          "//! by `tools/gen_unicodedata.py`; do not edit.\n\n")
out.write("pub const UNIDATA_VERSION: &str = \"14.0.0\";\n")
for name, table in (("CATEGORIES", cats), ("BIDI", bidis), ("EAW", eaws), ("TAGS", tags)):
    out.write("pub static %s: &[&str] = &[%s];\n" % (name, ", ".join('"%s"' % t for t in table)))
out.write("/// (first code point, category, bidi class, east asian width, combining class, mirrored):\n"
          "/// each run lasts until the next one's first code point.\n")
out.write("pub static RUNS: &[(u32, u8, u8, u8, u8, bool)] = &[\n")
for r in runs:
    out.write("    (0x%X, %d, %d, %d, %d, %s),\n" % (r[0], r[1], r[2], r[3], r[4], 'true' if r[5] else 'false'))
out.write("];\n")
out.write("/// (code point, decimal or -1, digit or -1, numerator, denominator) of numeric characters.\n")
out.write("pub static NUMERIC: &[(u32, i8, i8, i64, i64)] = &[\n")
for r in numeric:
    out.write("    (0x%X, %d, %d, %d, %d),\n" % r)
out.write("];\n")
out.write("/// (code point, tag index into TAGS (0: canonical), decomposition).\n")
out.write("pub static DECOMP: &[(u32, u8, &[u32])] = &[\n")
for cp, tag, parts in decomp:
    out.write("    (0x%X, %d, &[%s]),\n" % (cp, tag, ", ".join("0x%X" % p for p in parts)))
out.write("];\n")
out.write("/// (first, second, composite): the canonical pairs NFC composes, sorted.\n")
out.write("pub static COMPOSE: &[(u32, u32, u32)] = &[\n")
for r in compose:
    out.write("    (0x%X, 0x%X, 0x%X),\n" % r)
out.write("];\n")
