//! The SVG figures, drawn with plotters' SVG backend from results.json:
//!
//! - `speedup.svg`: one panel per benchmark, speedup (time at 1 thread / time at N threads)
//!   against N for every runtime, with the ideal line and the machine's core count;
//! - `relative_time.svg`: one panel per thread count, a horizontal bar per (benchmark,
//!   runtime) from 1 to the runtime's time over CPython's time (log scale).

use crate::results::Results;
use crate::runtime::{CPYTHON, GIL, NOGIL, NOGIL_PROCS, PYPY};
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::error::Error;
use std::path::Path;

type Draw<'a> = DrawingArea<SVGBackend<'a>, Shift>;

const FONT: &str = "sans-serif";

fn color(label: &str) -> RGBColor {
    match label {
        NOGIL => RGBColor(31, 119, 180),
        GIL => RGBColor(214, 39, 40),
        CPYTHON => RGBColor(44, 160, 44),
        PYPY => RGBColor(148, 103, 189),
        NOGIL_PROCS => RGBColor(127, 127, 127),
        _ => RGBColor(90, 90, 90),
    }
}

/// Writes both figures into `dir`.
pub fn write_all(r: &Results, dir: &Path) -> Result<(), Box<dyn Error>> {
    speedup(r, &dir.join("speedup.svg"))?;
    relative_time(r, &dir.join("relative_time.svg"))?;
    Ok(())
}

/// A row of colour keys across the top of a figure.
/// `extra` adds keys for reference lines: (text, style, solid?) — solid or dotted.
fn legend(area: &Draw, labels: &[&str], extra: &[(&str, ShapeStyle, bool)]) -> Result<(), Box<dyn Error>> {
    let mut x = 10;
    let y = 20;
    let font = (FONT, 15).into_font();
    for &l in labels {
        let c = color(l);
        area.draw(&PathElement::new(vec![(x, y), (x + 24, y)], c.stroke_width(3)))?;
        area.draw(&Circle::new((x + 12, y), 3, c.filled()))?;
        area.draw(&Text::new(l.to_string(), (x + 30, y - 8), font.clone()))?;
        x += 40 + 9 * l.len() as i32;
    }
    for (text, style, solid) in extra {
        if *solid {
            area.draw(&PathElement::new(vec![(x, y), (x + 24, y)], *style))?;
        } else {
            area.draw(&DashedPathElement::new(vec![(x, y), (x + 24, y)], 1, 3, *style))?;
        }
        area.draw(&Text::new(text.to_string(), (x + 30, y - 8), font.clone()))?;
        x += 40 + 8 * text.len() as i32;
    }
    Ok(())
}

pub fn speedup(r: &Results, path: &Path) -> Result<(), Box<dyn Error>> {
    let labels = r.labels();
    let n = r.benchmarks.len().max(1);
    let cols = 4.min(n);
    let rows = n.div_ceil(cols);
    let (width, height) = (300 * cols as u32, 40 + 240 * rows as u32);
    let root = SVGBackend::new(path, (width, height)).into_drawing_area();
    root.fill(&WHITE)?;
    let (top, body) = root.split_vertically(40);
    let max_threads = r.threads.iter().copied().max().unwrap_or(1) as f64;
    let cores = r.host.cpus as f64;
    legend(
        &top,
        &labels,
        &[
            ("ideal", BLACK.mix(0.35).stroke_width(1), true),
            (&format!("{} cores", r.host.cpus), BLACK.mix(0.6).stroke_width(1), false),
        ],
    )?;
    for (panel, bench) in body.split_evenly((rows, cols)).iter().zip(&r.benchmarks) {
        let series: Vec<(&str, Vec<(f64, f64)>)> = labels
            .iter()
            .map(|&l| {
                let points = r
                    .threads
                    .iter()
                    .filter_map(|&t| Some((f64::from(t), r.speedup(&bench.name, l, t)?)))
                    .collect();
                (l, points)
            })
            .collect();
        let top_y = series
            .iter()
            .flat_map(|(_, p)| p.iter().map(|&(_, s)| s))
            .fold(max_threads.min(cores.max(2.0)), f64::max)
            * 1.1;
        let mut chart = ChartBuilder::on(panel)
            .caption(format!("{} ({})", bench.name, bench.kind.as_str()), (FONT, 16))
            .margin(8)
            .x_label_area_size(30)
            .y_label_area_size(36)
            .build_cartesian_2d(0.8f64..max_threads + 0.2, 0f64..top_y)?;
        chart
            .configure_mesh()
            .x_labels(r.threads.len().max(2))
            .y_labels(5)
            .x_label_formatter(&|x| format!("{x:.0}"))
            .y_label_formatter(&|y| format!("{y:.1}"))
            .x_desc("threads")
            .light_line_style(WHITE.mix(0.0))
            .draw()?;
        let ideal_end = max_threads.min(top_y);
        chart.draw_series(LineSeries::new(vec![(1.0, 1.0), (ideal_end, ideal_end)], BLACK.mix(0.35).stroke_width(1)))?;
        if cores < top_y {
            chart.draw_series(DashedLineSeries::new(
                vec![(0.8, cores), (max_threads + 0.2, cores)],
                1,
                3,
                BLACK.mix(0.6).stroke_width(1),
            ))?;
        }
        for (label, points) in &series {
            let c = color(label);
            chart.draw_series(LineSeries::new(points.clone(), c.stroke_width(2)))?;
            chart.draw_series(points.iter().map(|&p| Circle::new(p, 3, c.filled())))?;
        }
    }
    root.present()?;
    Ok(())
}

pub fn relative_time(r: &Results, path: &Path) -> Result<(), Box<dyn Error>> {
    let shown: Vec<&str> = r.labels().into_iter().filter(|l| *l != CPYTHON && *l != NOGIL_PROCS).collect();
    let n = r.benchmarks.len();
    let name_width = 130;
    let panel_width = 330;
    let (width, height) = (name_width + panel_width * r.threads.len() as u32, 40 + 70 + 14 * (1 + shown.len() as u32) * n as u32);
    let root = SVGBackend::new(path, (width, height)).into_drawing_area();
    root.fill(&WHITE)?;
    let (top, body) = root.split_vertically(40);
    legend(&top, &shown, &[("CPython = 1", BLACK.mix(0.7).stroke_width(1), true)])?;
    let (names, panels) = body.split_horizontally(name_width);
    let _ = names;

    let values: Vec<f64> = r
        .benchmarks
        .iter()
        .flat_map(|b| {
            shown.iter().flat_map(|l| r.threads.iter().filter_map(|&t| r.relative_to_cpython(&b.name, l, t)))
        })
        .collect();
    let lo = values.iter().copied().fold(0.5f64, f64::min) / 1.6;
    let hi = values.iter().copied().fold(2.0f64, f64::max) * 1.6;
    let y_of = |i: usize| (n - 1 - i) as f64;

    let cols = panels.split_evenly((1, r.threads.len().max(1)));
    for (k, (panel, &threads)) in cols.iter().zip(&r.threads).enumerate() {
        let mut chart = ChartBuilder::on(panel)
            .caption(format!("{threads} thread(s)"), (FONT, 16))
            .margin(8)
            .x_label_area_size(30)
            .y_label_area_size(4)
            .build_cartesian_2d((lo..hi).log_scale().with_key_points(ticks(lo, hi)), -0.5f64..n as f64 - 0.5)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(0)
            .x_labels(6)
            .x_label_formatter(&|x| format!("{x}"))
            .x_desc("time / CPython time")
            .draw()?;
        let bar = 0.8 / shown.len().max(1) as f64;
        for (i, b) in r.benchmarks.iter().enumerate() {
            for (j, l) in shown.iter().enumerate() {
                if let Some(v) = r.relative_to_cpython(&b.name, l, threads) {
                    let y0 = y_of(i) + 0.4 - bar * j as f64;
                    chart.draw_series(std::iter::once(Rectangle::new(
                        [(1.0, y0), (v, y0 - bar * 0.9)],
                        color(l).filled(),
                    )))?;
                    // The value just past the bar's end, outside the bar.
                    let (px, py) = chart.backend_coord(&(v, y0 - bar * 0.45));
                    let (anchor, dx) = if v >= 1.0 { (HPos::Left, 3) } else { (HPos::Right, -3) };
                    let style = TextStyle::from((FONT, 10).into_font()).pos(Pos::new(anchor, VPos::Center));
                    root.draw(&Text::new(format!("{v:.2}"), (px + dx, py), style))?;
                }
            }
            if k == 0 {
                let (px, py) = chart.backend_coord(&(lo, y_of(i)));
                let style = TextStyle::from((FONT, 14).into_font()).pos(Pos::new(HPos::Right, VPos::Center));
                root.draw(&Text::new(b.name.clone(), (px - 8, py), style))?;
            }
        }
        chart.draw_series(LineSeries::new(vec![(1.0, -0.5), (1.0, n as f64 - 0.5)], BLACK.mix(0.7).stroke_width(1)))?;
    }
    root.present()?;
    Ok(())
}

/// Tick marks 1, 2 and 5 times the powers of ten between `lo` and `hi`.
fn ticks(lo: f64, hi: f64) -> Vec<f64> {
    let mut out = Vec::new();
    let mut decade = 10f64.powf(lo.log10().floor());
    while decade <= hi {
        for m in [1.0, 2.0, 5.0] {
            let t = decade * m;
            if t >= lo && t <= hi {
                out.push(t);
            }
        }
        decade *= 10.0;
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn ticks_are_one_two_five() {
        assert_eq!(super::ticks(0.15, 3.0), vec![0.2, 0.5, 1.0, 2.0]);
    }
}
