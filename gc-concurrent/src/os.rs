//! Virtual memory from the OS: anonymous private mappings, released with `madvise(MADV_DONTNEED)`
//! (pages stay mapped, RSS drops, the next touch faults in a zero page on Linux) or `munmap`.
//!
//! All `unsafe` here is FFI; the invariants the callers rely on are that a mapping returned by
//! [`map`] is readable, writable, zero-filled and exclusively the heap's until it is unmapped.

use crate::address::Address;

/// Whether memory given back with [`discard`] reads as zero afterwards. Linux guarantees it for
/// private anonymous mappings; elsewhere the heap re-zeroes discarded blocks before reuse.
pub(crate) const DISCARD_ZEROES: bool = cfg!(any(target_os = "linux", target_os = "android"));

/// Maps `len` bytes (a multiple of the page size) of zero-filled memory; `None` when the OS refuses.
pub(crate) fn map(len: usize) -> Option<Address> {
    // SAFETY: a fresh anonymous mapping at an address of the kernel's choosing aliases nothing.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | map_noreserve(),
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        None
    } else {
        Some(Address::from_ptr(p))
    }
}

#[cfg(any(target_os = "linux", target_os = "android"))]
fn map_noreserve() -> libc::c_int {
    libc::MAP_NORESERVE
}
#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn map_noreserve() -> libc::c_int {
    0
}

/// Maps `len` bytes aligned to `align` (both multiples of the page size, `align` a power of two)
/// by over-mapping and trimming the ends.
pub(crate) fn map_aligned(len: usize, align: usize) -> Option<Address> {
    let raw = map(len + align)?;
    let start = Address::from_usize((raw.as_usize() + align - 1) & !(align - 1));
    let head = start.diff(raw);
    let tail = align - head;
    // SAFETY: [raw, start) and [start+len, raw+len+align) are parts of the mapping just made and
    // nothing has seen them.
    unsafe {
        if head > 0 {
            unmap(raw, head);
        }
        if tail > 0 {
            unmap(start.add(len), tail);
        }
    }
    Some(start)
}

/// Unmaps `[start, start+len)`.
///
/// # Safety
/// The range must be (part of) a mapping made by [`map`] and nothing may use it afterwards.
pub(crate) unsafe fn unmap(start: Address, len: usize) {
    // SAFETY: per the contract, the range is ours and dead.
    let r = unsafe { libc::munmap(start.to_mut_ptr(), len) };
    debug_assert_eq!(r, 0, "munmap failed");
}

/// Gives the physical pages of `[start, start+len)` back to the OS, keeping the range mapped.
///
/// # Safety
/// The range must lie in a mapping made by [`map`] and hold nothing anyone will read as data
/// again (afterwards it reads as zero on Linux, as garbage elsewhere).
pub(crate) unsafe fn discard(start: Address, len: usize) {
    // SAFETY: per the contract, the range is ours and its contents are dead.
    let r = unsafe { libc::madvise(start.to_mut_ptr(), len, libc::MADV_DONTNEED) };
    debug_assert_eq!(r, 0, "madvise failed");
}

/// The OS page size.
pub(crate) fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let p = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if p > 0 { p as usize } else { 4096 }
}
