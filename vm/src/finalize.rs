//! Python's `__del__` on a tracing collector.
//!
//! CPython calls `__del__` the moment the last reference goes; pyrs-nogil counts no references,
//! so an object learns of its death only from a collection. What the runtime does instead:
//!
//! - An instance whose class defines `__del__` (type flag `HAS_DEL`) is registered with the
//!   collector when it is created ([`register`]).
//! - A collection that finds it unreachable keeps it and everything it reaches alive
//!   (gc-concurrent `resurrect.rs`), and hands it to [`resurrected`], which queues it here. The
//!   queue is a root until the finalizer ran. Each object is finalized once (PEP 442).
//! - The queued `__del__` methods run on a Python thread: the first one at a safepoint after the
//!   collection (`Due::finalize`), the thread that called `gc.collect()` before it returns, or
//!   the main thread at exit. An exception in `__del__` is reported as unraisable
//!   (`Exception ignored in: <function A.__del__ at ...>`), as in CPython.
//!
//! Where CPython's timing is easy to reproduce, the runtime does so:
//! - `del name` of a local, global or class-body name bound to such an object (or to one that a
//!   weak reference refers to, stdlib `weak.rs`) collects at once
//!   ([`after_del`]), so `del obj` prints what `__del__` prints right there when nothing else
//!   holds the object.
//! - At exit ([`at_exit`]), the `__main__` globals are dropped one at a time in insertion order
//!   (the order in which CPython's module teardown releases them), collecting after each while
//!   registered objects remain, then once more for everything else.
//! - Rebinding such a name (`x = None`, `x = Other()`) while the old value has a `__del__`
//!   collects the same way ([`store_slot`], [`rebind_name`]); the check runs only once some
//!   object with `__del__` exists ([`ANY_FINALIZABLE`]).
//!
//! Generators get the same treatment (CPython's generator finalizer closes a generator dropped
//! while suspended, which runs its `finally` clauses and `__exit__` methods): a plain generator
//! that suspends at a `yield` inside a `try`, `with` or `except` block registers itself once
//! ([`register_generator`], from `interp::generator::note_suspended`) and withdraws when it
//! finishes. A dead one is queued like an object with `__del__`, and its "finalizer" is
//! `close()` (`interp::generator::finalize_dead`). A generator a `for` loop owns is closed by
//! the loop as before (INV-LO1), which counts as its finalizer. `del` of a registered generator
//! collects at once; at exit one collection closes the generators left.
//!
//! - A function's return, when one of its non-parameter locals holds such an object (or a
//!   registered suspended generator) that is not the return value, collects the same way
//!   ([`locals_die`], [`after_return`]).
//!
//! Objects that die at other times (a parameter at function return, a dropped list) are
//! finalized by the next collection, later than in CPython. Within one collection, the
//! order follows what CPython would do with such a group: oldest first after `gc.collect()` and
//! the collector's own cycles (CPython's cycle collector finalizes in creation order), newest
//! first after `del` and at exit (where CPython's deallocation releases a list's or tuple's
//! items last to first).

use std::cell::Cell;
use std::time::Duration;
use std::ptr::NonNull;

use objmodel::Value;
use objmodel::types::tflags;
use parking_lot::Mutex;

use crate::vm::Vm;

/// Resurrected objects waiting for their `__del__`, with their registration order (a root).
static QUEUE: Mutex<Vec<(u64, Value)>> = Mutex::new(Vec::new());
/// Weak references whose referent died, waiting for their callback (a root; stdlib `weak.rs`).
static CALLBACKS: Mutex<Vec<Value>> = Mutex::new(Vec::new());
/// Registration order of the registered objects, by address (read when they are resurrected).
static ORDER: Mutex<Option<std::collections::HashMap<usize, u64>>> = Mutex::new(None);
static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// What a budget may spend on collections before the one-tenth rule applies (CPU time).
const BUDGET_FLOOR: Duration = Duration::from_millis(200);

/// The CPU time that one kind of prompt collection (`del`, stuck lock waits) has spent, and
/// the rule that bounds it: at most [`BUDGET_FLOOR`], or at most a tenth of the process's CPU
/// time so far.
///
/// CPU time, not wall time: on a loaded machine a collection's wall time grows with the load
/// while the program's own progress does not, and a wall-clock budget ran out after a handful
/// of collections (then `del` stopped collecting and, worse, a stuck lock wait never
/// collected again: CI hung on `gc_generator_close`). The process's CPU time during a
/// collection counts the collector's threads and this one, and also any other mutator
/// running meanwhile (an overcharge: fewer prompt collections, never more).
pub(crate) struct Budget {
    spent_ns: std::sync::atomic::AtomicU64,
    /// Before this time ([`monotonic_ns`]) the budget cannot have room again.
    retry_at_ns: std::sync::atomic::AtomicU64,
}

impl Budget {
    const fn new() -> Self {
        Budget { spent_ns: std::sync::atomic::AtomicU64::new(0), retry_at_ns: std::sync::atomic::AtomicU64::new(0) }
    }

    /// Whether another collection fits.
    fn allows(&self) -> bool {
        // Relaxed, both: statistics; a late view only lets one more collection through or
        // asks the clock once more.
        let spent = Duration::from_nanos(self.spent_ns.load(std::sync::atomic::Ordering::Relaxed));
        if spent <= BUDGET_FLOOR {
            return true;
        }
        let now = monotonic_ns();
        if now < self.retry_at_ns.load(std::sync::atomic::Ordering::Relaxed) {
            return false;
        }
        let cpu = process_cpu();
        if spent * 10 <= cpu {
            return true;
        }
        // The process's CPU time grows at most `cores` times as fast as the clock: until the
        // deficit can have been made up, answer no without the (system-call) CPU clock.
        let wait = (spent * 10 - cpu) / cores() as u32;
        self.retry_at_ns.store(now + wait.as_nanos() as u64, std::sync::atomic::Ordering::Relaxed);
        false
    }

    /// A whole collection, its CPU time charged here.
    fn collect(&self, vm: &mut Vm) {
        let t0 = process_cpu();
        crate::gc_glue::collect(vm);
        let spent = process_cpu().saturating_sub(t0);
        // Relaxed: a statistic (see `allows`).
        self.spent_ns.fetch_add(spent.as_nanos() as u64, std::sync::atomic::Ordering::Relaxed);
    }
}

/// Nanoseconds since the first call (a cheap clock: vDSO).
fn monotonic_ns() -> u64 {
    static T0: std::sync::LazyLock<std::time::Instant> = std::sync::LazyLock::new(std::time::Instant::now);
    T0.elapsed().as_nanos() as u64
}

fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// The CPU time of the whole process so far (all threads).
fn process_cpu() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: a valid out pointer; CLOCK_PROCESS_CPUTIME_ID exists on every Linux.
    if unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) } != 0 {
        return Duration::ZERO;
    }
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// The budget of the collections that `del` and rebinding run ([`after_del`]).
static DEL_BUDGET: Budget = Budget::new();
/// The budget of the collections that stuck lock waits run ([`collect_for_stuck_wait`]):
/// apart from `del`'s, so that a program whose `del`s used theirs up still gets a lock back
/// from a dead generator.
static STUCK_BUDGET: Budget = Budget::new();

thread_local! {
    /// This thread is running queued finalizers (they do not start another round).
    static RUNNING: Cell<bool> = const { Cell::new(false) };
}

/// Set when the first object with `__del__` (or the first suspended generator) is registered.
/// Until then no rebinding or return can drop one, and name stores and returns skip the checks
/// of [`store_slot`] / [`rebind_name`] / [`locals_die`]. Relaxed: a thread
/// that sees the flag late only misses a prompt collection (the object is finalized later).
pub static ANY_FINALIZABLE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether `v` is an object whose class defines `__del__`.
#[inline]
pub fn is_finalizable(v: Value) -> bool {
    !v.is_null() && v.is_ptr() && v.class().has_flag(tflags::HAS_DEL)
}

/// Whether `v` has a `__del__`, or is a small list or tuple (at most [`HELD_ITEMS_MAX`] items)
/// holding such an object: dropping the last reference to it would run a `__del__` in CPython
/// (a list's items go with it). Bigger containers are not looked into: the check runs on every
/// `del`, module-level rebinding and function return of a name holding one once
/// [`ANY_FINALIZABLE`] is set.
#[inline]
pub fn holds_finalizable(v: Value) -> bool {
    is_finalizable(v) || (!v.is_null() && v.is_ptr() && small_container_holds(v))
}

/// The most items of a list or tuple that [`holds_finalizable`] looks at.
const HELD_ITEMS_MAX: usize = 32;

#[inline(never)]
fn small_container_holds(v: Value) -> bool {
    if let Some(items) = crate::objects::tuple::as_items(v) {
        items.len() <= HELD_ITEMS_MAX && items.iter().any(|&x| is_finalizable(x))
    } else if crate::objects::list::is_list(v) {
        let n = crate::objects::list::len(v);
        let mut buf = [Value::NULL; HELD_ITEMS_MAX];
        // No allocation: this runs on rebindings. A list that changed length meanwhile is
        // shared and changing, so not about to die: false.
        n <= HELD_ITEMS_MAX && crate::objects::list::copy_exact(v, &mut buf[..n]) && buf[..n].iter().any(|&x| is_finalizable(x))
    } else {
        false
    }
}

/// Whether dropping a reference to `v` with `del` should collect at once ([`after_del`]): it has
/// a `__del__` or a weak reference refers to it.
#[inline]
pub fn collect_on_del(v: Value) -> bool {
    holds_finalizable(v)
        || (!v.is_null() && v.is_ptr() && (weak_referenced(v) || crate::interp::generator::is_registered(v)))
}

#[cold]
#[inline(never)]
fn weak_referenced(v: Value) -> bool {
    crate::stdlib::modules_a::weak::is_weakly_referenced(v)
}

/// Registers a new instance of a class that defines `__del__` (see the module doc). Both
/// `object.__new__` and the class call register, so a second registration of the same object
/// does nothing (its creation order stays the first one).
pub fn register(v: Value) {
    if !is_finalizable(v) {
        return;
    }
    ANY_FINALIZABLE.store(true, std::sync::atomic::Ordering::Relaxed);
    {
        let mut order = ORDER.lock();
        let std::collections::hash_map::Entry::Vacant(slot) = order.get_or_insert_with(Default::default).entry(v.raw())
        else {
            return;
        };
        // Relaxed: a sequence number; only its order per registering thread matters.
        slot.insert(NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    }
    // SAFETY: heap objects are never at address 0.
    gc_concurrent::heap().register_resurrecting(unsafe { NonNull::new_unchecked(v.raw() as *mut u8) });
}

/// Registers the generator `g`, suspended inside a `try`/`with` block, to be closed when it
/// dies (`interp::generator::note_suspended`). No creation order is kept (a dead generator
/// sorts as the oldest object of its batch), and at exit generators are closed by one last
/// collection rather than global by global ([`at_exit`]).
pub fn register_generator(g: Value) {
    // A function's return then looks for such generators in its locals (`locals_die`), and
    // closes them there, as CPython does.
    ANY_FINALIZABLE.store(true, std::sync::atomic::Ordering::Relaxed);
    // SAFETY: heap objects are never at address 0.
    gc_concurrent::heap().register_resurrecting(unsafe { NonNull::new_unchecked(g.raw() as *mut u8) });
}

/// Withdraws [`register_generator`]: `g` finished.
pub fn unregister_generator(g: Value) {
    // SAFETY: heap objects are never at address 0.
    gc_concurrent::heap().unregister_resurrecting(unsafe { NonNull::new_unchecked(g.raw() as *mut u8) });
}

/// The collector found `objs` unreachable and kept them (final pause, world stopped): queue
/// them and ask a thread to run their finalizers.
pub(crate) fn resurrected(objs: &[NonNull<u8>]) {
    let mut order = ORDER.lock();
    let mut q = QUEUE.lock();
    for o in objs {
        let n = order.as_mut().and_then(|m| m.remove(&(o.as_ptr() as usize))).unwrap_or(0);
        q.push((n, Value::from_raw(o.as_ptr() as usize)));
    }
    drop(q);
    gc_concurrent::heap().request_finalization();
}

/// The final pause cleared weak references (stdlib `weak.rs`); `refs` have callbacks to run.
pub(crate) fn weak_cleared(refs: Vec<Value>) {
    if refs.is_empty() {
        return;
    }
    CALLBACKS.lock().extend(refs);
    gc_concurrent::heap().request_finalization();
}

/// The queues' objects, for the collector's roots.
pub(crate) fn for_each_root(f: &mut dyn FnMut(Value)) {
    for (_, v) in QUEUE.lock().iter() {
        f(*v);
    }
    for v in CALLBACKS.lock().iter() {
        f(*v);
    }
}

/// Calls `ref.__callback__(ref)` for each ref, reporting failures as unraisable.
fn run_callbacks(vm: &mut Vm, refs: &[Value]) {
    let name = vm.intern("__callback__");
    for &r in refs {
        let Ok(Some(cb)) = vm.getattr_opt(r, name) else { continue };
        if cb.is_none() {
            continue;
        }
        if let Err(e) = vm.call1(cb, r) {
            crate::interp::traceback::write_unraisable(vm, e, cb, None);
        }
    }
}

/// Runs the queued finalizers on this thread until the queue is empty, oldest object first, or
/// newest first if `newest_first`.
pub fn run_pending(vm: &mut Vm, newest_first: bool) {
    run_pending_in(vm, if newest_first { Order::Newest } else { Order::Oldest });
}

/// The order of one round of finalizers.
enum Order {
    Oldest,
    Newest,
    /// By rank (address to position), then the unranked oldest first (`after_return`).
    Ranked(std::collections::HashMap<usize, usize>),
}

fn run_pending_in(vm: &mut Vm, order: Order) {
    if RUNNING.with(|r| r.replace(true)) {
        return;
    }
    // CPython's cycle collector calls weak-reference callbacks before finalizers
    // (`gc.collect()`, the collector's own cycles: `Order::Oldest`); a death by reference count
    // (`del`, a function's return, exit: the other orders) runs `__del__` first and clears the
    // weak references after it.
    let callbacks_first = matches!(order, Order::Oldest);
    loop {
        let ran = if callbacks_first {
            let a = run_queued_callbacks(vm);
            run_queued_finalizers(vm, &order) | a
        } else {
            let b = run_queued_finalizers(vm, &order);
            run_queued_callbacks(vm) | b
        };
        if !ran && QUEUE.lock().is_empty() && CALLBACKS.lock().is_empty() {
            break;
        }
    }
    RUNNING.with(|r| r.set(false));
}

/// Runs the weak-reference callbacks queued now; false when there were none.
fn run_queued_callbacks(vm: &mut Vm) -> bool {
    let refs = std::mem::take(&mut *CALLBACKS.lock());
    if refs.is_empty() {
        return false;
    }
    let base = vm.temp_roots.len();
    vm.temp_roots.extend_from_slice(&refs);
    let saved_exc = vm.exc_info;
    run_callbacks(vm, &refs);
    vm.exc_info = saved_exc;
    vm.temp_roots.truncate(base);
    true
}

/// Runs the finalizers queued now in `order`; false when there were none.
fn run_queued_finalizers(vm: &mut Vm, order: &Order) -> bool {
    let mut batch = std::mem::take(&mut *QUEUE.lock());
    if batch.is_empty() {
        return false;
    }
    match order {
        Order::Oldest => batch.sort_by_key(|&(n, _)| n),
        Order::Newest => batch.sort_by_key(|&(n, _)| std::cmp::Reverse(n)),
        Order::Ranked(rank) => batch.sort_by_key(|&(n, v)| (rank.get(&v.raw()).copied().unwrap_or(usize::MAX), n)),
    }
    let base = vm.temp_roots.len();
    vm.temp_roots.extend(batch.iter().map(|&(_, v)| v));
    let saved_exc = vm.exc_info;
    for &(_, obj) in &batch {
        call_del(vm, obj);
    }
    vm.exc_info = saved_exc;
    vm.temp_roots.truncate(base);
    true
}

fn call_del(vm: &mut Vm, obj: Value) {
    if crate::interp::generator::is_generator(obj) {
        crate::interp::generator::finalize_dead(vm, obj);
        return;
    }
    let name = vm.intern("__del__");
    let Some(del) = vm.lookup_type_cached(obj.class(), name) else { return };
    if let Err(e) = crate::ops::call::call_with_self(vm, del, obj, crate::args::Args::new(&[])) {
        let at = running_at(vm);
        crate::interp::traceback::write_unraisable(vm, e, del, at);
    }
}

/// The instruction the innermost Python frame of this thread is running, if any: where an
/// exception raised by a finalizer outside any Python frame is reported (CPython's
/// `PyErr_WriteUnraisable` gives such an exception the current frame's traceback entry).
pub(crate) fn running_at(vm: &Vm) -> Option<(Value, usize)> {
    let f = vm.frames.last()?;
    // SAFETY: `pc` points into the live frame that pushed this FrameRef (it pops it on exit);
    // the eval loop stores the index of the next instruction there before it calls out.
    let pc = unsafe { *f.pc };
    Some((f.code, pc.saturating_sub(1)))
}

/// What deleting a binding found ([`take_slot`], [`remove_global`]).
pub enum Taken {
    /// Nothing was bound.
    Unbound,
    /// Removed.
    Done,
    /// Removed a value that asks for a collection now ([`collect_on_del`], [`after_del`]).
    Collect,
}

/// `del` of a local: takes the value out of `slot`. Out of line (as the other deletions), so
/// that the value does not stay in a register of the eval loop, where the collection of
/// [`after_del`] would find it and keep the object alive.
///
/// # Safety
/// `slot` points at a local variable slot of the running frame.
#[inline(never)]
pub unsafe fn take_slot(slot: *mut Value) -> Taken {
    // SAFETY: the caller's contract.
    let v = unsafe { slot.replace(Value::NULL) };
    taken(v)
}

/// `del` of a global: removes `name` from `globals` (see [`take_slot`]).
#[inline(never)]
pub fn remove_global(globals: Value, name: Value) -> Taken {
    match crate::objects::dict::remove_str(globals, name) {
        None => Taken::Unbound,
        Some(v) => taken(v),
    }
}

/// Rebinding a local (`x = ...` while [`ANY_FINALIZABLE`]): stores `v` in `slot` and says
/// whether the value it replaced has a `__del__`, so that the caller collects at once as after
/// `del` (CPython finalizes the old value when the name lets go of it). Out of line for the
/// reason given at [`take_slot`]. Unlike `del`, module-level rebinding and a function's return,
/// a local's rebinding does not look into a small list or tuple ([`holds_finalizable`]): it is
/// the hot store of loops (`row = [...]`), and the look cost 100-150 ns per store.
///
/// # Safety
/// `slot` points at a local variable slot of the running frame.
#[inline(never)]
pub unsafe fn store_slot(slot: *mut Value, v: Value) -> bool {
    // SAFETY: the caller's contract.
    let old = unsafe { slot.replace(v) };
    is_finalizable(old) && !old.is(v)
}

/// Rebinding a name in the plain dict `ns` (module globals, a class body) while
/// [`ANY_FINALIZABLE`]: stores `v` and says whether the value it replaced has a `__del__`
/// (see [`store_slot`]).
#[inline(never)]
pub fn rebind_name(ns: Value, name: Value, v: Value) -> bool {
    let old = crate::objects::dict::get_str(ns, name);
    crate::objects::dict::set_str(ns, name, v);
    matches!(old, Some(o) if holds_finalizable(o) && !o.is(v))
}

fn taken(v: Value) -> Taken {
    if v.is_null() {
        Taken::Unbound
    } else if collect_on_del(v) {
        Taken::Collect
    } else {
        Taken::Done
    }
}

/// A `del` removed a value whose class defines `__del__` (or that a weak reference refers
/// to): collect now, so that `__del__` runs (and weak references clear) here when nothing else
/// holds the object (CPython's timing). `stale` is the deleting frame's value-stack slots above
/// its stack pointer: they may still name the object and the collector scans them, so they are
/// cleared first.
///
/// A program that deletes many such objects in a loop would run a whole collection each time;
/// once these collections have taken more than [`BUDGET_FLOOR`] and more than a tenth of the
/// process's CPU time ([`Budget`]), `del` no longer collects (the objects are finalized by the ordinary
/// cycles, later).
#[cold]
#[inline(never)]
pub fn after_del(vm: &mut Vm, stale: &mut [Value]) {
    // Zero the stack first, then run in a fresh frame: the frames of the collection then sit in
    // zeroed memory, not over what returned calls left (`scrub_native_stack`).
    scrub_native_stack();
    after_del_scrubbed(vm, stale);
}

#[inline(never)]
fn after_del_scrubbed(vm: &mut Vm, stale: &mut [Value]) {
    if !DEL_BUDGET.allows() {
        return;
    }
    stale.fill(Value::NULL);
    DEL_BUDGET.collect(vm);
    run_pending(vm, true);
}

/// The most items of a local list or tuple that [`locals_die`] puts in its order.
const ORDER_ITEMS_MAX: usize = 64;

/// A function frame returns `ret`: whether one of its non-parameter locals holds an object
/// with `__del__` or a registered suspended generator, other than `ret` itself. If so, every
/// fast local is cleared (the frame is done with them) and the caller collects at once
/// ([`after_return`]), so that `__del__` runs at the return, as in CPython, when nothing else
/// holds the object. Parameters do not count: a method's `self` would make every method call
/// of such a class collect. Only checked once [`ANY_FINALIZABLE`] is set.
///
/// The returned list is the order in which CPython would release what the locals held: the
/// locals in their order, a list's or tuple's items last to first ([`after_return`] runs the
/// finalizers in that order).
///
/// # Safety
/// `fast` points at the frame's `code.varnames.len()` fast-local slots.
// Not inlined: the values it reads then sit in its own frame, below the interpreter's, which
// `after_return` zeroes before it collects (`scrub_native_stack`), not in the interpreter's
// frame, where the conservative stack scan would find them and keep them alive.
#[inline(never)]
pub unsafe fn locals_die(fast: *mut Value, code: &crate::bytecode::CodeObject, ret: Value) -> Option<Vec<Value>> {
    let n = code.varnames.len();
    let dying = (code.total_args()..n).any(|i| {
        // SAFETY: i < n (the caller's contract).
        let v = unsafe { *fast.add(i) };
        v != ret && !v.is_null() && (holds_finalizable(v) || crate::interp::generator::is_registered(v))
    });
    if !dying || !DEL_BUDGET.allows() {
        return None;
    }
    let params = code.total_args();
    let mut order = Vec::new();
    for i in 0..n {
        // SAFETY: as above.
        let v = unsafe { std::mem::replace(&mut *fast.add(i), Value::NULL) };
        if v.is_null() || !v.is_ptr() {
            continue;
        }
        order.push(v);
        // The items of a small container the function made (a parameter's belong to the
        // caller): CPython releases them when the container goes, last to first.
        if i < params {
            continue;
        }
        if let Some(items) = crate::objects::tuple::as_items(v) {
            if items.len() <= ORDER_ITEMS_MAX {
                order.extend(items.iter().rev());
            }
        } else if crate::objects::list::is_list(v) && crate::objects::list::len(v) <= ORDER_ITEMS_MAX {
            order.extend(crate::objects::list::to_vec(v).into_iter().rev());
        }
    }
    Some(order)
}

thread_local! {
    /// The order [`locals_die`] gave at a function's return, until the caller of its frame
    /// collects ([`run_deferred_return`]).
    static DEFERRED: std::cell::RefCell<Option<Vec<Value>>> = const { std::cell::RefCell::new(None) };
}

/// The returning frame's interpreter loop hands over [`locals_die`]'s order: the collection
/// runs in the caller of that frame, once the loop's native frame, which may still hold the
/// dead objects in spill slots, is gone (below the stack pointer, zeroed before collecting).
/// The order holds the objects only as a Rust vector, which the collector does not see.
pub fn defer_after_return(order: Vec<Value>) {
    DEFERRED.with(|d| match &mut *d.borrow_mut() {
        Some(o) => o.extend(order),
        slot => *slot = Some(order),
    });
}

/// After a function frame ran: the collection [`defer_after_return`] asked for, if any.
#[inline(always)]
pub fn run_deferred_return(vm: &mut Vm) {
    if ANY_FINALIZABLE.load(std::sync::atomic::Ordering::Relaxed) {
        if let Some(order) = DEFERRED.with(|d| d.borrow_mut().take()) {
            after_return(vm, order);
        }
    }
}

/// A function returned after [`locals_die`] gave `order`: collect (within `del`'s [`Budget`])
/// and run the finalizers, those of objects in `order` first, in that order, then the rest
/// oldest first. The returning frame cleared its stale value-stack slots itself (eval.rs), and
/// its native frame is gone, so there is nothing else to clear.
#[cold]
#[inline(never)]
fn after_return(vm: &mut Vm, order: Vec<Value>) {
    let rank = rank_of(order);
    // Zeroed after `rank_of` returned: the values it held in its frame are gone with it.
    scrub_native_stack();
    after_return_scrubbed(vm, rank);
}

/// `order` as positions by address: the hint must not hold the dead objects alive during the
/// collection. Not inlined, so the values it handles stay in its own frame (see `locals_die`).
#[inline(never)]
fn rank_of(order: Vec<Value>) -> std::collections::HashMap<usize, usize> {
    order.iter().enumerate().rev().map(|(i, v)| (v.raw(), i)).collect()
}

#[inline(never)]
fn after_return_scrubbed(vm: &mut Vm, rank: std::collections::HashMap<usize, usize>) {
    if !DEL_BUDGET.allows() {
        return;
    }
    DEL_BUDGET.collect(vm);
    run_pending_in(vm, Order::Ranked(rank));
}

/// How long a lock wait lasts before [`collect_for_stuck_wait`] is first worth trying; each
/// later try waits twice as long as the one before, up to [`STUCK_WAIT_MAX`].
pub const STUCK_WAIT: Duration = Duration::from_millis(200);
/// The longest pause between two tries of [`collect_for_stuck_wait`] in one lock wait.
pub const STUCK_WAIT_MAX: Duration = Duration::from_millis(3200);

/// A thread has waited a while ([`STUCK_WAIT`]) for a lock: if objects with finalizers are registered
/// (`__del__`, suspended generators), collect and run the finalizers of the dead ones, which
/// may release the lock. CPython would have released it when the last reference went: a
/// generator suspended inside `with lock:` and dropped at a function's return holds the lock
/// here until a collection finds it dead, and a program that then takes the lock again would
/// otherwise wait for a collection that may never come. Has its own [`Budget`] (at most a
/// tenth of the process's CPU time after the first 200 ms). Returns whether it collected; the
/// waiter tries again later either way (a refused budget grows with the run time, and a
/// collection can miss a dead generator that a stale native slot still named).
pub fn collect_for_stuck_wait(vm: &mut Vm) -> bool {
    if gc_concurrent::heap().resurrecting_count() == 0 || RUNNING.with(|r| r.get()) || !STUCK_BUDGET.allows() {
        return false;
    }
    scrub_native_stack();
    STUCK_BUDGET.collect(vm);
    run_pending(vm, false);
    true
}

/// A whole collection, then the finalizers it queued (`gc.collect()`; at exit newest first).
pub fn collect_and_finalize(vm: &mut Vm, newest_first: bool) {
    scrub_native_stack();
    crate::gc_glue::collect(vm);
    run_pending(vm, newest_first);
}

/// Exit: drop the `__main__` globals one at a time, in insertion order, collecting after each
/// while objects with `__del__` remain registered; then, while registered objects remain (such
/// as suspended generators), drop the rest and collect once more (see the module doc).
pub fn at_exit(vm: &mut Vm) {
    run_pending(vm, false);
    let heap = gc_concurrent::heap();
    if heap.resurrecting_count() == 0 {
        return;
    }
    if objmodel::threads::Registry::global().count() > 1 {
        // Daemon threads still run and may read the `__main__` globals (CPython stops them
        // before its teardown): finalize only what is garbage already.
        collect_and_finalize(vm, true);
        return;
    }
    let Some(main) = crate::objects::dict::get_by_name(vm.rt.sys_modules, "__main__") else { return };
    if !main.is_ptr() || main.header().kind() != objmodel::Kind::Module {
        return;
    }
    let globals = crate::objects::module::module_dict(main);
    if !crate::objects::dict::is_dict(globals) {
        return;
    }
    let keys = crate::objects::dict::keys(globals);
    let mut rest = keys.len();
    for (i, &k) in keys.iter().enumerate() {
        if del_registered() == 0 {
            rest = i;
            break;
        }
        if drop_global(vm, globals, k) {
            collect_and_finalize(vm, true);
        }
    }
    // Only generators suspended in a `try` may be left: drop the other globals together and
    // collect once (a collection per global would cost more than they are worth).
    if heap.resurrecting_count() > 0 {
        for &k in &keys[rest..] {
            drop_global(vm, globals, k);
        }
        collect_and_finalize(vm, true);
    }
}

/// How many registered objects with `__del__` are not yet found dead.
fn del_registered() -> usize {
    ORDER.lock().as_ref().map_or(0, |m| m.len())
}

/// Removes global `k` if it names an object other than a class or module; returns whether it
/// did. Out of line, so that the value does not stay in a register or stack slot of
/// `at_exit`, where the conservative stack scan would keep it alive.
#[inline(never)]
fn drop_global(vm: &mut Vm, globals: Value, k: Value) -> bool {
    if pystr_is(k, "__builtins__") {
        return false;
    }
    let Some(v) = crate::objects::dict::get(vm, globals, k).ok().flatten() else { return false };
    if !v.is_ptr() || v.is_none() || crate::objects::type_::is_type(v) || v.class().is(vm.rt.types.module) {
        return false;
    }
    crate::objects::dict::remove(vm, globals, k).is_ok()
}

/// Zeroes the native stack below the caller's frame. The collection that follows scans its own
/// call chain conservatively, and those frames' padding and not-yet-written slots would still
/// hold what earlier, returned calls left there (such as the object just deleted), keeping it
/// alive for one more cycle.
#[inline(never)]
fn scrub_native_stack() {
    let mut area = [0usize; 8192];
    // The writes must happen: the optimizer would drop stores to an array nobody reads.
    std::hint::black_box(&mut area);
}

fn pystr_is(k: Value, s: &str) -> bool {
    crate::objects::str::as_str(k) == Some(s)
}
