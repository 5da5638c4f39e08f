//! One-line hints for the top sites, derived from each site's data: its kind, operation, type,
//! allocation site, the threads that waited and were waited for, and its share of all wait.
//!
//! A hint has two halves: what the data says happened ("dict allocated at x.py:3 written by 4
//! threads via dict.__setitem__: 91% of all wait") and the usual remedy for that kind and
//! operation ("give each thread its own dict and merge them after the threads finish"). The
//! remedy is chosen by the operation family, so it names the object and operation the data names.

use super::schema::{Report, Site};
use super::units;

/// The families of operations that call for different remedies.
#[derive(Debug, PartialEq, Eq)]
enum OpFamily<'a> {
    /// `attribute store .name`.
    AttributeStore(&'a str),
    /// Appending to or growing a sequence: `list.append`, `list.extend`, `list.insert`, ...
    Grow,
    /// Writing a key of a mapping: `dict.__setitem__`, `dict.update`, `dict.pop`, ...
    KeyWrite,
    /// Adding to or removing from a set.
    SetWrite,
    /// Any other operation that changes the object.
    OtherWrite,
    /// An operation that takes the lock without changing the object.
    Read,
}

fn op_family(op: &str) -> OpFamily<'_> {
    if let Some(attr) = op.strip_prefix("attribute store .") {
        return OpFamily::AttributeStore(attr);
    }
    let (owner, method) = op.rsplit_once('.').unwrap_or(("", op));
    match method {
        "append" | "extend" | "insert" | "__iadd__" if owner != "set" => OpFamily::Grow,
        "add" | "discard" | "remove" | "update" | "__ior__" if owner == "set" || owner == "frozenset" => OpFamily::SetWrite,
        "__setitem__" | "__delitem__" | "update" | "setdefault" | "pop" | "popitem" if owner == "dict" => OpFamily::KeyWrite,
        "__setitem__" | "__delitem__" | "pop" | "remove" | "clear" | "sort" | "reverse" | "popitem" | "setdefault"
        | "update" | "add" | "discard" => OpFamily::OtherWrite,
        _ if op.starts_with("attribute delete") => OpFamily::OtherWrite,
        _ => OpFamily::Read,
    }
}

/// The hint for `site`, a site of `report`.
pub fn hint(report: &Report, site: &Site) -> String {
    let share = units::percent_rounded(site.total_wait_ns, report.total_wait_ns());
    let waiters = count(site.threads.len(), "thread");
    let ty = if site.type_name.is_empty() { "object" } else { site.type_name.as_str() };
    let objects = match &site.alloc {
        Some(a) => format!("{ty} allocated at {}", a.file_line()),
        None => format!("{ty} objects"),
    };
    let op = &site.op;
    match site.kind.as_str() {
        "contended" => {
            let family = op_family(op);
            let verb = if family == OpFamily::Read { "locked" } else { "written" };
            let remedy = match family {
                OpFamily::AttributeStore(attr) => {
                    format!("accumulate .{attr} in a local in each thread and store it once at the end")
                }
                OpFamily::Grow => format!("let each thread build its own {ty} and join them after the threads finish"),
                OpFamily::KeyWrite => format!("give each thread its own {ty} and merge them after the threads finish"),
                OpFamily::SetWrite => format!("give each thread its own {ty} and union them after the threads finish"),
                OpFamily::OtherWrite => format!("shard the {ty} per thread or batch the updates"),
                OpFamily::Read => format!("{op} takes the lock: give each thread a copy if the {ty} is read-mostly"),
            };
            format!("{objects} {verb} by {waiters} via {op}: {share} of all wait; {remedy}")
        }
        "revocation" => {
            let objects = match &site.alloc {
                Some(a) => format!("{ty} objects allocated at {}", a.file_line()),
                None => format!("{ty} objects"),
            };
            format!(
                "bias of {objects}{owners} revoked {} by {waiters} at {op}: {share} of all wait; allocate them in the thread that uses them",
                count_u64(site.events, "time"),
                owners = owners_suffix(report, site, " (biased to ", ")"),
            )
        }
        "inflation" => format!(
            "lock of {objects} inflated {} under {op}, longest wait {}: {share} of all wait; the {ty} is contended long enough to park {waiters}: shard it or batch the updates per thread",
            count_u64(site.events, "time"),
            units::duration(site.max_wait_ns),
        ),
        "handshake" => {
            let whom = match others(report, site) {
                Some(o) => o,
                None => "other threads".into(),
            };
            format!(
                "{waiters} waited {} at {op} for {whom} to reach a safepoint: {share} of all wait; {whom} ran long without one (a long native call or a tight loop)",
                count_u64(site.events, "time"),
            )
        }
        "gc_wait" => format!(
            "{waiters} stopped {} for collections in {}: {share} of all wait; allocate less in this loop (reuse objects, pre-size containers)",
            count_u64(site.events, "time"),
            site.location.function,
        ),
        "user_lock" => {
            let lock = match &site.alloc {
                Some(a) => format!("{ty} allocated at {}", a.file_line()),
                None => format!("{ty} acquired at {}", site.location.file_line()),
            };
            let method = op.rsplit_once('.').map(|(_, m)| m).unwrap_or(op);
            let remedy = if ty == "Condition" || method == "wait" {
                "this wait is the time until notify(): hand out more work per notification".to_string()
            } else if ty.contains("Semaphore") {
                format!("the {ty} admits too few threads at once: raise its value if the guarded resource allows")
            } else {
                "shorten the critical section or shard the data it guards".to_string()
            };
            match others(report, site) {
                Some(o) => format!("{lock} held by {o} while {waiters} waited: {share} of all wait; {remedy}"),
                None => format!("{lock}: {waiters} waited {}: {share} of all wait; {remedy}", count_u64(site.events, "time")),
            }
        }
        "gil" if op == crate::contention::SERIAL_OP => format!(
            "{waiters} waited {} for their turn in serial mode{holders}: {share} of all wait, {} of thread time; \
             threads whose conflicts cost them a quarter of their time run one at a time (PYRS_SERIAL_LOG=1 shows when): \
             fix the conflicts ranked here to run in parallel again",
            count_u64(site.events, "time"),
            units::percent_rounded(site.total_wait_ns, report.thread_time_ns()),
            holders = owners_suffix(report, site, " (behind ", ")"),
        ),
        "gil" => format!(
            "{waiters} waited {} for the GIL in {}{holders}: {share} of all wait, {} of thread time; the no-GIL build has no GIL to wait for",
            count_u64(site.events, "time"),
            site.location.function,
            units::percent_rounded(site.total_wait_ns, report.thread_time_ns()),
            holders = owners_suffix(report, site, " (held by ", ")"),
        ),
        kind => format!("{} of kind {kind} at {op} by {waiters}: {share} of all wait", count_u64(site.events, "wait")),
    }
}

/// The threads waited for, as `MainThread`, `Thread-1 and Thread-2`, or `5 threads`.
fn others(report: &Report, site: &Site) -> Option<String> {
    let mut ids = site.other_threads.clone();
    ids.sort_unstable();
    ids.dedup();
    let names: Vec<String> = ids.iter().map(|&t| report.thread_label(t)).collect();
    match names.len() {
        0 => None,
        1 => Some(names[0].clone()),
        2 | 3 => {
            let (last, first) = names.split_last().unwrap();
            Some(format!("{} and {last}", first.join(", ")))
        }
        n => Some(format!("{n} threads")),
    }
}

fn owners_suffix(report: &Report, site: &Site, open: &str, close: &str) -> String {
    others(report, site).map(|o| format!("{open}{o}{close}")).unwrap_or_default()
}

fn count(n: usize, noun: &str) -> String {
    count_u64(n as u64, noun)
}

fn count_u64(n: u64, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operation_families() {
        assert_eq!(op_family("attribute store .count"), OpFamily::AttributeStore("count"));
        assert_eq!(op_family("list.append"), OpFamily::Grow);
        assert_eq!(op_family("dict.__setitem__"), OpFamily::KeyWrite);
        assert_eq!(op_family("set.add"), OpFamily::SetWrite);
        assert_eq!(op_family("list.__setitem__"), OpFamily::OtherWrite);
        assert_eq!(op_family("dict.__getitem__"), OpFamily::Read);
    }
}
