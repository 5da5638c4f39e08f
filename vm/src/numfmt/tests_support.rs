//! Shared helpers for the numfmt tests: loading the `testdata/*.tsv` tables
//! generated from CPython 3.11 by `testdata/gen_tables.py`.

use super::{ErrorKind, FmtError};

/// Decodes Python's `unicode_escape` encoding.
pub(crate) fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let hex = |it: &mut std::str::Chars<'_>, n: usize| {
            let h: String = it.take(n).collect();
            char::from_u32(u32::from_str_radix(&h, 16).expect("hex escape")).expect("char")
        };
        match it.next().expect("escape") {
            '\\' => out.push('\\'),
            't' => out.push('\t'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            'x' => out.push(hex(&mut it, 2)),
            'u' => out.push(hex(&mut it, 4)),
            'U' => out.push(hex(&mut it, 8)),
            other => panic!("unknown escape \\{other}"),
        }
    }
    out
}

/// The rows of a table: tab-separated, unescaped fields.
pub(crate) fn table(data: &str) -> Vec<Vec<String>> {
    data.lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').map(unescape).collect())
        .collect()
}

pub(crate) fn f64_from_hex_bits(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s, 16).expect("bits"))
}

/// A result rendered like the tables do: the value or `!Kind: message`.
pub(crate) fn render(r: Result<String, FmtError>) -> String {
    match r {
        Ok(s) => s,
        Err(e) => format!("!{}: {}", kind_name(e.kind), e.message),
    }
}

pub(crate) fn kind_name(k: ErrorKind) -> &'static str {
    match k {
        ErrorKind::ValueError => "ValueError",
        ErrorKind::TypeError => "TypeError",
        ErrorKind::OverflowError => "OverflowError",
        ErrorKind::MemoryError => "MemoryError",
        ErrorKind::Raised => "Raised",
    }
}

/// Asserts that no failures were collected, showing up to 30 of them.
pub(crate) fn check(name: &str, total: usize, failures: &[String]) {
    assert!(total > 0, "{name}: empty table");
    if !failures.is_empty() {
        let shown: Vec<&String> = failures.iter().take(30).collect();
        panic!("{name}: {} of {total} cases failed:\n{}", failures.len(), shown
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n"));
    }
}
