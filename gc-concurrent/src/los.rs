//! The large-object space: objects above `MAX_SMALL_OBJECT` bytes, one OS mapping each.
//!
//! A large object starts at the start of its mapping (page-aligned), so it is zero-filled for free
//! and freeing it is one `munmap`, which returns its memory to the OS at once. The space keeps a
//! map from start address to object size, for the sweep and for interior-pointer lookups.
//!
//! - INV-S1: an entry `(start, size)` exists iff `[start, start + round_up(size, page))` is mapped
//!   and holds an allocated object whose `GcWord` is at `start`.
//!
//! Allocation of large objects is a slow path by nature (a system call), so the map sits behind a
//! mutex and allocation counts bytes with one atomic add.
//!
//! **Reuse.** A program that makes and drops big objects at a steady rate (big-int arithmetic:
//! `pidigits`' numbers are 16 KiB) paid for every object a `mmap`, page faults that zero each
//! page, and a `munmap` whose TLB shootdown interrupts the other CPUs: a third of its time was
//! in the kernel. So the sweep keeps the mappings of dead objects, up to [`CACHE_MAX_BYTES`],
//! and allocation reuses one of exactly the right length (clearing the object's bytes itself).
//! A mapping no allocation took during a whole cycle is unmapped at the next sweep, so the
//! cache holds memory only while the program keeps asking for it.
//!
//! - INV-S2: a cached mapping is in no entry of the object map (no lookup finds it, no sweep
//!   frees it twice) and is mapped; allocation takes it out of the cache before reusing it.

use std::collections::BTreeMap;

use parking_lot::Mutex;

use crate::address::Address;
use crate::header::GcWord;
use crate::os;
use crate::sync::{AtomicUsize, Ordering};

/// The large-object space.
pub(crate) struct LargeObjectSpace {
    objects: Mutex<BTreeMap<Address, usize>>,
    cache: Mutex<Cache>,
    /// Bytes mapped for large objects.
    mapped: AtomicUsize,
    page: usize,
}

/// Mappings of dead large objects kept for reuse (see the module doc).
#[derive(Default)]
struct Cache {
    /// `(start, mapped length, sweep that cached it)`.
    free: Vec<(Address, usize, u64)>,
    bytes: usize,
    /// Sweeps so far.
    sweeps: u64,
}

/// The most bytes of dead large objects' mappings kept for reuse.
pub const CACHE_MAX_BYTES: usize = 64 << 20;

impl LargeObjectSpace {
    pub fn new() -> LargeObjectSpace {
        LargeObjectSpace {
            objects: Mutex::new(BTreeMap::new()),
            cache: Mutex::new(Cache::default()),
            mapped: AtomicUsize::new(0),
            page: os::page_size(),
        }
    }

    fn mapped_len(&self, size: usize) -> usize {
        size.next_multiple_of(self.page)
    }

    /// Allocates a zero-filled large object of `size` bytes whose GC word is `header_bits`.
    /// Panics when the OS has no memory left.
    pub fn alloc(&self, size: usize, header_bits: u64) -> Address {
        let len = self.mapped_len(size);
        let reused = {
            let mut c = self.cache.lock();
            let i = c.free.iter().rposition(|&(_, l, _)| l == len);
            i.map(|i| {
                c.bytes -= len;
                c.free.swap_remove(i).0
            })
        };
        let start = match reused {
            Some(start) => {
                // Relaxed: a statistic.
                self.mapped.fetch_add(len, Ordering::Relaxed);
                // SAFETY: INV-S2: a mapping of `len >= size` writable bytes that nothing else
                // refers to (taken out of the cache above); allocation hands out zeroed memory.
                unsafe { std::ptr::write_bytes(start.to_mut_ptr::<u8>(), 0, size) };
                start
            }
            None => {
                let start = os::map(len).unwrap_or_else(|| {
                    panic!("gc-concurrent: out of memory (large object of {size} bytes)")
                });
                // Relaxed: a statistic; nothing is ordered by it.
                self.mapped.fetch_add(len, Ordering::Relaxed);
                start
            }
        };
        // SAFETY: `start` begins a writable, zeroed, 8-aligned mapping of at least 8 bytes.
        unsafe { GcWord::from_object(start.to_ptr()) }.store(header_bits);
        self.objects.lock().insert(start, size);
        start
    }

    /// A sorted copy of `(start, size)` of every large object (for one collection's lookups).
    pub fn snapshot(&self) -> Vec<(Address, usize)> {
        self.objects.lock().iter().map(|(&a, &s)| (a, s)).collect()
    }

    /// The large object containing `addr`, if any.
    pub fn find(&self, addr: Address) -> Option<Address> {
        let objects = self.objects.lock();
        let (&start, &size) = objects.range(..=addr).next_back()?;
        (addr.diff(start) < size).then_some(start)
    }

    /// Frees every large object whose mark is not `epoch`. Returns (objects freed, bytes freed).
    /// Runs while mutators allocate (the map's lock orders them); objects allocated since the
    /// marking began carry `epoch` (born marked) and stay.
    pub fn sweep(&self, epoch: u8) -> (usize, usize) {
        let mut objects = self.objects.lock();
        let mut dead = Vec::new();
        objects.retain(|&start, &mut size| {
            // SAFETY: INV-S1, the object is mapped and starts with its GC word.
            let live = unsafe { GcWord::from_object(start.to_ptr()) }.mark_epoch() == epoch;
            if !live {
                dead.push((start, size));
            }
            live
        });
        drop(objects);
        let mut unmap = Vec::new();
        let mut bytes = 0;
        {
            let mut c = self.cache.lock();
            c.sweeps += 1;
            // Mappings no allocation took since the previous sweep go back to the OS.
            let now = c.sweeps;
            let mut kept = 0;
            c.free.retain(|&(start, len, at)| {
                let keep = at + 1 >= now;
                if keep {
                    kept += len;
                } else {
                    unmap.push((start, len));
                }
                keep
            });
            c.bytes = kept;
            for &(start, size) in &dead {
                let len = self.mapped_len(size);
                bytes += size;
                // Relaxed: a statistic (cached mappings count in `cached_bytes`).
                self.mapped.fetch_sub(len, Ordering::Relaxed);
                if c.bytes + len <= CACHE_MAX_BYTES {
                    // INV-S2: out of the map above, into the cache.
                    c.free.push((start, len, now));
                    c.bytes += len;
                } else {
                    unmap.push((start, len));
                }
            }
        }
        for (start, len) in unmap {
            // SAFETY: the object is unmarked, so unreachable, and in neither the map nor the
            // cache, so no lookup or allocation can find it; its finalizers (if any) already
            // ran (collect.rs).
            unsafe { os::unmap(start, len) };
        }
        (dead.len(), bytes)
    }

    /// Bytes of dead objects' mappings kept for reuse (mapped, possibly resident).
    pub fn cached_bytes(&self) -> usize {
        self.cache.lock().bytes
    }

    /// Bytes mapped for live large objects.
    pub fn mapped_bytes(&self) -> usize {
        // Relaxed: a statistic.
        self.mapped.load(Ordering::Relaxed)
    }

    /// Unmaps every large object (heap teardown).
    pub fn unmap_all(&self) {
        let objects = std::mem::take(&mut *self.objects.lock());
        for (start, size) in objects {
            // SAFETY: the heap is being dropped; nothing refers to its objects (INV-C1's argument).
            unsafe { os::unmap(start, self.mapped_len(size)) };
        }
        let cached = std::mem::take(&mut self.cache.lock().free);
        for (start, len, _) in cached {
            // SAFETY: INV-S2: a cached mapping belongs to no object.
            unsafe { os::unmap(start, len) };
        }
    }
}

/// The large object in `sorted` (a `LargeObjectSpace::snapshot`) containing `addr`, if any.
pub(crate) fn find_sorted(sorted: &[(Address, usize)], addr: Address) -> Option<Address> {
    let i = sorted.partition_point(|&(start, _)| start <= addr);
    let (start, size) = *sorted.get(i.checked_sub(1)?)?;
    (addr.diff(start) < size).then_some(start)
}
