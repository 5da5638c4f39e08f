//! Human units for the report: durations (ns, µs, ms, s with three significant digits) and
//! percentages.

/// A duration in nanoseconds as `850 ns`, `12.3 µs`, `45.2 ms`, `1.23 s`, `123 s`.
pub fn duration(ns: u64) -> String {
    if ns < 1_000 {
        return format!("{ns} ns");
    }
    let (value, unit) = if ns < 1_000_000 {
        (ns as f64 / 1e3, "µs")
    } else if ns < 1_000_000_000 {
        (ns as f64 / 1e6, "ms")
    } else {
        (ns as f64 / 1e9, "s")
    };
    format!("{} {unit}", three_digits(value))
}

/// `value` (at least 1) with three significant digits; rounding up to 1000 keeps three digits.
fn three_digits(value: f64) -> String {
    if value >= 99.95 {
        format!("{value:.0}")
    } else if value >= 9.995 {
        format!("{value:.1}")
    } else {
        format!("{value:.2}")
    }
}

/// `part / whole` as a percentage with one decimal: `9.4%`, `<0.1%` for a tiny non-zero
/// share, `-` when `whole` is zero.
pub fn percent(part: u64, whole: u64) -> String {
    if whole == 0 {
        return "-".into();
    }
    let p = part as f64 * 100.0 / whole as f64;
    if part > 0 && p < 0.05 { "<0.1%".into() } else { format!("{p:.1}%") }
}

/// `part / whole` as a whole percentage for prose (`91%`), `<1%` for a tiny non-zero share.
pub fn percent_rounded(part: u64, whole: u64) -> String {
    if whole == 0 {
        return "0%".into();
    }
    let p = part as f64 * 100.0 / whole as f64;
    if part > 0 && p < 0.5 { "<1%".into() } else { format!("{p:.0}%") }
}

/// The relative change from `before` to `after`: `-96.3%`, `+12.0%`, `new` when `before` is 0.
pub fn change(before: u64, after: u64) -> String {
    if before == 0 {
        return if after == 0 { "0.0%".into() } else { "new".into() };
    }
    let p = (after as f64 - before as f64) * 100.0 / before as f64;
    format!("{p:+.1}%")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_have_three_significant_digits() {
        assert_eq!(duration(0), "0 ns");
        assert_eq!(duration(999), "999 ns");
        assert_eq!(duration(1_000), "1.00 µs");
        assert_eq!(duration(12_345), "12.3 µs");
        assert_eq!(duration(123_456), "123 µs");
        assert_eq!(duration(45_200_000), "45.2 ms");
        assert_eq!(duration(1_234_567_890), "1.23 s");
        assert_eq!(duration(999_999), "1000 µs");
    }

    #[test]
    fn percentages() {
        assert_eq!(percent(1, 3), "33.3%");
        assert_eq!(percent(1, 100_000), "<0.1%");
        assert_eq!(percent(0, 10), "0.0%");
        assert_eq!(percent(5, 0), "-");
        assert_eq!(percent_rounded(91, 100), "91%");
        assert_eq!(change(100, 4), "-96.0%");
        assert_eq!(change(0, 4), "new");
    }
}
