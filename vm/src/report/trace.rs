//! The Chrome trace-event export (`--chrome-trace OUT.json`), which Perfetto
//! (ui.perfetto.dev) and chrome://tracing open.
//!
//! Format: the JSON object form of the Trace Event Format, `{"traceEvents": [...]}`. One
//! process (pid 1) named after the program; per thread a `thread_name` and a
//! `thread_sort_index` metadata event (`"ph": "M"`); per recorded event one complete event
//! (`"ph": "X"`) with `ts` and `dur` in microseconds, `name` the operation, `cat` the site
//! kind, and `args` the site's location, type, allocation site and the thread waited for.

use serde_json::{Value, json};

use super::rank::Filter;
use super::schema::Report;

const PID: u64 = 1;

/// The trace of `report`'s events that `filter` keeps, as a JSON document.
pub fn chrome_trace(report: &Report, filter: &Filter) -> Value {
    let mut events = Vec::new();
    let name = match report.command_line() {
        c if c.is_empty() => "pyrs-nogil".to_string(),
        c => format!("pyrs-nogil {c}"),
    };
    events.push(json!({"name": "process_name", "ph": "M", "pid": PID, "tid": 0, "args": {"name": name}}));
    let mut thread_ids: Vec<u64> = report.threads.iter().map(|t| t.id).collect();
    // Threads that only appear in events still get a named row.
    for e in &report.events {
        if !thread_ids.contains(&e.thread) {
            thread_ids.push(e.thread);
        }
    }
    for (i, &tid) in thread_ids.iter().enumerate() {
        events.push(json!({"name": "thread_name", "ph": "M", "pid": PID, "tid": tid,
                           "args": {"name": report.thread_label(tid)}}));
        events.push(json!({"name": "thread_sort_index", "ph": "M", "pid": PID, "tid": tid,
                           "args": {"sort_index": i}}));
    }
    let sites = report.site_index();
    for e in &report.events {
        let Some(&site) = sites.get(&e.site) else { continue };
        if !filter.keeps(site) {
            continue;
        }
        let mut args = json!({
            "site": site.label(),
            "site_id": site.id,
            "type": site.type_name,
            "alloc": site.alloc.as_ref().map(|a| a.file_line()),
            "other_thread": e.other_thread,
        });
        if let Some(o) = e.other_thread {
            args["other_thread_name"] = json!(report.thread_label(o));
        }
        events.push(json!({
            "name": site.op,
            "cat": site.kind,
            "ph": "X",
            "pid": PID,
            "tid": e.thread,
            "ts": micros(e.start_ns),
            "dur": micros(e.wait_ns),
            "args": args,
        }));
    }
    json!({
        "traceEvents": events,
        "displayTimeUnit": "ns",
        "otherData": {
            "schema": super::schema::SCHEMA_NAME,
            "version": report.version,
            "build": report.build,
            "argv": report.argv,
            "events_dropped": report.events_dropped,
        },
    })
}

fn micros(ns: u64) -> f64 {
    ns as f64 / 1000.0
}
