//! `pyrs-nogil report`: the reading side of contention reports, run as the real binary on the
//! hand-written reports in `tests/report-fixtures/`.
//!
//! - `basic.json`: ten sites of every nogil kind, listed out of order, with ties on total wait
//!   (then events decide), on total wait and events (then file, line, operation, kind decide).
//! - `gil.json`: a GIL-build report. `before.json`/`after.json`: one fix, for `--diff`.
//! - `empty.json`, and broken files: `truncated.json`, `version2.json`, `wrong-schema.json`,
//!   `unknown-site.json`, `negative-wait.json`.

use std::path::PathBuf;
use std::process::{Command, Output};

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/report-fixtures").join(name).to_string_lossy().into_owned()
}

fn tmp(name: &str) -> String {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("report-{}-{name}", std::process::id())).to_string_lossy().into_owned()
}

fn report(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pyrs-nogil")).arg("report").args(args).output().expect("run pyrs-nogil")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// Run and expect exit status 0; returns stdout.
fn ok(args: &[&str]) -> String {
    let o = report(args);
    assert_eq!(o.status.code(), Some(0), "report {args:?} failed: {}", stderr(&o));
    stdout(&o)
}

/// The table rows of a text report as (site, operation, kind).
fn rows(text: &str) -> Vec<(String, String, String)> {
    let mut lines = text.lines().skip_while(|l| !l.starts_with("rank")).skip(1);
    let mut out = Vec::new();
    for l in lines.by_ref() {
        if l.is_empty() {
            break;
        }
        // Columns are two or more spaces apart; a site is "file:line function" (one space).
        let cols: Vec<&str> = l.split("  ").map(str::trim).filter(|c| !c.is_empty()).collect();
        out.push((cols[1].to_string(), cols[2].to_string(), cols[4].to_string()));
    }
    out
}

fn hints(text: &str) -> Vec<String> {
    text.lines().skip_while(|l| *l != "hints:").skip(1).map(|l| l.trim().to_string()).collect()
}

const BASIC_ORDER: [(&str, &str, &str); 10] = [
    ("hot_dict.py:14 worker", "dict.__setitem__", "contended"),
    ("counter.py:12 worker", "Lock.acquire", "user_lock"),
    // 5 ms each: more events first.
    ("shared.py:20 fill", "list.append", "revocation"),
    ("attr.py:9 bump", "attribute store .count", "contended"),
    ("alloc.py:40 churn", "collection", "gc_wait"),
    // 1 ms and 7 events each: file decides.
    ("a.py:7 g", "list.append", "inflation"),
    ("b.py:5 f", "safepoint", "handshake"),
    // Same file and line: operation decides, then kind.
    ("c.py:3 h", "list.append", "contended"),
    ("c.py:3 h", "list.append", "revocation"),
    ("c.py:3 h", "list.extend", "contended"),
];

#[test]
fn ranks_by_total_wait_then_events_then_stable_key() {
    let out = ok(&[&fixture("basic.json")]);
    let got = rows(&out);
    let want: Vec<_> = BASIC_ORDER.iter().map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())).collect();
    assert_eq!(got, want, "{out}");
    let first = out.lines().find(|l| l.trim_start().starts_with("1  ")).unwrap();
    for cell in ["dict", "400", "40.0 ms", "900 µs", "10.8%"] {
        assert!(first.contains(cell), "row 1 lacks {cell}: {first}");
    }
    assert!(out.contains("run 100 ms, 4 threads (thread time 370 ms), 10 sites, 729 events, total wait 76.5 ms"), "{out}");
    assert!(out.contains("12 events kept, 3 dropped"), "{out}");
}

#[test]
fn ranking_ignores_the_order_of_sites_in_the_file() {
    let text = std::fs::read_to_string(fixture("basic.json")).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let expected = ok(&[&fixture("basic.json")]);
    let sites = json["sites"].as_array().unwrap().clone();
    for rotation in 0..sites.len() {
        let mut permuted = sites.clone();
        permuted.rotate_left(rotation);
        if rotation % 2 == 1 {
            permuted.reverse();
        }
        json["sites"] = serde_json::Value::Array(permuted);
        let path = tmp(&format!("perm{rotation}.json"));
        std::fs::write(&path, serde_json::to_string(&json).unwrap()).unwrap();
        assert_eq!(ok(&[&path]), expected, "rotation {rotation}");
        std::fs::remove_file(&path).unwrap();
    }
}

#[test]
fn top_and_kind_filters() {
    let out = ok(&["--top", "2", &fixture("basic.json")]);
    assert_eq!(rows(&out).len(), 2);
    assert!(out.contains("showing the top 2 of 10 sites"), "{out}");
    assert_eq!(hints(&out).len(), 2);

    let out = ok(&["--kind", "revocation", &fixture("basic.json")]);
    let got: Vec<_> = rows(&out).into_iter().map(|r| (r.0, r.2)).collect();
    assert_eq!(got, [("shared.py:20 fill".to_string(), "revocation".to_string()), ("c.py:3 h".into(), "revocation".into())]);

    // Repeated and comma-separated kinds, and --opt=value, combine.
    let out = ok(&["--kind=gc_wait,handshake", "--kind", "inflation", "--top=0", &fixture("basic.json")]);
    let kinds: Vec<_> = rows(&out).into_iter().map(|r| r.2).collect();
    assert_eq!(kinds, ["gc_wait", "inflation", "handshake"]);

    let out = ok(&["--kind", "gil", &fixture("basic.json")]);
    assert!(out.contains("no site matches the filter"), "{out}");
    let out = ok(&[&fixture("empty.json")]);
    assert!(out.contains("no contention recorded"), "{out}");
}

#[test]
fn hints_are_derived_from_the_data() {
    let out = ok(&[&fixture("basic.json")]);
    let h = hints(&out);
    assert_eq!(h.len(), 5, "{out}");
    let want = [
        "1. dict allocated at hot_dict.py:3 written by 3 threads via dict.__setitem__: 52% of all wait;",
        "2. lock allocated at counter.py:5 held by Thread-3 while 2 threads waited: 26% of all wait;",
        "3. bias of list objects allocated at shared.py:8 (biased to Thread-1) revoked 120 times by 2 threads at list.append: 7% of all wait;",
        "4. Counter objects written by 2 threads via attribute store .count: 7% of all wait; accumulate .count in a local",
        "5. 4 threads stopped 10 times for collections in churn: 4% of all wait;",
    ];
    for (got, want) in h.iter().zip(want) {
        assert!(got.starts_with(want), "hint\n  {got}\ndoes not start with\n  {want}");
    }
    let gil = ok(&[&fixture("gil.json")]);
    assert!(gil.contains("contention report (gil build): parallel_sum.py"), "{gil}");
    assert!(
        hints(&gil)[1].starts_with("2. 2 threads waited 300 times for the GIL in partial_sum (held by Thread-1 and Thread-2): 43% of all wait, 21% of thread time;"),
        "{gil}"
    );
}

#[test]
fn html_page_is_self_contained_with_chart_table_and_timeline() {
    let path = tmp("page.html");
    ok(&["--html", &path, "--top", "4", &fixture("basic.json")]);
    let page = std::fs::read_to_string(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<style>") && page.trim_end().ends_with("</html>"));
    for forbidden in ["<script", "http://", "https://", "<link", "@import", "src="] {
        assert!(!page.contains(forbidden), "page contains {forbidden}");
    }
    // Summary, bar chart with one bar per shown site, table, timeline with one row per thread.
    assert!(page.contains("id=\"summary\"") && page.contains("Showing the top 4 of 10 sites."));
    let chart = &page[page.find("<svg class=\"chart\"").unwrap()..];
    let chart = &chart[..chart.find("</svg>").unwrap()];
    assert_eq!(chart.matches("<rect").count(), 4);
    assert!(chart.contains("1. hot_dict.py:14 worker dict.__setitem__"));
    let table = &page[page.find("id=\"site-table\"").unwrap()..];
    let table = &table[..table.find("</table>").unwrap()];
    assert_eq!(table.matches("<tr class=\"site-row\">").count(), 4, "one row per shown site");
    assert!(table.contains("hot_dict.py:30 run"), "stack frames are listed");
    assert!(table.contains("hot_dict.py:3 &lt;module&gt;"), "allocation site, escaped");
    assert!(table.contains("class=\"hint\">dict allocated at hot_dict.py:3 written by 3 threads"));
    let timeline = &page[page.find("<svg class=\"timeline\"").unwrap()..];
    let timeline = &timeline[..timeline.find("</svg>").unwrap()];
    for name in ["MainThread", "Thread-1", "Thread-2", "Thread-3"] {
        assert!(timeline.contains(&format!(">{name}</text>")), "timeline row for {name}");
    }
    assert_eq!(timeline.matches("class=\"life\"").count(), 4);
    // Event marks are coloured by kind: contended red, user_lock brown, gc_wait green.
    for colour in ["#d62728", "#8c564b", "#2ca02c"] {
        assert!(timeline.contains(&format!("fill=\"{colour}\"")), "timeline mark {colour}");
    }
    assert!(page.contains("dropped 3"), "the page says the timeline is incomplete");
}

#[test]
fn chrome_trace_has_thread_names_and_one_complete_event_per_event() {
    let path = tmp("trace.json");
    ok(&["--chrome-trace", &path, &fixture("basic.json")]);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    let trace: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let events = trace["traceEvents"].as_array().expect("traceEvents array");
    let names: Vec<(u64, &str)> = events
        .iter()
        .filter(|e| e["ph"] == "M" && e["name"] == "thread_name")
        .map(|e| (e["tid"].as_u64().unwrap(), e["args"]["name"].as_str().unwrap()))
        .collect();
    assert_eq!(names, [(1, "MainThread"), (2, "Thread-1"), (3, "Thread-2"), (4, "Thread-3")]);
    let complete: Vec<&serde_json::Value> = events.iter().filter(|e| e["ph"] == "X").collect();
    assert_eq!(complete.len(), 12);
    let first = complete[0];
    assert_eq!(first["name"], "dict.__setitem__");
    assert_eq!(first["cat"], "contended");
    assert_eq!(first["tid"], 2);
    assert_eq!(first["ts"].as_f64(), Some(10100.0), "µs");
    assert_eq!(first["dur"].as_f64(), Some(800.0), "µs");
    assert_eq!(first["args"]["site"], "hot_dict.py:14 worker");
    assert_eq!(first["args"]["type"], "dict");
    assert_eq!(first["args"]["other_thread"], 3);
    let gc = complete.iter().find(|e| e["cat"] == "gc_wait").unwrap();
    assert!(gc["args"]["other_thread"].is_null());
    for e in &complete {
        assert!(e["pid"].is_u64() && e["ts"].is_number() && e["dur"].is_number());
    }

    ok(&["--chrome-trace", &path, "--kind", "user_lock", &fixture("basic.json")]);
    let trace: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    std::fs::remove_file(&path).unwrap();
    let cats: Vec<&str> = trace["traceEvents"].as_array().unwrap().iter().filter(|e| e["ph"] == "X").map(|e| e["cat"].as_str().unwrap()).collect();
    assert_eq!(cats, ["user_lock", "user_lock"]);
}

#[test]
fn diff_shows_what_a_fix_removed_and_what_ranks_first_now() {
    let out = ok(&["--diff", &fixture("before.json"), &fixture("after.json")]);
    assert!(out.contains("total wait: 66.0 ms before, 23.3 ms after (-64.7%); events: 560 before, 134 after; sites: 4 before, 4 after"), "{out}");
    assert!(out.contains("ranked first before: hot_dict.py:14 worker  dict.__setitem__ (dict, contended)  40.0 ms"), "{out}");
    assert!(out.contains("ranked first now:    counter.py:12 worker  Lock.acquire (lock, user_lock)  18.0 ms"), "{out}");
    let section = |title: &str| -> Vec<String> {
        out.lines().skip_while(|l| !l.starts_with(title)).skip(2).take_while(|l| !l.is_empty()).map(String::from).collect()
    };
    let both = section("sites in both runs: 3");
    assert_eq!(both.len(), 3, "{out}");
    assert!(both[0].starts_with("counter.py:12 worker") && both[0].contains("20.0 ms") && both[0].ends_with("2 -> 1"));
    // The two before-sites at shared.py:20 (different stacks) merge: 30 events, 3 ms.
    assert!(both[1].starts_with("shared.py:20 fill") && both[1].contains("3.00 ms") && both[1].contains("-66.7%"));
    assert!(both[1].contains(" 30 ") && both[1].contains(" 8 "), "{}", both[1]);
    let removed = section("sites removed (only before): 1");
    assert!(removed.len() == 1 && removed[0].starts_with("hot_dict.py:14 worker  dict.__setitem__"), "{out}");
    let new = section("sites new (only after): 1");
    assert!(new.len() == 1 && new[0].starts_with("hot_dict.py:22 merge"), "{out}");

    // Diffing a report with itself changes nothing.
    let same = ok(&["--diff", &fixture("basic.json"), &fixture("basic.json")]);
    assert!(same.contains("(+0.0%)") && same.contains("(still first)"), "{same}");
    assert!(same.contains("sites removed (only before): 0") && same.contains("sites new (only after): 0"));
}

#[test]
fn broken_reports_fail_with_one_error_line_and_status_1() {
    let cases = [
        ("missing.json", "can't open"),
        ("truncated.json", "not valid JSON"),
        ("version2.json", "unsupported contention-report version 2: this pyrs-nogil reads version 1"),
        ("wrong-schema.json", "not a contention report"),
        ("unknown-site.json", "names site 99"),
        ("negative-wait.json", "invalid contention report"),
    ];
    for (file, message) in cases {
        let o = report(&[&fixture(file)]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{file}: {err}");
        assert!(err.starts_with("pyrs-nogil report: error: ") && err.contains(message), "{file}: {err}");
        assert_eq!(err.lines().count(), 1, "{file}: {err}");
        assert!(!err.contains("panicked") && stdout(&o).is_empty(), "{file}");
    }
    let o = report(&["--diff", &fixture("basic.json"), &fixture("version2.json")]);
    assert_eq!(o.status.code(), Some(1));
    // An output that cannot be written.
    let o = report(&["--html", "/nonexistent-dir/x.html", &fixture("basic.json")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("can't write '/nonexistent-dir/x.html'"));
}

#[test]
fn bad_arguments_print_usage_and_status_2() {
    let f = fixture("basic.json");
    let cases: [&[&str]; 9] = [
        &[],
        &["--top"],
        &["--top", "many", &f],
        &["--top", "-1", &f],
        &["--kind", "deadlock", &f],
        &["--frobnicate", &f],
        &[&f, &f],
        &["--diff", &f],
        &["--diff", "--html", "x.html", &f, &f],
    ];
    for args in cases {
        let o = report(args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with("usage: pyrs-nogil report"), "{args:?}: {err}");
        assert!(err.contains("pyrs-nogil report: error: ") && !err.contains("panicked"), "{args:?}: {err}");
    }
    let help = ok(&["--help"]);
    assert!(help.starts_with("usage: pyrs-nogil report") && help.contains("--chrome-trace"));
}

#[test]
fn library_ranking_is_a_total_order() {
    use vm::report::{rank, schema};
    let report = schema::load(&fixture("basic.json")).unwrap();
    let ranked = rank::ranked(&report, &rank::Filter::default());
    for (i, a) in ranked.iter().enumerate() {
        for (j, b) in ranked.iter().enumerate() {
            assert_eq!(rank::rank_order(a, b), i.cmp(&j), "sites {} and {}", a.id, b.id);
        }
    }
}

#[test]
fn extreme_values_do_not_panic() {
    // Every number at u64::MAX: sums saturate, percentages and scales stay finite.
    let text = std::fs::read_to_string(fixture("basic.json")).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    fn maximise(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Number(_) => *v = serde_json::json!(u64::MAX),
            serde_json::Value::Array(a) => a.iter_mut().for_each(maximise),
            serde_json::Value::Object(o) => {
                for (k, x) in o.iter_mut() {
                    if !matches!(k.as_str(), "version" | "id" | "site") {
                        maximise(x);
                    }
                }
            }
            _ => {}
        }
    }
    maximise(&mut json);
    let path = tmp("max.json");
    std::fs::write(&path, serde_json::to_string(&json).unwrap()).unwrap();
    let (html, trace) = (tmp("max.html"), tmp("max-trace.json"));
    let out = ok(&["--top", "0", "--html", &html, "--chrome-trace", &trace, &path]);
    assert_eq!(rows(&out).len(), 10);
    ok(&["--diff", &path, &fixture("basic.json")]);
    ok(&["--diff", &path, &path]);
    for p in [path, html, trace] {
        std::fs::remove_file(p).unwrap();
    }
}

#[test]
fn schema_types_round_trip_for_a_writer() {
    use vm::report::schema::{self, Location, Report, Site};
    let here = Location { file: "x.py".into(), line: 12, function: "worker".into() };
    let built = Report {
        schema: schema::SCHEMA_NAME.into(),
        version: schema::SCHEMA_VERSION,
        build: "nogil".into(),
        duration_ns: 10,
        sites: vec![Site {
            id: 0,
            kind: "contended".into(),
            op: "list.append".into(),
            type_name: "list".into(),
            location: here.clone(),
            stack: vec![here],
            alloc: None,
            threads: vec![2],
            other_threads: vec![],
            events: 1,
            total_wait_ns: 5,
            max_wait_ns: 5,
        }],
        ..Default::default()
    };
    let text = serde_json::to_string(&built).unwrap();
    assert!(text.contains(r#""type":"list""#) && text.contains(r#""alloc":null"#), "{text}");
    let read = schema::parse(text.as_bytes()).unwrap();
    assert_eq!(read.site(0).unwrap().op, "list.append");
    assert_eq!(built.site(0).unwrap().op, "list.append", "lookup works on a report built by hand");
}
