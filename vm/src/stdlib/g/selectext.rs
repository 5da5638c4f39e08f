//! `_pyrs_select`: the native part of `select` (pyrs-nogil's own module).
//!
//! - `poll(fds, events, timeout_ms)`: one poll(2) call over the descriptors in the tuple
//!   `fds`, each watched for the events at the same index of `events`; `timeout_ms` < 0
//!   waits without limit. Returns a tuple of `(fd, revents)` pairs for the descriptors with
//!   events, or None when a signal interrupted the wait (EINTR): `select.py` then lets the
//!   interpreter run signal handlers and retries with the time left (PEP 475).
//!
//! The thread is parked while it waits, so collections run meanwhile.

use objmodel::Value;

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{int, tuple};
use crate::stdlib::modules_a::posix::os_error;
use crate::stdlib::modules_a::util::{funcs, new_module};
use crate::vm::Vm;

fn poll(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "poll", 3, 3)?;
    let (fds, events) = (tuple::items(a.at(0)), tuple::items(a.at(1)));
    if fds.len() != events.len() {
        return Err(vm.value_error("poll: fds and events differ in length"));
    }
    let mut pfds = Vec::with_capacity(fds.len());
    for (fd, ev) in fds.iter().zip(events) {
        let fd = vm.index_value(*fd)?;
        let ev = vm.index_value(*ev)?;
        let fd = i32::try_from(fd).map_err(|_| vm.overflow_error("signed integer is greater than maximum"))?;
        pfds.push(libc::pollfd { fd, events: ev as i16, revents: 0 });
    }
    let timeout = vm.index_value(a.at(2))?.clamp(-1, i32::MAX as i64) as i32;
    let n = pfds.len() as libc::nfds_t;
    // SAFETY: `pfds` holds `n` initialised pollfd structs that poll may write.
    let r = crate::safepoint::blocking(vm, || unsafe { libc::poll(pfds.as_mut_ptr(), n, timeout) });
    if r < 0 {
        let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO);
        if e == libc::EINTR {
            return Ok(objmodel::none());
        }
        return Err(os_error(vm, e, None, None));
    }
    let ready: Vec<Value> = pfds
        .iter()
        .filter(|p| p.revents != 0)
        .map(|p| tuple::new(&[int::from_i64(p.fd as i64), int::from_i64(p.revents as u16 as i64)]))
        .collect();
    Ok(tuple::new(&ready))
}

pub fn make_module(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_pyrs_select");
    funcs(d, &[("poll", poll)]);
    Ok(m)
}
