//! The text report: a summary of the run, the ranked table of sites and the hints for the top
//! sites.

use std::fmt::Write;

use super::grid;
use super::hints;
use super::schema::{Report, Site};
use super::units;

/// How many of the top sites get a hint.
pub const HINTED_SITES: usize = 5;

/// The lines above the table: what ran, for how long, and how much of it was waiting.
pub fn summary(report: &Report) -> String {
    let mut s = String::new();
    let cmd = report.command_line();
    let cmd = if cmd.is_empty() { String::new() } else { format!(": {cmd}") };
    let serial = if report.serial_mode == Some(true) { ", serial mode on" } else { "" };
    let _ = writeln!(s, "contention report ({} build{serial}){cmd}", report.build);
    let events = report.total_events();
    let wait = report.total_wait_ns();
    let _ = writeln!(
        s,
        "run {}, {} threads (thread time {}), {} sites, {} events, total wait {} ({} of thread time)",
        units::duration(report.duration_ns),
        report.threads.len(),
        units::duration(report.thread_time_ns()),
        report.sites.len(),
        events,
        units::duration(wait),
        units::percent(wait, report.thread_time_ns()),
    );
    if report.events_dropped > 0 {
        let _ = writeln!(
            s,
            "timeline: {} events kept, {} dropped by the recorder (site totals are complete)",
            report.events.len(),
            report.events_dropped
        );
    }
    s
}

/// The ranked table of `sites` (already ranked and cut to the top N) and hints for the first
/// [`HINTED_SITES`] of them.
pub fn render(report: &Report, sites: &[&Site], shown_of: usize) -> String {
    let mut out = summary(report);
    if sites.is_empty() {
        out.push_str(if report.sites.is_empty() { "\nno contention recorded\n" } else { "\nno site matches the filter\n" });
        return out;
    }
    if sites.len() < shown_of {
        let _ = writeln!(out, "showing the top {} of {shown_of} sites", sites.len());
    }
    out.push('\n');
    let header = ["rank", "site", "operation", "type", "kind", "threads", "events", "total wait", "max wait", "share"];
    let right = [true, false, false, false, false, true, true, true, true, true];
    let thread_time = report.thread_time_ns();
    let rows: Vec<Vec<String>> = sites
        .iter()
        .enumerate()
        .map(|(i, s)| {
            vec![
                (i + 1).to_string(),
                s.label(),
                s.op.clone(),
                if s.type_name.is_empty() { "-".into() } else { s.type_name.clone() },
                s.kind.clone(),
                s.threads_involved().to_string(),
                s.events.to_string(),
                units::duration(s.total_wait_ns),
                units::duration(s.max_wait_ns),
                units::percent(s.total_wait_ns, thread_time),
            ]
        })
        .collect();
    out.push_str(&grid::render(&header, &right, &rows));
    out.push_str("\nhints:\n");
    for (i, s) in sites.iter().take(HINTED_SITES).enumerate() {
        let _ = writeln!(out, "  {}. {}", i + 1, hints::hint(report, s));
    }
    out
}
