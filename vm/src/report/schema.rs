//! The contention-report file, schema version 1, as serde types, and the loader that checks it.
//!
//! The format is documented in `docs/contention-report.md`; this file is its reading half. A
//! file is read in two steps: first as untyped JSON, to check `schema` and `version` before
//! anything else (so a file of a newer major version is rejected by its version, not by the
//! first field that moved), then into the typed [`Report`]. Unknown fields are ignored: within
//! a major version the format only grows.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

/// The value of the top-level `schema` field.
pub const SCHEMA_NAME: &str = "pyrs-nogil/contention-report";
/// The major version this reader understands.
pub const SCHEMA_VERSION: u64 = 1;

/// The site kinds of version 1, in the order the documentation lists them.
pub const KINDS: [&str; 7] = ["contended", "revocation", "inflation", "handshake", "gc_wait", "user_lock", "gil"];

/// A whole report: one run of one program. The types also serialize, so a writer can build a
/// `Report { .., ..Default::default() }` and write it with `serde_json`.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct Report {
    pub schema: String,
    pub version: u64,
    /// `"nogil"` or `"gil"`.
    pub build: String,
    #[serde(default)]
    pub argv: Vec<String>,
    /// Wall time of the run.
    pub duration_ns: u64,
    pub threads: Vec<ThreadInfo>,
    pub sites: Vec<Site>,
    /// Individual events, for timelines; the recorder caps their number.
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub events_dropped: u64,
    /// nogil build: whether serial mode (objmodel serial.rs) was on; absent in older files.
    #[serde(default)]
    pub serial_mode: Option<bool>,
}

/// One Python thread of the run; times are relative to the start of the run.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ThreadInfo {
    pub id: u64,
    #[serde(default)]
    pub name: String,
    pub start_ns: u64,
    pub end_ns: u64,
}

/// A Python source location.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub struct Location {
    pub file: String,
    pub line: u64,
    pub function: String,
}

/// The aggregate of all events with the same (kind, op, type, stack, alloc).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Site {
    pub id: u64,
    pub kind: String,
    pub op: String,
    #[serde(rename = "type")]
    pub type_name: String,
    /// Where the waiting thread was (the innermost frame of `stack`).
    pub location: Location,
    /// Innermost first, at most four frames.
    #[serde(default)]
    pub stack: Vec<Location>,
    /// Where the object was allocated, when known.
    #[serde(default)]
    pub alloc: Option<Location>,
    /// Threads that waited here.
    #[serde(default)]
    pub threads: Vec<u64>,
    /// Threads waited for (lock holders, bias owners).
    #[serde(default)]
    pub other_threads: Vec<u64>,
    pub events: u64,
    pub total_wait_ns: u64,
    pub max_wait_ns: u64,
}

/// One recorded wait.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Event {
    pub site: u64,
    pub thread: u64,
    pub start_ns: u64,
    pub wait_ns: u64,
    #[serde(default)]
    pub other_thread: Option<u64>,
}

impl Report {
    /// The thread with this id, if the report lists it.
    pub fn thread(&self, id: u64) -> Option<&ThreadInfo> {
        self.threads.iter().find(|t| t.id == id)
    }

    /// The site with this id, if any (a linear search: use [`Report::site_index`] per event).
    pub fn site(&self, id: u64) -> Option<&Site> {
        self.sites.iter().find(|s| s.id == id)
    }

    /// The sites by id, for looking up the site of each event.
    pub fn site_index(&self) -> HashMap<u64, &Site> {
        self.sites.iter().map(|s| (s.id, s)).collect()
    }

    /// A thread as people call it: its name when it has one, else `thread N`.
    pub fn thread_label(&self, id: u64) -> String {
        match self.thread(id) {
            Some(t) if !t.name.is_empty() => t.name.clone(),
            _ => format!("thread {id}"),
        }
    }

    /// The sum of all thread lifetimes, the denominator of "share of run time". Falls back to
    /// the run's wall time when no thread lists a lifetime.
    pub fn thread_time_ns(&self) -> u64 {
        let sum = saturating_sum(self.threads.iter().map(|t| t.end_ns.saturating_sub(t.start_ns)));
        if sum > 0 { sum } else { self.duration_ns }
    }

    /// The sum of every site's total wait.
    pub fn total_wait_ns(&self) -> u64 {
        saturating_sum(self.sites.iter().map(|s| s.total_wait_ns))
    }

    /// The sum of every site's events.
    pub fn total_events(&self) -> u64 {
        saturating_sum(self.sites.iter().map(|s| s.events))
    }

    /// The program as it was run: `argv` joined with spaces.
    pub fn command_line(&self) -> String {
        self.argv.join(" ")
    }
}

impl Site {
    /// `file:line function` of the waiting thread.
    pub fn label(&self) -> String {
        self.location.to_string()
    }

    /// How many distinct threads took part: waiters and the threads they waited for.
    pub fn threads_involved(&self) -> usize {
        self.threads.iter().chain(&self.other_threads).collect::<HashSet<_>>().len()
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{} {}", self.file, self.line, self.function)
    }
}

impl Location {
    /// `file:line`, for where an object was allocated.
    pub fn file_line(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }
}

/// The sum of `values`, stopping at `u64::MAX` instead of overflowing (a damaged file must not
/// make the reader panic).
pub fn saturating_sum(values: impl IntoIterator<Item = u64>) -> u64 {
    values.into_iter().fold(0, u64::saturating_add)
}

/// Read and check a report file. The error is a complete sentence for the user, naming `path`.
pub fn load(path: &str) -> Result<Report, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("can't open '{path}': {}", io_reason(&e)))?;
    parse(&bytes).map_err(|e| format!("'{path}': {e}"))
}

/// Parse and check a report from its bytes.
pub fn parse(bytes: &[u8]) -> Result<Report, String> {
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| format!("not valid JSON: {e}"))?;
    let Some(obj) = value.as_object() else {
        return Err("not a contention report: the top level is not a JSON object".into());
    };
    match obj.get("schema").and_then(|s| s.as_str()) {
        Some(SCHEMA_NAME) => {}
        Some(other) => return Err(format!("not a contention report: schema is '{other}', expected '{SCHEMA_NAME}'")),
        None => return Err(format!("not a contention report: no \"schema\": \"{SCHEMA_NAME}\" field")),
    }
    match obj.get("version") {
        Some(v) if v.as_u64() == Some(SCHEMA_VERSION) => {}
        Some(v) => {
            return Err(format!(
                "unsupported contention-report version {v}: this pyrs-nogil reads version {SCHEMA_VERSION}"
            ));
        }
        None => return Err("contention report without a \"version\" field".into()),
    }
    let report: Report = serde_json::from_value(value).map_err(|e| format!("invalid contention report: {e}"))?;
    check(&report)?;
    Ok(report)
}

/// The cross-references serde cannot check (invariant 1 of the documentation): site ids are
/// unique and every event names a site.
fn check(report: &Report) -> Result<(), String> {
    let mut ids = HashSet::new();
    for s in &report.sites {
        if !ids.insert(s.id) {
            return Err(format!("invalid contention report: two sites have id {}", s.id));
        }
    }
    for (i, e) in report.events.iter().enumerate() {
        if !ids.contains(&e.site) {
            return Err(format!("invalid contention report: event {i} names site {}, which is not in \"sites\"", e.site));
        }
    }
    Ok(())
}

/// The reason of an I/O error without Rust's "(os error N)" suffix.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}
