//! The per-thread side of recording: each thread's event buffer, filled without shared
//! writes, and the hooks objmodel and the stdlib call.

use std::cell::RefCell;
use std::collections::HashMap;

use objmodel::events::EventKind;
use objmodel::lock::LockWord;
use objmodel::threads;

use super::locs;
use crate::report::schema::Location;
use crate::vm::Vm;

/// The file name the embedded `threading` module is compiled under (`stdlib::source_map`).
const THREADING: &str = "/usr/local/lib/python3.11/threading.py";

/// Frames of the waiting thread's stack kept per event (innermost first).
const STACK_DEPTH: usize = 4;
/// User-lock waits inside these `threading` functions (reached before any user frame) are
/// thread start-up, end and `join` waits — waiting for a thread's life, not for a conflict —
/// and are not recorded.
const LIFECYCLE: [(&str, &str); 6] = [
    (THREADING, "start"),
    (THREADING, "_bootstrap_inner"),
    (THREADING, "_delete"),
    (THREADING, "join"),
    (THREADING, "_wait_for_tstate_lock"),
    (THREADING, "_shutdown"),
];

/// Events kept per thread for timelines; later ones only count into their site.
pub(super) const EVENTS_PER_THREAD: usize = 50_000;

/// What makes two events the same site.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(super) struct SiteKey {
    pub kind: &'static str,
    pub op: String,
    pub type_name: String,
    /// Location ids (locs.rs), innermost first.
    pub stack: Vec<u32>,
    /// Allocation site location id, 0 = unknown.
    pub alloc: u32,
}

#[derive(Default, Clone)]
pub(super) struct SiteAgg {
    pub events: u64,
    pub total_wait_ns: u64,
    pub max_wait_ns: u64,
    pub others: Vec<u64>,
}

pub(super) struct Ev {
    pub site: u32,
    pub start_ns: u64,
    pub wait_ns: u64,
    pub other: u64,
}

/// One thread's recording.
pub(super) struct Buf {
    pub tid: u64,
    pub name: String,
    pub start_ns: u64,
    pub end_ns: u64,
    pub sites: HashMap<SiteKey, u32>,
    pub keys: Vec<(SiteKey, SiteAgg)>,
    pub events: Vec<Ev>,
    pub dropped: u64,
    /// Fast keys of sites seen before.
    fast: HashMap<FastKey, u32>,
    /// (code pointer, pc) → location id.
    loc_cache: HashMap<(usize, usize), u32>,
}

thread_local! {
    static BUF: RefCell<Option<Buf>> = const { RefCell::new(None) };
    /// The object whose instance dict an attribute store is about to lock.
    static ATTR_OWNER: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Finished threads' buffers, merged at exit.
pub(super) static FINISHED: parking_lot::Mutex<Vec<Buf>> = parking_lot::Mutex::new(Vec::new());

/// Python thread ident → bias id, for naming user-lock holders.
static IDENTS: parking_lot::Mutex<Vec<(u64, u64)>> = parking_lot::Mutex::new(Vec::new());

/// The bias id of the thread with Python ident `ident` (0 = unknown).
pub fn tid_of_ident(ident: u64) -> u64 {
    IDENTS.lock().iter().find(|(i, _)| *i == ident).map_or(0, |&(_, t)| t)
}

/// Start a buffer for the calling thread (called once it is registered).
pub fn thread_started() {
    if !super::enabled() {
        return;
    }
    let tid = threads::current_tid() as u64;
    IDENTS.lock().push((crate::stdlib::thread::ident(), tid));
    BUF.with(|b| {
        *b.borrow_mut() = Some(Buf {
            tid,
            name: format!("Thread-{tid}"),
            start_ns: threads::now_ns(),
            end_ns: 0,
            sites: HashMap::new(),
            keys: Vec::new(),
            events: Vec::new(),
            dropped: 0,
            fast: HashMap::new(),
            loc_cache: HashMap::new(),
        })
    });
}

/// Name the calling thread in the report (`threading` calls it with `Thread.name`).
pub fn set_thread_name(name: &str) {
    BUF.with(|b| {
        if let Some(b) = b.borrow_mut().as_mut() {
            b.name = name.to_string();
        }
    });
}

/// Hand the calling thread's buffer over for the exit merge.
pub fn thread_finished() {
    if let Some(mut b) = BUF.with(|b| b.borrow_mut().take()) {
        b.end_ns = threads::now_ns();
        FINISHED.lock().push(b);
    }
}

/// While alive, names the instance whose dict an attribute store locks (so its events name
/// the instance's class, not `dict`). Cheap when not recording.
pub struct AttrOwner(bool);

impl AttrOwner {
    #[inline(always)]
    pub fn note(obj: objmodel::Value) -> AttrOwner {
        if super::enabled() {
            ATTR_OWNER.with(|o| o.set(obj.raw()));
            AttrOwner(true)
        } else {
            AttrOwner(false)
        }
    }
}

impl Drop for AttrOwner {
    #[inline(always)]
    fn drop(&mut self) {
        if self.0 {
            ATTR_OWNER.with(|o| o.set(0));
        }
    }
}

/// The class of the noted attribute-store owner. The owner is alive: the store that noted it
/// holds it until the guard drops.
fn owner_class() -> Option<&'static objmodel::TypeObj> {
    match ATTR_OWNER.with(|o| o.get()) {
        0 => None,
        o => Some(objmodel::Value::from_raw(o).class()),
    }
}

fn current_vm() -> Option<&'static Vm> {
    let ctl = threads::current_ctl()?;
    // SAFETY: `user` is the calling thread's own Vm (safepoint.rs `register`), alive while it
    // is registered; we only read its frame list, on its own thread.
    Some(unsafe { &*(ctl.user as *const Vm) })
}

/// The location of frame `(code, pc)`, cached per thread.
fn loc_id(buf: &mut Buf, code: objmodel::Value, pc: usize) -> u32 {
    let key = (code.raw(), pc);
    if let Some(&id) = buf.loc_cache.get(&key) {
        return id;
    }
    let c = crate::interp::code::rust_code(code);
    let line = crate::interp::traceback::line_of(code, pc);
    let id = locs::intern(Location { file: c.filename.to_string(), line: line as u64, function: c.name.clone() });
    buf.loc_cache.insert(key, id);
    id
}

/// The innermost frames as (code, current pc), innermost first.
fn frames(vm: &Vm) -> impl Iterator<Item = (objmodel::Value, usize)> + '_ {
    vm.frames.iter().rev().filter(|f| !f.pc.is_null()).map(|f| {
        // SAFETY: `pc` points into a live frame of this thread (vm.rs FrameRef); the frame's
        // next instruction index minus one is the one executing.
        let pc = unsafe { *f.pc };
        (f.code, pc.saturating_sub(1))
    })
}

/// The allocation-site hook (objmodel events.rs): the innermost Python frame's location.
pub fn alloc_site() -> usize {
    let Some(vm) = current_vm() else { return 0 };
    let Some((code, pc)) = frames(vm).next() else { return 0 };
    BUF.with(|b| match b.borrow_mut().as_mut() {
        Some(buf) => loc_id(buf, code, pc) as usize,
        None => 0,
    })
}

fn kind_name(k: EventKind) -> &'static str {
    match k {
        EventKind::Contended => "contended",
        EventKind::Revocation => "revocation",
        EventKind::Inflation => "inflation",
        // A handoff (the lock's last holder was another thread: the object moved between
        // cores) is contention that did not have to wait; it counts as such.
        EventKind::Handoff => "contended",
        EventKind::Handshake => "handshake",
        EventKind::GcWait => "gc_wait",
        // The serial token is the GIL's lock taken adaptively (objmodel serial.rs): the same
        // kind, told apart by its operation.
        EventKind::Gil | EventKind::Serial => "gil",
    }
}

/// The lock-event hook (objmodel events.rs).
pub fn lock_event(kind: EventKind, word: Option<&LockWord>, start: u64, wait: u64, other: usize, weight: u64) {
    let (ty, alloc, dict_kind) = match word {
        Some(w) => {
            let h = objmodel::events::header_of(w);
            (Ty::Class(h.class()), w.site() as u32, h.kind() == objmodel::Kind::Dict)
        }
        None => (Ty::Name(""), 0, false),
    };
    let op_default = match kind {
        EventKind::Handshake => Some("stop-the-world handshake"),
        EventKind::GcWait => Some("stopped for a collection"),
        EventKind::Gil => Some("GIL"),
        EventKind::Serial => Some(super::SERIAL_OP),
        _ => None,
    };
    add_event(kind_name(kind), op_default, ty, dict_kind, alloc, start, wait, other as u64, weight);
}

/// A wait in a user lock (`_thread.lock`/`RLock`), with the holder's bias id (0 = unknown).
pub fn record_user_lock_wait(type_name: &str, op: &str, start: u64, wait: u64, holder: u64) {
    if !super::enabled() {
        return;
    }
    add_event("user_lock", Some(op), Ty::Name(type_name), false, 0, start, wait, holder, 1);
}

/// The type an event names: a class (named only on a site's first event) or a fixed name.
#[derive(Clone, Copy)]
enum Ty<'a> {
    Class(&'a objmodel::TypeObj),
    Name(&'a str),
}

impl Ty<'_> {
    fn key(&self) -> usize {
        match self {
            Ty::Class(c) => *c as *const objmodel::TypeObj as usize,
            Ty::Name(n) => n.as_ptr() as usize,
        }
    }
    fn name(&self) -> String {
        match self {
            Ty::Class(c) => c.name_str().to_string(),
            Ty::Name(n) => n.to_string(),
        }
    }
}

/// Frames in the fast per-thread site key.
const FAST_FRAMES: usize = 6;

/// A cheap key for "same site as before": kind, type, op, allocation site, attribute owner's
/// class and the raw innermost frames. Several fast keys may name one site.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(super) struct FastKey {
    kind: &'static str,
    ty: usize,
    op: usize,
    alloc: u32,
    owner: usize,
    frames: [(usize, usize); FAST_FRAMES],
}

#[allow(clippy::too_many_arguments)]
fn add_event(kind: &'static str, fixed_op: Option<&str>, ty: Ty<'_>, dict_kind: bool, alloc: u32, start: u64, wait: u64, other: u64, weight: u64) {
    let vm = current_vm();
    BUF.with(|b| {
        let mut g = b.borrow_mut();
        let Some(buf) = g.as_mut() else { return };
        let mut fk = FastKey {
            kind,
            ty: ty.key(),
            op: fixed_op.map_or(0, |o| o.as_ptr() as usize),
            alloc,
            owner: if dict_kind { owner_class().map_or(0, |c| c as *const objmodel::TypeObj as usize) } else { 0 },
            frames: [(0, 0); FAST_FRAMES],
        };
        if let Some(vm) = vm {
            for (slot, (code, pc)) in fk.frames.iter_mut().zip(frames(vm)) {
                *slot = (code.raw(), pc);
            }
        }
        let idx = match buf.fast.get(&fk) {
            Some(&i) => i,
            None => {
                let i = new_site(buf, vm, kind, fixed_op, ty, dict_kind, alloc);
                let Some(i) = i else { return };
                buf.fast.insert(fk, i);
                i
            }
        };
        let agg = &mut buf.keys[idx as usize].1;
        // A sampled event stands for `weight` events of the same cost.
        agg.events += weight;
        agg.total_wait_ns = agg.total_wait_ns.saturating_add(wait.saturating_mul(weight));
        agg.max_wait_ns = agg.max_wait_ns.max(wait);
        if other != 0 && !agg.others.contains(&other) {
            agg.others.push(other);
        }
        if buf.events.len() < EVENTS_PER_THREAD {
            buf.events.push(Ev { site: idx, start_ns: start, wait_ns: wait, other });
        } else {
            buf.dropped += 1;
        }
    });
}

/// Build the full site key of an event (first sight of its fast key): the user frames, the
/// operation, the type name. None: the event is not recorded (thread start/join waits).
#[allow(clippy::too_many_arguments)]
fn new_site(buf: &mut Buf, vm: Option<&Vm>, kind: &'static str, fixed_op: Option<&str>, ty: Ty<'_>, dict_kind: bool, alloc: u32) -> Option<u32> {
    let mut ty = ty.name();
    let mut stack = Vec::with_capacity(STACK_DEPTH);
    let mut op = fixed_op.map(str::to_string);
    if let Some(vm) = vm {
        // Frames of the runtime's own Python modules (`.../threading.py`,
        // `.../queue.py` ...) are skipped when user frames lie outside them: the site is the
        // user's line, and the operation is the library call made there (`Queue.get`,
        // `Condition.wait`). Events wholly inside such modules keep their frames.
        let all: Vec<(objmodel::Value, usize)> = frames(vm).take(32).collect();
        let is_lib = |code: objmodel::Value| crate::stdlib::source_map::is_stdlib_filename(&crate::interp::code::rust_code(code).filename);
        let lib_prefix = all.iter().take_while(|&&(code, _)| is_lib(code)).count();
        if kind == "user_lock"
            && all[..lib_prefix].iter().any(|&(code, _)| {
                let c = crate::interp::code::rust_code(code);
                LIFECYCLE.contains(&(&*c.filename, c.name.as_str()))
            })
        {
            // Thread start-up, end and join waits are not contention (see LIFECYCLE).
            return None;
        }
        let skip = if lib_prefix < all.len() { lib_prefix } else { 0 };
        if op.is_none() || kind == "user_lock" {
            if skip > 0 {
                let outer = crate::interp::code::rust_code(all[skip - 1].0);
                op = Some(outer.qualname.clone());
            } else if op.is_none() {
                if let Some(&(code, pc)) = all.first() {
                    let c = crate::interp::code::rust_code(code);
                    if dict_kind && matches!(c.instrs.get(pc), Some(crate::bytecode::Instr::StoreAttr(_) | crate::bytecode::Instr::DeleteAttr(_))) {
                        if let Some(owner) = owner_class() {
                            ty = owner.name_str().to_string();
                        }
                    }
                    op = Some(super::ops::name(c, pc, &ty));
                }
            }
        }
        for &(code, pc) in all.iter().skip(skip).take(STACK_DEPTH) {
            stack.push(loc_id(buf, code, pc));
        }
    }
    let key = SiteKey { kind, op: op.unwrap_or_else(|| format!("{ty} operation")), type_name: ty, stack, alloc };
    let idx = match buf.sites.get(&key) {
        Some(&i) => i,
        None => {
            let i = buf.keys.len() as u32;
            buf.keys.push((key.clone(), SiteAgg::default()));
            buf.sites.insert(key, i);
            i
        }
    };
    Some(idx)
}
