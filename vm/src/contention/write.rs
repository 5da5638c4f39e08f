//! The exit merge: every finished thread's buffer is folded into report sites (same kind,
//! operation, type, stack and allocation site), events are re-numbered to the merged sites,
//! and the report is written as JSON (schema: report/schema.rs, docs/contention-report.md).

use std::collections::{BTreeSet, HashMap};

use super::locs;
use super::record::{FINISHED, SiteKey};
use crate::report::schema::{Event, Location, Report, SCHEMA_NAME, SCHEMA_VERSION, Site, ThreadInfo};

/// Events kept in the whole report (the rest count as dropped).
const EVENTS_TOTAL: usize = 200_000;

fn loc(id: u32) -> Location {
    locs::get(id).unwrap_or_default()
}

/// Build the report from all finished threads' buffers.
pub(super) fn build(argv: &[String]) -> Report {
    let bufs = std::mem::take(&mut *FINISHED.lock());
    let mut index: HashMap<SiteKey, usize> = HashMap::new();
    let mut merged: Vec<Site> = Vec::new();
    let mut waiters: Vec<BTreeSet<u64>> = Vec::new();
    let mut others: Vec<BTreeSet<u64>> = Vec::new();
    let mut events = Vec::new();
    let mut dropped = 0u64;
    let mut threads = Vec::new();
    let mut t_min = u64::MAX;
    let mut t_max = 0u64;
    for b in &bufs {
        t_min = t_min.min(b.start_ns);
        t_max = t_max.max(b.end_ns);
    }
    let base = if t_min == u64::MAX { 0 } else { t_min };
    for b in &bufs {
        threads.push(ThreadInfo { id: b.tid, name: b.name.clone(), start_ns: b.start_ns - base, end_ns: b.end_ns.saturating_sub(base) });
        let mut remap = Vec::with_capacity(b.keys.len());
        for (key, agg) in &b.keys {
            let i = *index.entry(key.clone()).or_insert_with(|| {
                let stack: Vec<Location> = key.stack.iter().map(|&l| loc(l)).collect();
                merged.push(Site {
                        id: 0,
                        kind: key.kind.to_string(),
                        op: key.op.clone(),
                        type_name: key.type_name.clone(),
                        location: stack.first().cloned().unwrap_or_default(),
                        stack,
                        alloc: if key.alloc == 0 { None } else { Some(loc(key.alloc)) },
                        threads: Vec::new(),
                        other_threads: Vec::new(),
                        events: 0,
                        total_wait_ns: 0,
                        max_wait_ns: 0,
                });
                waiters.push(BTreeSet::new());
                others.push(BTreeSet::new());
                merged.len() - 1
            });
            let s = &mut merged[i];
            s.events += agg.events;
            s.total_wait_ns = s.total_wait_ns.saturating_add(agg.total_wait_ns);
            s.max_wait_ns = s.max_wait_ns.max(agg.max_wait_ns);
            waiters[i].insert(b.tid);
            others[i].extend(agg.others.iter().copied());
            remap.push(i);
        }
        for e in &b.events {
            if events.len() >= EVENTS_TOTAL {
                dropped += 1;
                continue;
            }
            events.push(Event {
                site: remap[e.site as usize] as u64,
                thread: b.tid,
                start_ns: e.start_ns.saturating_sub(base),
                wait_ns: e.wait_ns,
                other_thread: if e.other == 0 { None } else { Some(e.other) },
            });
        }
        dropped += b.dropped;
    }
    let sites: Vec<Site> = merged
        .into_iter()
        .enumerate()
        .map(|(i, mut s)| {
            s.id = i as u64;
            s.threads = waiters[i].iter().copied().collect();
            s.other_threads = others[i].iter().copied().collect();
            s
        })
        .collect();
    threads.sort_by_key(|t| t.id);
    events.sort_by_key(|e| (e.start_ns, e.thread));
    Report {
        schema: SCHEMA_NAME.to_string(),
        version: SCHEMA_VERSION,
        build: if cfg!(feature = "gil") { "gil" } else { "nogil" }.to_string(),
        argv: argv.to_vec(),
        duration_ns: t_max.saturating_sub(base),
        threads,
        sites,
        events,
        events_dropped: dropped,
        serial_mode: Some(objmodel::serial::enabled()),
    }
}

/// Merge and write the report to `path`.
pub(super) fn write(path: &str, argv: &[String]) -> Result<(), String> {
    let r = build(argv);
    let text = serde_json::to_string_pretty(&r).map_err(|e| e.to_string())?;
    std::fs::write(path, text + "\n").map_err(|e| format!("can't write contention report '{path}': {e}"))
}
