//! Reads the block that `pyrs-nogil --gc-stats` prints on stderr at exit:
//!
//! ```text
//! gc cycles:        12
//! gc pauses:        24 pauses, p50 180.2µs  p99 850.1µs  max 1.2ms
//! thread stops:     40 stops, p50 150.3µs  p99 2.5ms  max 4.1ms
//! gc mark time:     310.5ms concurrent
//! live after gc:    1024.3 MiB
//! heap:             1727.5 MiB (2095.3 MiB committed, 3.6 MiB large objects)
//! allocated:        20480.0 MiB
//! reclaimed:        19456.0 MiB
//! ```
//!
//! The collector's output changes as it grows (the stop-the-world collector prints
//! `gc pauses:        p50 ...` without the pause count and `gc mark time:     X` without
//! "concurrent"), so the parser is tolerant: it finds each line by its prefix anywhere in
//! stderr, reads the token after each label it knows, and leaves out what is missing.
//! Durations are Rust's `Debug` of `std::time::Duration` (`0ns`, `999ns`, `850.1µs`,
//! `1.2ms`, `1.5s`); sizes are a number and a unit (`MiB`, also `B`, `KiB`, `GiB`).

use serde::{Deserialize, Serialize};

/// What one `--gc-stats` block said; every field is `None` when its line or label was
/// missing or unreadable. Times in milliseconds, sizes in MiB.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GcStats {
    pub cycles: Option<u64>,
    /// The number of pauses, when the collector prints it.
    pub pauses: Option<u64>,
    pub pause_p50_ms: Option<f64>,
    pub pause_p99_ms: Option<f64>,
    pub pause_max_ms: Option<f64>,
    /// Each thread's own stops (`thread stops:`; older builds do not print them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_p50_ms: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_p99_ms: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_max_ms: Option<f64>,
    pub mark_ms: Option<f64>,
    /// Whether the mark time is said to be concurrent (the concurrent collector says so).
    pub mark_concurrent: bool,
    pub live_mib: Option<f64>,
    pub heap_mib: Option<f64>,
    pub allocated_mib: Option<f64>,
    pub reclaimed_mib: Option<f64>,
}

/// The statistics in `stderr`, or `None` when it holds no `gc cycles:` line (the program
/// did not run with `--gc-stats`, or died before printing them).
pub fn parse(stderr: &str) -> Option<GcStats> {
    let line = |prefix: &str| stderr.lines().map(str::trim_start).find_map(|l| l.strip_prefix(prefix));
    let cycles = line("gc cycles:")?.split_whitespace().next().and_then(|t| t.parse().ok());
    let mut s = GcStats { cycles, ..GcStats::default() };
    if let Some(rest) = line("gc pauses:") {
        let tokens = words(rest);
        s.pauses = tokens
            .iter()
            .position(|t| *t == "pauses")
            .filter(|&i| i > 0)
            .and_then(|i| tokens[i - 1].parse().ok());
        (s.pause_p50_ms, s.pause_p99_ms, s.pause_max_ms) = percentiles_ms(&tokens);
    }
    if let Some(rest) = line("thread stops:") {
        (s.stop_p50_ms, s.stop_p99_ms, s.stop_max_ms) = percentiles_ms(&words(rest));
    }
    if let Some(rest) = line("gc mark time:") {
        s.mark_ms = rest.split_whitespace().next().and_then(duration_ms);
        s.mark_concurrent = rest.split_whitespace().any(|t| t.trim_matches(|c: char| !c.is_alphabetic()) == "concurrent");
    }
    s.live_mib = line("live after gc:").and_then(size_mib);
    s.heap_mib = line("heap:").and_then(size_mib);
    s.allocated_mib = line("allocated:").and_then(size_mib);
    s.reclaimed_mib = line("reclaimed:").and_then(size_mib);
    Some(s)
}

/// The words of a line, without trailing commas.
fn words(rest: &str) -> Vec<&str> {
    rest.split_whitespace().map(|t| t.trim_end_matches(',')).collect()
}

/// The durations after the labels `p50`, `p99` and `max`, in milliseconds.
fn percentiles_ms(tokens: &[&str]) -> (Option<f64>, Option<f64>, Option<f64>) {
    let after = |label: &str| tokens.iter().position(|t| *t == label).and_then(|i| tokens.get(i + 1)).and_then(|t| duration_ms(t));
    (after("p50"), after("p99"), after("max"))
}

/// A `Debug`-printed `Duration` (`850.1µs`, `1.5s`) in milliseconds.
pub fn duration_ms(token: &str) -> Option<f64> {
    const UNITS: &[(&str, f64)] = &[("ns", 1e-6), ("µs", 1e-3), ("us", 1e-3), ("ms", 1.0), ("s", 1e3)];
    let (number, scale) = UNITS.iter().find_map(|(unit, scale)| Some((token.strip_suffix(unit)?, *scale)))?;
    number.parse::<f64>().ok().filter(|v| v.is_finite()).map(|v| v * scale)
}

/// The first `<number> <unit>` of a line in MiB; a missing unit means MiB.
fn size_mib(rest: &str) -> Option<f64> {
    let mut words = rest.split_whitespace();
    let value: f64 = words.next()?.parse().ok()?;
    let scale = match words.next().map(|u| u.trim_end_matches([',', ')'])) {
        Some("B") => 1.0 / (1024.0 * 1024.0),
        Some("KiB") => 1.0 / 1024.0,
        Some("GiB") => 1024.0,
        _ => 1.0,
    };
    Some(value * scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONCURRENT: &str = "gc_big_tree nodes 3\n\
        METRIC build_s 1.0\n\
        gc cycles:        12\n\
        gc pauses:        24 pauses, p50 180.2µs  p99 850.1µs  max 1.2ms\n\
        thread stops:     40 stops, p50 150.3µs  p99 2.5ms  max 4.1ms\n\
        gc mark time:     310.5ms concurrent\n\
        live after gc:    1024.3 MiB\n\
        heap:             1727.5 MiB (2095.3 MiB committed, 3.6 MiB large objects)\n\
        allocated:        20480.0 MiB\n\
        reclaimed:        19456.0 MiB";

    const STOP_THE_WORLD: &str = "gc cycles:        15\n\
        gc pauses:        p50 515.149828ms  p99 540.875402ms  max 1.5s\n\
        gc mark time:     5.672707797s\n\
        live after gc:    1016.5 MiB\n\
        heap:             1727.5 MiB (2095.3 MiB committed, 3.6 MiB large objects)\n\
        allocated:        10495.7 MiB\n\
        reclaimed:        9152.7 MiB\n";

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9 * b.abs().max(1.0))
    }

    #[test]
    fn reads_the_concurrent_format() {
        let s = parse(CONCURRENT).unwrap();
        assert_eq!((s.cycles, s.pauses), (Some(12), Some(24)));
        assert!(close(s.pause_p50_ms, 0.1802) && close(s.pause_p99_ms, 0.8501) && close(s.pause_max_ms, 1.2));
        assert!(close(s.stop_p50_ms, 0.1503) && close(s.stop_p99_ms, 2.5) && close(s.stop_max_ms, 4.1));
        assert!(close(s.mark_ms, 310.5) && s.mark_concurrent);
        assert!(close(s.live_mib, 1024.3) && close(s.heap_mib, 1727.5));
        assert!(close(s.allocated_mib, 20480.0) && close(s.reclaimed_mib, 19456.0));
    }

    #[test]
    fn reads_the_stop_the_world_format() {
        let s = parse(STOP_THE_WORLD).unwrap();
        assert_eq!((s.cycles, s.pauses), (Some(15), None));
        assert!(close(s.pause_p50_ms, 515.149828) && close(s.pause_p99_ms, 540.875402));
        assert!(close(s.pause_max_ms, 1500.0));
        assert_eq!((s.stop_p99_ms, s.stop_max_ms), (None, None));
        assert!(close(s.mark_ms, 5672.707797) && !s.mark_concurrent);
        assert!(close(s.live_mib, 1016.5) && close(s.allocated_mib, 10495.7));
    }

    #[test]
    fn missing_block_and_missing_labels() {
        assert_eq!(parse("no stats here\n"), None);
        let s = parse("gc cycles:        0\ngc pauses:        p50 0ns\n").unwrap();
        assert_eq!(s.cycles, Some(0));
        assert_eq!(s.pause_p50_ms, Some(0.0));
        assert_eq!((s.pause_p99_ms, s.pause_max_ms, s.live_mib), (None, None, None));
    }

    #[test]
    fn durations() {
        assert_eq!(duration_ms("0ns"), Some(0.0));
        assert!(close(duration_ms("999ns"), 0.000999));
        assert!(close(duration_ms("850.1µs"), 0.8501));
        assert!(close(duration_ms("1.2ms"), 1.2));
        assert!(close(duration_ms("1.5s"), 1500.0));
        assert_eq!(duration_ms("fast"), None);
        assert_eq!(duration_ms("12"), None);
    }
}
