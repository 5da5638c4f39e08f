//! # objmodel — the object model of pyrs-nogil
//!
//! Owns the representation of Python values and heap objects: the one-word [`Value`], the object
//! [`Header`] (GC word, class pointer, lock word), the Rust layout of every object kind
//! ([`layout`]), type objects ([`types`]), the immortal singletons ([`statics`]), allocation
//! through the calling thread's GC mutator ([`alloc`]) and tracing ([`trace`]).
//!
//! It never implements Python semantics (that is `vm`'s job) and never decides when to collect
//! (that is `gc-concurrent`'s and the vm's safepoints').
//!
//! Module map: `value` (tagging), `header` (header, kinds), `lock` (biased/thin/inflated lock
//! word), `park` (the inflated locks' sleep queues), `threads` (thread registry, safepoint
//! handshakes, stop-the-world, bias revocation), `events` (slow-path event hook, bulk
//! revocation), `gil` (the GIL build's interpreter lock, also the nogil build's serial token), `serial`
//! (contention-adaptive serial mode), `slot`
//! (atomic-ready fields), `layout` (object layouts), `types` (type objects), `statics`
//! (singletons), `alloc` (constructors), `str_append` (str views for linear `s += piece`), `trace` (outgoing pointers), `sync` (std/loom shim).

// The GIL build compiles the object-lock protocol out (lock.rs); its helpers stay unused there.
#![cfg_attr(feature = "gil", allow(dead_code, unused_imports))]

pub mod alloc;
pub mod events;
#[cfg(not(loom))]
pub mod gil;
pub mod header;
pub mod layout;
pub mod lock;
#[cfg(not(loom))]
pub mod serial;
pub(crate) mod park;
pub mod slot;
pub mod statics;
pub mod str_append;
pub(crate) mod sync;
pub(crate) mod delegate;
pub mod threads;
pub mod trace;
pub mod types;
pub mod value;

pub use header::{Header, Kind};
pub use slot::{Slot, Word};
pub use statics::{bool_, ellipsis, false_, none, not_implemented, true_};
pub use types::{TypeObj, builtin_types};
pub use value::Value;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(std::mem::size_of::<Value>(), 8);
        assert_eq!(std::mem::size_of::<Header>(), 24);
        assert_eq!(std::mem::size_of::<layout::FloatObj>(), 32);
        assert_eq!(std::mem::size_of::<layout::ListObj>(), 48);
    }

    #[test]
    fn small_ints() {
        for i in [0i64, 1, -1, 42, value::SMALL_MAX, value::SMALL_MIN] {
            let v = Value::try_int(i).unwrap();
            assert!(v.is_small());
            assert_eq!(v.as_small(), Some(i));
        }
        assert!(Value::try_int(value::SMALL_MAX + 1).is_none());
        assert!(Value::try_int(i64::MIN).is_none());
    }
}
