//! The HTML report (`--html OUT.html`): one self-contained page with inline CSS and inline SVG,
//! no script and no external resource. Sections: summary, bar chart of the top sites by total
//! wait, the ranked table (with each site's stack, allocation site and hint), and the
//! per-thread timeline.

use std::fmt::Write;

use super::hints;
use super::rank::Filter;
use super::schema::{Location, Report, Site};
use super::svg;
use super::table::HINTED_SITES;
use super::units;

const STYLE: &str = "body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}
table{border-collapse:collapse}th,td{padding:3px 8px;border-bottom:1px solid #ddd;vertical-align:top;text-align:left}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
code,.site{font-family:ui-monospace,monospace;font-size:13px}
.hint{color:#444;font-style:italic}ol.stack{margin:0;padding-left:1.4em}
.swatch{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px;vertical-align:middle}
svg text{font:12px ui-monospace,monospace;fill:#222}svg .life{fill:#eee}
.note{color:#8a5300}";

/// Escape text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The whole page for `report`: `sites` are the ranked sites to chart and list (already
/// filtered and cut to the top N of `shown_of` that the filter keeps); the timeline shows every
/// event `filter` keeps.
pub fn page(report: &Report, sites: &[&Site], shown_of: usize, filter: &Filter) -> String {
    let mut h = String::new();
    let cmd = report.command_line();
    let title = if cmd.is_empty() { "contention report".to_string() } else { format!("contention report: {cmd}") };
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body>\n",
        escape(&title)
    );
    let _ = writeln!(h, "<h1>{}</h1>", escape(&title));
    summary(&mut h, report, sites.len(), shown_of, filter);
    if sites.is_empty() {
        h.push_str("<p>No site to show.</p>\n");
    } else {
        let _ = writeln!(h, "<h2 id=\"chart\">Top sites by total wait</h2>\n{}", svg::bar_chart(sites));
        legend(&mut h, report);
        h.push_str("<h2 id=\"sites\">Ranked sites</h2>\n");
        site_table(&mut h, report, sites);
    }
    h.push_str("<h2 id=\"timeline\">Per-thread timeline</h2>\n");
    if report.events_dropped > 0 {
        let _ = writeln!(
            h,
            "<p class=\"note\">The recorder kept {} events and dropped {}: the timeline is incomplete, the site totals are not.</p>",
            report.events.len(),
            report.events_dropped
        );
    }
    let _ = writeln!(h, "{}", svg::timeline(report, filter));
    legend(&mut h, report);
    h.push_str("</body></html>\n");
    h
}

fn summary(h: &mut String, report: &Report, shown: usize, shown_of: usize, filter: &Filter) {
    let wait = report.total_wait_ns();
    let events = report.total_events();
    let _ = writeln!(
        h,
        "<p id=\"summary\">{} build. Run time {}, {} threads (thread time {}), {} sites, {} events, total wait {} ({} of thread time).</p>",
        escape(&report.build),
        units::duration(report.duration_ns),
        report.threads.len(),
        units::duration(report.thread_time_ns()),
        report.sites.len(),
        events,
        units::duration(wait),
        units::percent(wait, report.thread_time_ns()),
    );
    let kinds = if filter.kinds.is_empty() { String::new() } else { format!(" of kind {}", filter.kinds.join(", ")) };
    if shown < shown_of || !kinds.is_empty() {
        let _ = writeln!(h, "<p>Showing the top {shown} of {shown_of} sites{}.</p>", escape(&kinds));
    }
}

/// Colour swatches for the kinds that occur in the report.
fn legend(h: &mut String, report: &Report) {
    let mut kinds: Vec<&str> = report.sites.iter().map(|s| s.kind.as_str()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    h.push_str("<p class=\"legend\">");
    for k in kinds {
        let _ = write!(h, "<span class=\"swatch\" style=\"background:{}\"></span>{}", svg::kind_colour(k), escape(k));
    }
    h.push_str("</p>\n");
}

fn site_table(h: &mut String, report: &Report, sites: &[&Site]) {
    h.push_str(
        "<table id=\"site-table\"><thead><tr><th class=\"num\">rank</th><th>site</th><th>operation</th><th>type</th>\
         <th>kind</th><th class=\"num\">threads</th><th class=\"num\">events</th><th class=\"num\">total wait</th>\
         <th class=\"num\">max wait</th><th class=\"num\">share</th><th>stack</th><th>allocated at</th></tr></thead><tbody>\n",
    );
    let thread_time = report.thread_time_ns();
    for (i, s) in sites.iter().enumerate() {
        let _ = writeln!(
            h,
            "<tr class=\"site-row\"><td class=\"num\">{}</td><td class=\"site\">{}</td><td><code>{}</code></td><td>{}</td>\
             <td><span class=\"swatch\" style=\"background:{}\"></span>{}</td><td class=\"num\" title=\"{}\">{}</td>\
             <td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td><td class=\"site\">{}</td></tr>",
            i + 1,
            escape(&s.label()),
            escape(&s.op),
            escape(if s.type_name.is_empty() { "-" } else { &s.type_name }),
            svg::kind_colour(&s.kind),
            escape(&s.kind),
            escape(&thread_list(report, s)),
            s.threads_involved(),
            s.events,
            units::duration(s.total_wait_ns),
            units::duration(s.max_wait_ns),
            units::percent(s.total_wait_ns, thread_time),
            stack(&s.stack),
            s.alloc.as_ref().map(|a| escape(&a.to_string())).unwrap_or_else(|| "unknown".into()),
        );
        if i < HINTED_SITES {
            let _ = writeln!(h, "<tr><td></td><td colspan=\"11\" class=\"hint\">{}</td></tr>", escape(&hints::hint(report, s)));
        }
    }
    h.push_str("</tbody></table>\n");
}

fn stack(frames: &[Location]) -> String {
    if frames.is_empty() {
        return String::new();
    }
    let mut s = String::from("<ol class=\"stack\">");
    for f in frames {
        let _ = write!(s, "<li class=\"site\">{}</li>", escape(&f.to_string()));
    }
    s.push_str("</ol>");
    s
}

/// Hover text for the threads column: who waited and who was waited for.
fn thread_list(report: &Report, s: &Site) -> String {
    let names = |ids: &[u64]| ids.iter().map(|&t| report.thread_label(t)).collect::<Vec<_>>().join(", ");
    if s.other_threads.is_empty() {
        format!("waited: {}", names(&s.threads))
    } else {
        format!("waited: {}; waited for: {}", names(&s.threads), names(&s.other_threads))
    }
}
