//! `report --diff BEFORE.json AFTER.json`: what a fix removed and what now ranks first.
//!
//! Sites of the two runs are matched by (kind, operation, type, location file + line +
//! function). Stacks and allocation sites are left out of the match because a fix often moves
//! them; sites of one run that share a match key are merged first (events and waits added,
//! the longest wait kept, threads united). Each section is ranked with the report's own order
//! ([`rank_order`]), so the output is as deterministic as the table.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::grid;
use super::rank::{Filter, rank_order, take_top};
use super::schema::{Report, Site, saturating_sum};
use super::units;

/// The identity of a site across two runs.
type MatchKey = (String, String, String, String, u64, String);

fn match_key(s: &Site) -> MatchKey {
    (s.kind.clone(), s.op.clone(), s.type_name.clone(), s.location.file.clone(), s.location.line, s.location.function.clone())
}

/// The sites of `report` kept by `filter`, merged by match key.
fn merged(report: &Report, filter: &Filter) -> BTreeMap<MatchKey, Site> {
    let mut map: BTreeMap<MatchKey, Site> = BTreeMap::new();
    let mut sites: Vec<&Site> = report.sites.iter().filter(|s| filter.keeps(s)).collect();
    // Merge in rank order so that the representative stack and allocation site are those of
    // the heaviest member, whatever the order in the file.
    sites.sort_by(|a, b| rank_order(a, b));
    for s in sites {
        match map.get_mut(&match_key(s)) {
            Some(m) => {
                m.events = m.events.saturating_add(s.events);
                m.total_wait_ns = m.total_wait_ns.saturating_add(s.total_wait_ns);
                m.max_wait_ns = m.max_wait_ns.max(s.max_wait_ns);
                for &t in &s.threads {
                    if !m.threads.contains(&t) {
                        m.threads.push(t);
                    }
                }
                for &t in &s.other_threads {
                    if !m.other_threads.contains(&t) {
                        m.other_threads.push(t);
                    }
                }
            }
            None => {
                map.insert(match_key(s), s.clone());
            }
        }
    }
    map
}

/// The text of the diff between two loaded reports, named `before_name` and `after_name`.
pub fn render(before: &Report, after: &Report, before_name: &str, after_name: &str, filter: &Filter, top: usize) -> String {
    let b = merged(before, filter);
    let a = merged(after, filter);
    let mut out = String::new();
    let _ = writeln!(out, "contention diff: {before_name} ({} build) -> {after_name} ({} build)", before.build, after.build);
    let total = |m: &BTreeMap<MatchKey, Site>| saturating_sum(m.values().map(|s| s.total_wait_ns));
    let events = |m: &BTreeMap<MatchKey, Site>| saturating_sum(m.values().map(|s| s.events));
    let (tb, ta) = (total(&b), total(&a));
    let _ = writeln!(
        out,
        "total wait: {} before, {} after ({}); events: {} before, {} after; sites: {} before, {} after",
        units::duration(tb),
        units::duration(ta),
        units::change(tb, ta),
        events(&b),
        events(&a),
        b.len(),
        a.len(),
    );
    let _ = writeln!(
        out,
        "share of thread time: {} before, {} after",
        units::percent(tb, before.thread_time_ns()),
        units::percent(ta, after.thread_time_ns())
    );

    let (rb, ra) = (rank(&b), rank(&a));
    let first_line = |s: Option<&&Site>| match s {
        Some(s) => format!("{}  {} ({}, {})  {}", s.label(), s.op, type_or_dash(s), s.kind, units::duration(s.total_wait_ns)),
        None => "no site".into(),
    };
    let _ = writeln!(out, "ranked first before: {}", first_line(rb.first()));
    let still = match (rb.first(), ra.first()) {
        (Some(x), Some(y)) if match_key(x) == match_key(y) => "  (still first)",
        _ => "",
    };
    let _ = writeln!(out, "ranked first now:    {}{still}", first_line(ra.first()));

    let position = |v: &[&Site], k: &MatchKey| v.iter().position(|s| match_key(s) == *k).map(|p| p + 1);
    let both: Vec<&Site> = rb.iter().copied().filter(|s| a.contains_key(&match_key(s))).collect();
    let removed: Vec<&Site> = rb.iter().copied().filter(|s| !a.contains_key(&match_key(s))).collect();
    let new: Vec<&Site> = ra.iter().copied().filter(|s| !b.contains_key(&match_key(s))).collect();

    section(&mut out, "in both runs", both.len(), top);
    let rows: Vec<Vec<String>> = take_top(both, top)
        .into_iter()
        .map(|s| {
            let k = match_key(s);
            let after = &a[&k];
            let mut r = ident(s);
            r.extend([
                units::duration(s.total_wait_ns),
                units::duration(after.total_wait_ns),
                units::change(s.total_wait_ns, after.total_wait_ns),
                s.events.to_string(),
                after.events.to_string(),
                format!("{} -> {}", position(&rb, &k).unwrap_or(0), position(&ra, &k).unwrap_or(0)),
            ]);
            r
        })
        .collect();
    if !rows.is_empty() {
        let header = ["site", "operation", "type", "kind", "wait before", "wait after", "change", "events before", "events after", "rank"];
        let right = [false, false, false, false, true, true, true, true, true, true];
        out.push_str(&grid::render(&header, &right, &rows));
    }

    for (title, list, right_run) in [("removed (only before)", removed, false), ("new (only after)", new, true)] {
        section(&mut out, title, list.len(), top);
        let rows: Vec<Vec<String>> = take_top(list, top)
            .into_iter()
            .map(|s| {
                let ranked = if right_run { &ra } else { &rb };
                let mut r = ident(s);
                r.extend([
                    units::duration(s.total_wait_ns),
                    s.events.to_string(),
                    position(ranked, &match_key(s)).unwrap_or(0).to_string(),
                ]);
                r
            })
            .collect();
        if !rows.is_empty() {
            let header = ["site", "operation", "type", "kind", "total wait", "events", "rank"];
            let right = [false, false, false, false, true, true, true];
            out.push_str(&grid::render(&header, &right, &rows));
        }
    }
    out
}

/// The merged sites, best-ranked first.
fn rank(m: &BTreeMap<MatchKey, Site>) -> Vec<&Site> {
    let mut v: Vec<&Site> = m.values().collect();
    v.sort_by(|x, y| rank_order(x, y));
    v
}

fn section(out: &mut String, title: &str, n: usize, top: usize) {
    let shown = if top > 0 && n > top { format!(", top {top} shown") } else { String::new() };
    let _ = writeln!(out, "\nsites {title}: {n}{shown}");
}

fn ident(s: &Site) -> Vec<String> {
    vec![s.label(), s.op.clone(), type_or_dash(s).to_string(), s.kind.clone()]
}

fn type_or_dash(s: &Site) -> &str {
    if s.type_name.is_empty() { "-" } else { &s.type_name }
}
