//! Collection and heap statistics (what `--gc-stats` prints).

use std::time::Duration;

/// What one collection did.
#[derive(Clone, Debug, Default)]
pub struct CollectionStats {
    /// 1 for the first collection of the heap.
    pub cycle: u64,
    /// Time mutators stood stopped for this cycle (all its pauses).
    pub pause: Duration,
    /// From the initial pause to the end of marking (concurrent with mutators, except in
    /// `Heap::collect`).
    pub mark_time: Duration,
    /// Sweeping blocks and large objects, releasing memory.
    pub sweep_time: Duration,
    /// Objects marked.
    pub marked_objects: usize,
    /// Of those, objects marked by mutators assisting the marking (assist.rs).
    pub assisted_objects: usize,
    /// Bytes allocated while the marking ran (born marked: this cycle's floating garbage).
    pub allocated_while_marking: usize,
    /// Bytes of marked objects (headers included).
    pub live_bytes: usize,
    /// Conservative words that resolved to an object.
    pub conservative_roots: usize,
    /// Bytes allocated since the previous collection.
    pub allocated_since_last: usize,
    /// Bytes of objects found dead (previous live + allocated since − live now).
    pub reclaimed_bytes: usize,
    /// Blocks swept / found empty / returned to the OS.
    pub blocks_swept: usize,
    /// Blocks found empty by the sweep.
    pub blocks_freed: usize,
    /// Blocks whose memory was returned to the OS (free for a whole cycle).
    pub blocks_released: usize,
    /// Lines holding live objects.
    pub live_lines: usize,
    /// Large objects freed, and their bytes.
    pub large_objects_freed: usize,
    /// Bytes of the large objects freed.
    pub large_bytes_freed: usize,
    /// Finalizers run.
    pub finalizers_run: usize,
    /// Allocation volume after which the next collection is due.
    pub next_trigger: usize,
}

/// Cumulative heap statistics.
#[derive(Clone, Debug, Default)]
pub struct HeapStats {
    /// Collections so far.
    pub cycles: u64,
    /// Every time a mutator stood stopped for the collector, in order: each pause of every
    /// cycle (from the stop request to the restart) and each allocation-throttling wait (see
    /// [`pause_percentile`](Self::pause_percentile)).
    pub pauses: Vec<Duration>,
    /// Every time one thread stood stopped by a pause, as that thread saw it: from reaching
    /// its safepoint (or trying to leave a blocking call) while the world was being stopped,
    /// until it ran again. A pause as `pauses` counts it ends when the collector restarts the
    /// threads; a restarted thread may still wait for a CPU, and that wait is in here.
    pub thread_stops: Vec<Duration>,
    /// Total marking time (concurrent with mutators).
    pub mark_time: Duration,
    /// Bytes marked by the last collection.
    pub live_bytes_after_last_gc: usize,
    /// Bytes of blocks that hold objects (owned, full, recyclable) plus large objects.
    pub heap_bytes: usize,
    /// `heap_bytes` plus empty blocks still resident, chunk metadata and the mappings of dead
    /// large objects kept for reuse: an upper bound on the resident memory of the heap.
    pub committed_bytes: usize,
    /// Bytes mapped for large objects.
    pub large_object_bytes: usize,
    /// Chunks mapped.
    pub chunks: usize,
    /// Bytes allocated since the heap was created (object sizes; counted at region refill).
    pub total_allocated: usize,
    /// Bytes reclaimed by all collections.
    pub bytes_reclaimed: usize,
    /// Finalizers run.
    pub finalizers_run: usize,
}

impl HeapStats {
    /// The pause at percentile `p` in `[0, 100]` (nearest rank); zero before any collection.
    pub fn pause_percentile(&self, p: f64) -> Duration {
        percentile(&self.pauses, p)
    }

    /// The thread stop (see `thread_stops`) at percentile `p` in `[0, 100]` (nearest rank).
    pub fn thread_stop_percentile(&self, p: f64) -> Duration {
        percentile(&self.thread_stops, p)
    }

    /// Median pause.
    pub fn p50(&self) -> Duration {
        self.pause_percentile(50.0)
    }

    /// 99th-percentile pause.
    pub fn p99(&self) -> Duration {
        self.pause_percentile(99.0)
    }

    /// Longest pause.
    pub fn max_pause(&self) -> Duration {
        self.pauses.iter().copied().max().unwrap_or_default()
    }
}

/// The value at percentile `p` in `[0, 100]` of `v` (nearest rank); zero if `v` is empty.
fn percentile(v: &[Duration], p: f64) -> Duration {
    if v.is_empty() {
        return Duration::ZERO;
    }
    let mut v = v.to_vec();
    v.sort_unstable();
    let rank = ((p.clamp(0.0, 100.0) / 100.0) * v.len() as f64).ceil() as usize;
    v[rank.saturating_sub(1).min(v.len() - 1)]
}

impl std::fmt::Display for CollectionStats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        const MB: f64 = (1 << 20) as f64;
        write!(
            f,
            "paused {:?}, marked {} objects ({} by assists, {:.1} MiB live) in {:?} ({:.1} MiB allocated meanwhile), swept {} blocks ({} freed, {} released, {:.1} MiB of live lines) and {} large objects in {:?}, {} finalizers, next cycle after {:.1} MiB",
            self.pause,
            self.marked_objects,
            self.assisted_objects,
            self.live_bytes as f64 / MB,
            self.mark_time,
            self.allocated_while_marking as f64 / MB,
            self.blocks_swept,
            self.blocks_freed,
            self.blocks_released,
            (self.live_lines * crate::geometry::BYTES_IN_LINE) as f64 / MB,
            self.large_objects_freed,
            self.sweep_time,
            self.finalizers_run,
            self.next_trigger as f64 / MB
        )
    }
}

impl std::fmt::Display for HeapStats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        const MB: f64 = (1 << 20) as f64;
        writeln!(f, "gc cycles:        {}", self.cycles)?;
        writeln!(
            f,
            "gc pauses:        {} pauses, p50 {:?}  p99 {:?}  max {:?}",
            self.pauses.len(),
            self.p50(),
            self.p99(),
            self.max_pause()
        )?;
        writeln!(
            f,
            "thread stops:     {} stops, p50 {:?}  p99 {:?}  max {:?}",
            self.thread_stops.len(),
            self.thread_stop_percentile(50.0),
            self.thread_stop_percentile(99.0),
            self.thread_stops.iter().copied().max().unwrap_or_default()
        )?;
        writeln!(f, "gc mark time:     {:?} concurrent", self.mark_time)?;
        writeln!(
            f,
            "live after gc:    {:.1} MiB",
            self.live_bytes_after_last_gc as f64 / MB
        )?;
        writeln!(
            f,
            "heap:             {:.1} MiB ({:.1} MiB committed, {:.1} MiB large objects)",
            self.heap_bytes as f64 / MB,
            self.committed_bytes as f64 / MB,
            self.large_object_bytes as f64 / MB
        )?;
        writeln!(
            f,
            "allocated:        {:.1} MiB",
            self.total_allocated as f64 / MB
        )?;
        write!(
            f,
            "reclaimed:        {:.1} MiB",
            self.bytes_reclaimed as f64 / MB
        )
    }
}

/// The heap's running record, updated at the end of each collection.
#[derive(Default)]
pub(crate) struct StatsRecord {
    pub cycles: u64,
    pub pauses: Vec<Duration>,
    pub thread_stops: Vec<Duration>,
    pub mark_time: Duration,
    pub live_bytes: usize,
    pub reclaimed: usize,
    pub finalizers_run: usize,
}
