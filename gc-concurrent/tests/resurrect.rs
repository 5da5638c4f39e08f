//! Resurrecting finalizers (resurrect.rs): an unreachable registered object survives the
//! collection that finds it dead, with everything it reaches, and is handed over exactly once.

mod common;

use std::ptr::NonNull;

use common::*;
use gc_concurrent::{GcClient, Heap, HeapConfig, Tracer};
use parking_lot::Mutex;

/// The toy client, plus a queue of resurrected objects that is a root (as the VM's is).
#[derive(Default)]
struct ResurrectingClient {
    toy: ToyClient,
    queue: Mutex<Vec<usize>>,
    handed: Mutex<Vec<u64>>,
}

impl GcClient for ResurrectingClient {
    fn roots(&self, tracer: &mut Tracer) {
        self.toy.roots(tracer);
        for &r in self.queue.lock().iter() {
            tracer.visit(r as *const u8);
        }
    }
    fn trace(&self, obj: NonNull<u8>, tracer: &mut Tracer) {
        self.toy.trace(obj, tracer);
    }
    fn resurrected(&self, objs: &[NonNull<u8>]) {
        for o in objs {
            self.handed.lock().push(id(o.as_ptr()));
            self.queue.lock().push(o.as_ptr() as usize);
        }
    }
}

#[test]
fn unreachable_registered_objects_survive_with_their_subgraph_once() {
    let heap = Heap::leak(HeapConfig::default());
    let mut m = heap.new_mutator();
    let client = ResurrectingClient::default();
    // a -> b -> c (c large), d -> a (a cycle through d is not needed: d alone reaches a).
    let a = new_obj(&mut m, 1, 1, 32);
    let b = new_obj(&mut m, 2, 1, 32);
    let c = new_obj(&mut m, 3, 0, 20_000);
    let d = new_obj(&mut m, 4, 1, 32);
    set_field(a.as_ptr(), 0, b.as_ptr());
    set_field(b.as_ptr(), 0, c.as_ptr());
    set_field(d.as_ptr(), 0, a.as_ptr());
    heap.register_resurrecting(a);
    heap.register_resurrecting(d);
    // Plain garbage, to check that the sweep still runs.
    for i in 0..1000u64 {
        new_obj(&mut m, 100 + i, 0, 32);
    }
    client.toy.set_roots(vec![d.as_ptr() as usize]);
    let s = heap.collect(&client);
    assert!(s.reclaimed_bytes > 0, "the plain garbage was reclaimed");
    assert!(client.handed.lock().is_empty(), "reachable objects are not handed over");
    assert_eq!(heap.resurrecting_count(), 2);

    // Drop the root: d and a are both unreachable, handed over together; b and c survive.
    client.toy.set_roots(Vec::new());
    heap.collect(&client);
    let mut handed = client.handed.lock().clone();
    handed.sort_unstable();
    assert_eq!(handed, vec![1, 4], "both dead registered objects, in the same cycle");
    assert_eq!(heap.resurrecting_count(), 0);
    // Another collection: the queue keeps them; memory intact.
    heap.collect(&client);
    for (o, i) in [(a, 1), (b, 2), (c, 3), (d, 4)] {
        check(o.as_ptr(), i);
    }
    assert_eq!(field(a.as_ptr(), 0), b.as_ptr() as *const u8);

    // The client ran the finalizers and dropped its queue: now they die for good, and are
    // not handed over again.
    client.queue.lock().clear();
    heap.collect(&client);
    heap.collect(&client);
    assert_eq!(client.handed.lock().len(), 2, "each object handed over exactly once");
}

#[test]
fn the_finalize_flag_is_taken_once() {
    let heap = Heap::leak(HeapConfig::default());
    assert!(!heap.take_finalize_due());
    heap.request_finalization();
    assert!(heap.collection_due());
    assert!(heap.take_finalize_due());
    assert!(!heap.take_finalize_due());
    assert!(!heap.collection_due());
}

#[test]
fn a_withdrawn_registration_is_not_handed_over() {
    let heap = Heap::leak(HeapConfig::default());
    let mut m = heap.new_mutator();
    let client = ResurrectingClient::default();
    // Enough objects to spread over every shard of the registry.
    let objs: Vec<_> = (0..64u64).map(|i| new_obj(&mut m, i, 0, 32)).collect();
    for &o in &objs {
        heap.register_resurrecting(o);
    }
    assert_eq!(heap.resurrecting_count(), 64);
    // Withdraw the even ones (a generator that finished), and once more (harmless).
    for &o in objs.iter().step_by(2) {
        heap.unregister_resurrecting(o);
        heap.unregister_resurrecting(o);
    }
    assert_eq!(heap.resurrecting_count(), 32);
    heap.collect(&client);
    let mut handed = client.handed.lock().clone();
    handed.sort_unstable();
    assert_eq!(handed, (0..64u64).filter(|i| i % 2 == 1).collect::<Vec<_>>());
    assert_eq!(heap.resurrecting_count(), 0);
}
