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

use std::collections::BTreeMap;

use parking_lot::Mutex;

use crate::address::Address;
use crate::header::GcWord;
use crate::os;
use crate::sync::{AtomicUsize, Ordering};

/// The large-object space.
pub(crate) struct LargeObjectSpace {
    objects: Mutex<BTreeMap<Address, usize>>,
    /// Bytes mapped for large objects.
    mapped: AtomicUsize,
    page: usize,
}

impl LargeObjectSpace {
    pub fn new() -> LargeObjectSpace {
        LargeObjectSpace {
            objects: Mutex::new(BTreeMap::new()),
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
        let start = os::map(len).unwrap_or_else(|| {
            panic!("gc-concurrent: out of memory (large object of {size} bytes)")
        });
        // SAFETY: `start` begins a fresh, writable, 8-aligned mapping of at least 8 bytes.
        unsafe { GcWord::from_object(start.to_ptr()) }.store(header_bits);
        self.objects.lock().insert(start, size);
        // Relaxed: a statistic; nothing is ordered by it.
        self.mapped.fetch_add(len, Ordering::Relaxed);
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
        let mut bytes = 0;
        for &(start, size) in &dead {
            let len = self.mapped_len(size);
            // SAFETY: the object is unmarked, so unreachable, and no longer in the map, so no
            // lookup can find it; its finalizers (if any) already ran (collect.rs).
            unsafe { os::unmap(start, len) };
            bytes += size;
            // Relaxed: a statistic.
            self.mapped.fetch_sub(len, Ordering::Relaxed);
        }
        (dead.len(), bytes)
    }

    /// Bytes mapped for large objects.
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
    }
}

/// The large object in `sorted` (a `LargeObjectSpace::snapshot`) containing `addr`, if any.
pub(crate) fn find_sorted(sorted: &[(Address, usize)], addr: Address) -> Option<Address> {
    let i = sorted.partition_point(|&(start, _)| start <= addr);
    let (start, size) = *sorted.get(i.checked_sub(1)?)?;
    (addr.diff(start) < size).then_some(start)
}
