//! `pyrs-nogil report`: the reading side of contention reports.
//!
//! `pyrs-nogil --contention-report FILE.json script.py` records every wait a thread spends on
//! another (contended object locks, bias revocations, lock inflation, safepoint handshakes,
//! collections, user locks, and in the GIL build the GIL) and writes them, aggregated by site,
//! as JSON. The format is documented, with its versioning rules, in `docs/contention-report.md`.
//! This module reads such files and turns them into something a person can act on:
//!
//! ```text
//! pyrs-nogil report FILE.json [--top N] [--kind KIND]    ranked table + hints for the top sites
//!                  [--html OUT.html]                     self-contained page: chart, table, timeline
//!                  [--chrome-trace OUT.json]             trace events for Perfetto / chrome://tracing
//! pyrs-nogil report --diff BEFORE.json AFTER.json        what a fix removed, what now ranks first
//! ```
//!
//! Exit status follows CPython's tools: 0 on success, 2 with a usage line for bad arguments,
//! 1 with one error line for a file that cannot be read, is not JSON, is not a contention
//! report or has an unsupported major version, or an output that cannot be written.
//!
//! Module map: `schema` (serde types, loading and version check), `rank` (the deterministic
//! order and the kind filter), `units` (ns/µs/ms/s and percentages), `grid` (aligned text
//! columns), `table` (the text report), `hints` (one-line hints derived from a site's data),
//! `html` and `svg` (the HTML page and its chart and timeline), `trace` (Chrome trace
//! events), `diff` (comparing two runs).

pub mod diff;
pub mod grid;
pub mod hints;
pub mod html;
pub mod rank;
pub mod schema;
pub mod svg;
pub mod table;
pub mod trace;
pub mod units;

use std::io::Write;

use rank::Filter;

const USAGE: &str = "usage: pyrs-nogil report [-h] [--top N] [--kind KIND] [--html OUT.html] [--chrome-trace OUT.json] FILE.json
       pyrs-nogil report --diff [--top N] [--kind KIND] BEFORE.json AFTER.json";

const HELP: &str = "
Read a contention report written by `pyrs-nogil --contention-report FILE.json script.py`.

positional arguments:
  FILE.json               the report to read

options:
  -h, --help              show this help message and exit
  --top N                 show the N sites with the most total wait (default 20, 0 for all)
  --kind KIND             only sites of this kind (repeatable or comma-separated): contended,
                          revocation, inflation, handshake, gc_wait, user_lock, gil
  --html OUT.html         also write a self-contained HTML page (chart, table, timeline)
  --chrome-trace OUT.json also write Chrome trace events (Perfetto, chrome://tracing)
  --diff                  compare two reports, BEFORE.json and AFTER.json
";

/// Parsed command line of `pyrs-nogil report`.
#[derive(Debug, Default)]
struct Options {
    top: usize,
    filter: Filter,
    html: Option<String>,
    chrome_trace: Option<String>,
    diff: bool,
    files: Vec<String>,
}

/// What went wrong, with the exit status it calls for.
enum Failure {
    /// Bad arguments: usage line, exit 2.
    Usage(String),
    /// Unreadable or invalid input, or an unwritable output: exit 1.
    Error(String),
}

/// Run `pyrs-nogil report` with `args` (the arguments after `report`); returns the exit status.
pub fn main(args: &[String]) -> i32 {
    let result = parse_args(args).and_then(|o| match o {
        None => {
            write_stdout(&format!("{USAGE}\n{HELP}"));
            Ok(())
        }
        Some(o) => run(&o),
    });
    match result {
        Ok(()) => 0,
        Err(Failure::Usage(msg)) => {
            eprintln!("{USAGE}\npyrs-nogil report: error: {msg}");
            2
        }
        Err(Failure::Error(msg)) => {
            eprintln!("pyrs-nogil report: error: {msg}");
            1
        }
    }
}

/// `None` means help was asked for.
fn parse_args(args: &[String]) -> Result<Option<Options>, Failure> {
    let mut o = Options { top: 20, ..Options::default() };
    let mut i = 0;
    let mut only_files = false;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if only_files || !arg.starts_with('-') || arg == "-" {
            o.files.push(arg.clone());
            continue;
        }
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = || -> Result<String, Failure> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            let v = args.get(i).ok_or_else(|| Failure::Usage(format!("argument {name}: expected one argument")))?;
            i += 1;
            Ok(v.clone())
        };
        match name {
            "-h" | "--help" => return Ok(None),
            "--" => only_files = true,
            "--diff" => o.diff = true,
            "--top" => {
                let v = value()?;
                o.top = v.parse().map_err(|_| Failure::Usage(format!("argument --top: invalid count: '{v}'")))?;
            }
            "--kind" => {
                for k in value()?.split(',').filter(|k| !k.is_empty()) {
                    if !schema::KINDS.contains(&k) {
                        return Err(Failure::Usage(format!(
                            "argument --kind: invalid choice: '{k}' (choose from {})",
                            schema::KINDS.join(", ")
                        )));
                    }
                    o.filter.kinds.push(k.to_string());
                }
            }
            "--html" => o.html = Some(value()?),
            "--chrome-trace" => o.chrome_trace = Some(value()?),
            _ => return Err(Failure::Usage(format!("unrecognized argument: {arg}"))),
        }
    }
    let wanted = if o.diff { 2 } else { 1 };
    if o.files.len() < wanted {
        let names = if o.diff { "BEFORE.json, AFTER.json" } else { "FILE.json" };
        return Err(Failure::Usage(format!("the following arguments are required: {names}")));
    }
    if o.files.len() > wanted {
        return Err(Failure::Usage(format!("unrecognized arguments: {}", o.files[wanted..].join(" "))));
    }
    if o.diff && (o.html.is_some() || o.chrome_trace.is_some()) {
        return Err(Failure::Usage("--html and --chrome-trace do not apply to --diff".into()));
    }
    Ok(Some(o))
}

fn run(o: &Options) -> Result<(), Failure> {
    if o.diff {
        let before = schema::load(&o.files[0]).map_err(Failure::Error)?;
        let after = schema::load(&o.files[1]).map_err(Failure::Error)?;
        write_stdout(&diff::render(&before, &after, &o.files[0], &o.files[1], &o.filter, o.top));
        return Ok(());
    }
    let report = schema::load(&o.files[0]).map_err(Failure::Error)?;
    let ranked = rank::ranked(&report, &o.filter);
    let matching = ranked.len();
    let top = rank::take_top(ranked, o.top);
    if let Some(path) = &o.html {
        write_file(path, &html::page(&report, &top, matching, &o.filter))?;
    }
    if let Some(path) = &o.chrome_trace {
        let trace = trace::chrome_trace(&report, &o.filter);
        let text = serde_json::to_string(&trace).map_err(|e| Failure::Error(format!("can't encode the trace: {e}")))?;
        write_file(path, &text)?;
    }
    write_stdout(&table::render(&report, &top, matching));
    Ok(())
}

fn write_file(path: &str, text: &str) -> Result<(), Failure> {
    std::fs::write(path, text).map_err(|e| Failure::Error(format!("can't write '{path}': {}", schema::io_reason(&e))))
}

/// Print to stdout; a closed pipe (`report FILE | head`) is not an error.
fn write_stdout(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}
