//! Writes the generated outputs from a results file: `benches/results/{results.md, *.svg}`
//! and the paper's copy, `papers/results.md` with its figures in `papers/figures/`. When the
//! `gc` command's gc.json lies next to results.json, both Markdown files also get its "GC
//! pauses and memory" section. Nothing here runs a benchmark.

use crate::gc::GcResults;
use crate::plot;
use crate::report;
use crate::results::Results;
use std::path::Path;

/// The command that regenerates the outputs from results.json (quoted in the outputs).
pub const REGENERATE: &str = "cargo run --release -p benches -- paper";

/// Writes results.md and the SVG figures next to results.json in `dir`.
pub fn write_report(r: &Results, dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    plot::write_all(r, dir).map_err(|e| format!("cannot draw the figures in {}: {e}", dir.display()))?;
    let md = report::markdown(r, "", REGENERATE, gc_results(dir).as_ref());
    std::fs::write(dir.join("results.md"), md).map_err(|e| format!("cannot write results.md: {e}"))
}

/// Writes `papers/results.md` and copies the figures from `dir` into `papers/figures/`.
pub fn write_paper(r: &Results, dir: &Path, root: &Path) -> Result<(), String> {
    let papers = root.join("papers");
    let figures = papers.join("figures");
    std::fs::create_dir_all(&figures).map_err(|e| format!("cannot create {}: {e}", figures.display()))?;
    for name in ["speedup.svg", "relative_time.svg"] {
        std::fs::copy(dir.join(name), figures.join(name))
            .map_err(|e| format!("cannot copy {name} into {}: {e}", figures.display()))?;
    }
    let md = report::markdown(r, "figures/", REGENERATE, gc_results(dir).as_ref());
    std::fs::write(papers.join("results.md"), md).map_err(|e| format!("cannot write papers/results.md: {e}"))
}

/// gc.json next to results.json in `dir`, if there is a readable one (an unreadable one is
/// reported and left out).
fn gc_results(dir: &Path) -> Option<GcResults> {
    let path = dir.join("gc.json");
    if !path.is_file() {
        return None;
    }
    GcResults::load(&path).map_err(|e| eprintln!("leaving the GC section out: {e}")).ok()
}
