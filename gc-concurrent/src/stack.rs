//! Native stack support for conservative scanning.
//!
//! A thread's live native values are in its stack frames and in its registers. To let a collector
//! (or the thread itself, at a safepoint) see them all as memory, the thread spills its
//! callee-saved registers into a stack array ([`with_registers_spilled`]) — caller-saved registers
//! are already in some caller's frame at any call — and the range `[sp, stack_hi)` then covers
//! every value, with `stack_hi` from [`current_thread_stack_bounds`]. Feed that range to
//! [`Tracer::visit_conservative`](crate::Tracer::visit_conservative).
//!
//! Supported: x86_64 and aarch64 (register spilling), Linux/Android (`pthread_getattr_np`) and
//! macOS (`pthread_get_stackaddr_np`) for the bounds.

/// Bounds `[lo, hi)` of the calling thread's stack. Computed once per thread (for the main
/// thread glibc reads `/proc/self/maps`, too slow for every collection) and cached.
pub fn current_thread_stack_bounds() -> (usize, usize) {
    thread_local! {
        static BOUNDS: std::cell::Cell<(usize, usize)> = const { std::cell::Cell::new((0, 0)) };
    }
    BOUNDS.with(|b| {
        if b.get().1 == 0 {
            b.set(query_stack_bounds());
        }
        b.get()
    })
}

#[cfg(any(target_os = "linux", target_os = "android"))]
fn query_stack_bounds() -> (usize, usize) {
    let mut attr = std::mem::MaybeUninit::<libc::pthread_attr_t>::uninit();
    let mut addr: *mut libc::c_void = std::ptr::null_mut();
    let mut size: libc::size_t = 0;
    // SAFETY: `attr` is initialised by pthread_getattr_np before use and destroyed after; the
    // out-pointers are valid locals. pthread_self() is always a valid thread.
    unsafe {
        let r = libc::pthread_getattr_np(libc::pthread_self(), attr.as_mut_ptr());
        assert_eq!(r, 0, "pthread_getattr_np failed");
        let r = libc::pthread_attr_getstack(attr.as_ptr(), &mut addr, &mut size);
        libc::pthread_attr_destroy(attr.as_mut_ptr());
        assert_eq!(r, 0, "pthread_attr_getstack failed");
    }
    let lo = addr as usize;
    (lo, lo + size)
}

#[cfg(target_os = "macos")]
fn query_stack_bounds() -> (usize, usize) {
    // SAFETY: both calls only read the calling thread's descriptor.
    unsafe {
        let t = libc::pthread_self();
        let hi = libc::pthread_get_stackaddr_np(t) as usize;
        let size = libc::pthread_get_stacksize_np(t);
        (hi - size, hi)
    }
}

/// Spills the callee-saved registers onto the stack, then calls `f(sp)` where `sp` is at or below
/// every spilled value, so `[sp, stack_hi)` covers all live native values of this thread.
#[inline(never)]
pub fn with_registers_spilled<R>(f: impl FnOnce(usize) -> R) -> R {
    let mut regs = [0usize; SPILL_WORDS];
    let sp = spill(&mut regs);
    let lowest = sp.min(regs.as_ptr() as usize);
    let r = f(lowest);
    // Keep the spill area alive (and its stores not dead) until `f` has returned.
    std::hint::black_box(&mut regs);
    r
}

#[cfg(target_arch = "x86_64")]
const SPILL_WORDS: usize = 8;

/// Stores rbx, rbp, r12–r15 (callee-saved in the System V ABI; rdi and rsi too, callee-saved on
/// Windows) into `regs`; returns rsp.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn spill(regs: &mut [usize; SPILL_WORDS]) -> usize {
    let sp: usize;
    // SAFETY: the asm only stores registers into the 8 words of `regs` (a valid, exclusive
    // buffer) and reads rsp; it touches no other memory and leaves the stack alone.
    unsafe {
        std::arch::asm!(
            "mov [{p}], rbx",
            "mov [{p} + 8], rbp",
            "mov [{p} + 16], r12",
            "mov [{p} + 24], r13",
            "mov [{p} + 32], r14",
            "mov [{p} + 40], r15",
            "mov [{p} + 48], rdi",
            "mov [{p} + 56], rsi",
            "mov {sp}, rsp",
            p = in(reg) regs.as_mut_ptr(),
            sp = out(reg) sp,
            options(nostack, preserves_flags),
        );
    }
    sp
}

#[cfg(target_arch = "aarch64")]
const SPILL_WORDS: usize = 12;

/// Stores x19–x28, x29 (fp) and x30 (lr) (callee-saved in AAPCS64) into `regs`; returns sp.
#[cfg(target_arch = "aarch64")]
#[inline(always)]
fn spill(regs: &mut [usize; SPILL_WORDS]) -> usize {
    let sp: usize;
    // SAFETY: the asm only stores registers into the 12 words of `regs` (a valid, exclusive
    // buffer) and reads sp; it touches no other memory and leaves the stack alone.
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{p}]",
            "stp x21, x22, [{p}, #16]",
            "stp x23, x24, [{p}, #32]",
            "stp x25, x26, [{p}, #48]",
            "stp x27, x28, [{p}, #64]",
            "stp x29, x30, [{p}, #80]",
            "mov {sp}, sp",
            p = in(reg) regs.as_mut_ptr(),
            sp = out(reg) sp,
            options(nostack, preserves_flags),
        );
    }
    sp
}

#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
compile_error!("gc-concurrent::stack supports x86_64 and aarch64 only");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_contain_a_local() {
        let x = 5usize;
        let a = &x as *const usize as usize;
        let (lo, hi) = current_thread_stack_bounds();
        assert!(lo < a && a < hi, "{lo:#x} < {a:#x} < {hi:#x}");
    }

    #[test]
    fn spilled_sp_is_below_caller_frames() {
        let x = 7usize;
        let a = std::hint::black_box(&x) as *const usize as usize;
        let (_, hi) = current_thread_stack_bounds();
        let sp = with_registers_spilled(|sp| sp);
        assert!(sp < a && a < hi);
    }
}
