//! Ranking and filtering of sites.
//!
//! The order is total: total wait (descending), then events (descending), then the stable key
//! (file, line, operation, kind), then every remaining field of the site's identity (type,
//! function, stack, allocation site) and finally its id. Two reports with the same sites, in
//! any order in the file, therefore rank them the same way.

use std::cmp::Ordering;

use super::schema::{Report, Site};

/// Which sites a command looks at.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Site kinds to keep; empty keeps every kind.
    pub kinds: Vec<String>,
}

impl Filter {
    pub fn keeps(&self, site: &Site) -> bool {
        self.kinds.is_empty() || self.kinds.contains(&site.kind)
    }
}

/// The rank order of two sites: `Less` means `a` ranks before (is worse than) `b`.
pub fn rank_order(a: &Site, b: &Site) -> Ordering {
    b.total_wait_ns
        .cmp(&a.total_wait_ns)
        .then(b.events.cmp(&a.events))
        .then_with(|| a.location.file.cmp(&b.location.file))
        .then(a.location.line.cmp(&b.location.line))
        .then_with(|| a.op.cmp(&b.op))
        .then_with(|| a.kind.cmp(&b.kind))
        .then_with(|| a.type_name.cmp(&b.type_name))
        .then_with(|| a.location.function.cmp(&b.location.function))
        .then_with(|| a.stack.cmp(&b.stack))
        .then_with(|| a.alloc.cmp(&b.alloc))
        .then(a.id.cmp(&b.id))
}

/// The sites `filter` keeps, best-ranked (most wait) first.
pub fn ranked<'a>(report: &'a Report, filter: &Filter) -> Vec<&'a Site> {
    let mut v: Vec<&Site> = report.sites.iter().filter(|s| filter.keeps(s)).collect();
    v.sort_by(|a, b| rank_order(a, b));
    v
}

/// The first `top` entries of `v` (all of them when `top` is 0).
pub fn take_top<T>(mut v: Vec<T>, top: usize) -> Vec<T> {
    if top > 0 {
        v.truncate(top);
    }
    v
}
