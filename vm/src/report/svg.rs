//! The two inline SVG figures of the HTML report: the bar chart of the top sites by total wait
//! and the per-thread timeline. Hover text comes from SVG `<title>` elements, so the page needs
//! no script.
//!
//! The timeline draws one row per thread: its lifetime as a light band and each event as a
//! mark from `start_ns` of width `wait_ns`, coloured by kind. Events of one kind whose marks
//! touch on screen are merged into one mark (its hover text gives the count), so a run with a
//! hundred thousand events still gives a page of modest size.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::html::escape;
use super::rank::Filter;
use super::schema::{Report, Site};
use super::units;

/// The colour of a site kind (the same in the chart, the table and the timeline).
pub fn kind_colour(kind: &str) -> &'static str {
    match kind {
        "contended" => "#d62728",
        "revocation" => "#ff7f0e",
        "inflation" => "#9467bd",
        "handshake" => "#1f77b4",
        "gc_wait" => "#2ca02c",
        "user_lock" => "#8c564b",
        "gil" => "#e377c2",
        _ => "#17becf",
    }
}

const LABEL_W: f64 = 360.0;
const PLOT_W: f64 = 560.0;
const BAR_H: f64 = 20.0;

/// A horizontal bar chart of `sites` (ranked, the first is the longest bar).
pub fn bar_chart(sites: &[&Site]) -> String {
    let max = sites.iter().map(|s| s.total_wait_ns).max().unwrap_or(0).max(1);
    let h = BAR_H * sites.len() as f64 + 10.0;
    let w = LABEL_W + PLOT_W + 90.0;
    let mut s = format!(r#"<svg class="chart" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-label="total wait per site">"#);
    for (i, site) in sites.iter().enumerate() {
        let y = 5.0 + i as f64 * BAR_H;
        let bw = (site.total_wait_ns as f64 / max as f64 * PLOT_W).max(1.0);
        let label = format!("{}. {} {}", i + 1, site.label(), site.op);
        let _ = write!(
            s,
            r#"<g><title>{}</title><text x="{tx}" y="{ty}" text-anchor="end">{}</text><rect x="{LABEL_W}" y="{ry}" width="{bw:.1}" height="{rh}" fill="{}"/><text x="{vx:.1}" y="{ty}">{}</text></g>"#,
            escape(&format!("{label} ({}): {}, {} events", site.kind, units::duration(site.total_wait_ns), site.events)),
            escape(&shorten(&label, 52)),
            kind_colour(&site.kind),
            units::duration(site.total_wait_ns),
            tx = LABEL_W - 6.0,
            ty = y + 14.0,
            ry = y + 2.0,
            rh = BAR_H - 4.0,
            vx = LABEL_W + bw + 4.0,
        );
    }
    s.push_str("</svg>");
    s
}

/// `s` cut to `n` characters with an ellipsis in the middle, keeping the line number visible.
fn shorten(s: &str, n: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= n {
        return s.to_string();
    }
    let head = n / 3;
    let tail = n - head - 1;
    let mut out: String = chars[..head].iter().collect();
    out.push('…');
    out.extend(&chars[chars.len() - tail..]);
    out
}

const ROW_H: f64 = 22.0;
const NAME_W: f64 = 150.0;
const TIME_W: f64 = 860.0;

/// One merged mark of the timeline.
struct Mark {
    x0: f64,
    x1: f64,
    events: u64,
    wait_ns: u64,
    first: usize,
}

/// The per-thread timeline of the events `filter` keeps.
pub fn timeline(report: &Report, filter: &Filter) -> String {
    let mut rows: Vec<u64> = report.threads.iter().map(|t| t.id).collect();
    for e in &report.events {
        if !rows.contains(&e.thread) {
            rows.push(e.thread);
        }
    }
    let end = report
        .events
        .iter()
        .map(|e| e.start_ns.saturating_add(e.wait_ns))
        .chain(report.threads.iter().map(|t| t.end_ns))
        .chain([report.duration_ns])
        .max()
        .unwrap_or(0)
        .max(1);
    let x = |ns: u64| NAME_W + ns as f64 / end as f64 * TIME_W;
    let h = ROW_H * rows.len() as f64 + 30.0;
    let w = NAME_W + TIME_W + 10.0;
    let sites = report.site_index();
    let mut s = format!(r#"<svg class="timeline" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-label="per-thread timeline">"#);
    for (row, &tid) in rows.iter().enumerate() {
        let y = row as f64 * ROW_H;
        let _ = write!(s, r#"<text x="{}" y="{}" text-anchor="end">{}</text>"#, NAME_W - 6.0, y + 15.0, escape(&report.thread_label(tid)));
        if let Some(t) = report.thread(tid) {
            let _ = write!(
                s,
                r##"<rect class="life" fill="#eee" x="{:.1}" y="{}" width="{:.1}" height="{}"><title>{} (id {tid}): {} to {}</title></rect>"##,
                x(t.start_ns),
                y + 3.0,
                (x(t.end_ns) - x(t.start_ns)).max(1.0),
                ROW_H - 6.0,
                escape(&report.thread_label(tid)),
                units::duration(t.start_ns),
                units::duration(t.end_ns),
            );
        }
        // Marks per kind, in a stable order, merged where they touch on screen.
        let mut by_kind: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, e) in report.events.iter().enumerate() {
            if e.thread != tid {
                continue;
            }
            if let Some(&site) = sites.get(&e.site).filter(|site| filter.keeps(site)) {
                by_kind.entry(site.kind.as_str()).or_default().push(i);
            }
        }
        for (kind, mut idx) in by_kind {
            idx.sort_by_key(|&i| (report.events[i].start_ns, i));
            let mut marks: Vec<Mark> = Vec::new();
            for i in idx {
                let e = &report.events[i];
                let x0 = x(e.start_ns);
                let x1 = x(e.start_ns.saturating_add(e.wait_ns)).max(x0 + 1.0);
                match marks.last_mut() {
                    Some(m) if x0 <= m.x1 + 0.5 => {
                        m.x1 = m.x1.max(x1);
                        m.events += 1;
                        m.wait_ns = m.wait_ns.saturating_add(e.wait_ns);
                    }
                    _ => marks.push(Mark { x0, x1, events: 1, wait_ns: e.wait_ns, first: i }),
                }
            }
            for m in marks {
                let _ = write!(
                    s,
                    r#"<rect x="{:.2}" y="{}" width="{:.2}" height="{}" fill="{}"><title>{}</title></rect>"#,
                    m.x0,
                    y + 5.0,
                    m.x1 - m.x0,
                    ROW_H - 10.0,
                    kind_colour(kind),
                    escape(&mark_title(report, sites[&report.events[m.first].site], &m, kind)),
                );
            }
        }
    }
    // Time axis: five ticks.
    let axis_y = rows.len() as f64 * ROW_H + 4.0;
    let _ = write!(s, r##"<line x1="{NAME_W}" y1="{axis_y}" x2="{}" y2="{axis_y}" stroke="#888"/>"##, NAME_W + TIME_W);
    for k in 0..=4u64 {
        let ns = end / 4 * k;
        let anchor = if k == 4 { "end" } else if k == 0 { "start" } else { "middle" };
        let _ = write!(s, r#"<text x="{:.1}" y="{}" text-anchor="{anchor}">{}</text>"#, x(ns), axis_y + 16.0, units::duration(ns));
    }
    s.push_str("</svg>");
    s
}

/// The hover text of a mark; `site` is the site of its first event.
fn mark_title(report: &Report, site: &Site, m: &Mark, kind: &str) -> String {
    let e = &report.events[m.first];
    if m.events == 1 {
        let other = e.other_thread.map(|o| format!(", waited for {}", report.thread_label(o))).unwrap_or_default();
        format!(
            "{} ({kind}) at {}: waited {} from {}{other}",
            site.op,
            site.label(),
            units::duration(e.wait_ns),
            units::duration(e.start_ns)
        )
    } else {
        format!("{} {kind} events from {}, total wait {}; first: {} at {}", m.events, units::duration(e.start_ns), units::duration(m.wait_ns), site.op, site.label())
    }
}
