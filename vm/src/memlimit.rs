//! MemoryError before an impossible allocation. CPython raises MemoryError when `malloc`
//! refuses a request; Linux refuses (in its default overcommit mode) a single request larger
//! than the machine's memory. Rust's allocator aborts the process instead, so the operations
//! that size one allocation from a program's numbers (`"a" * n`, `[0] * n`, `bytes(n)`,
//! `list(range(n))`) check the request against the machine's memory first.

use std::sync::OnceLock;

use crate::error::PyResult;
use crate::vm::Vm;

/// Bytes of physical memory plus swap (the largest request the OS would grant at once).
fn limit() -> usize {
    static LIMIT: OnceLock<usize> = OnceLock::new();
    *LIMIT.get_or_init(|| {
        // SAFETY: sysinfo fills the struct it is given; a zeroed sysinfo is a valid value.
        let mut si: libc::sysinfo = unsafe { std::mem::zeroed() };
        // SAFETY: `si` is a valid, writable sysinfo.
        if unsafe { libc::sysinfo(&mut si) } == 0 {
            let unit = si.mem_unit.max(1) as usize;
            (si.totalram as usize).saturating_add(si.totalswap as usize).saturating_mul(unit)
        } else {
            isize::MAX as usize / 4
        }
    })
}

/// MemoryError if one allocation of `bytes` cannot succeed.
pub fn check(vm: &mut Vm, bytes: usize) -> PyResult<()> {
    if bytes > limit() {
        // No arguments, as CPython's `PyErr_NoMemory` (repr `MemoryError()`).
        return Err(crate::error::PyErr(crate::objects::exceptions::new_exception(vm.rt.exc.memory_error, &[])));
    }
    Ok(())
}

/// MemoryError if `count` items of `size` bytes cannot be allocated at once.
pub fn check_items(vm: &mut Vm, count: usize, size: usize) -> PyResult<()> {
    check(vm, count.checked_mul(size).unwrap_or(usize::MAX))
}
