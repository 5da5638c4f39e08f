//! `--lock-stats`: at exit, how the program's object locks were taken (objmodel/src/lock.rs):
//! by the bias owner without atomics, by a thin CAS, after waiting (spinning or sleeping in the
//! park queue), and how many biases were revoked. Counters are kept per thread without shared
//! writes and summed when threads exit (objmodel/src/threads.rs); threads still running at
//! exit (daemons) are not included.

use objmodel::threads::{LockStats, Registry};

fn ms(ns: u64) -> String {
    format!("{:.3} ms", ns as f64 / 1e6)
}

/// The report as text (one line per counter).
pub fn format(s: &LockStats, build: &str) -> String {
    if build == "GIL" {
        // Object locks are compiled out; the only lock is the GIL (objmodel/src/gil.rs).
        return format!(
            "lock statistics (GIL build):\n  object locks             compiled out\n  GIL waits                {}\n  GIL wait time            {}\n",
            s.contended,
            ms(s.wait_ns)
        );
    }
    let total = s.biased + s.thin + s.contended;
    let pct = |n: u64| if total == 0 { 0.0 } else { n as f64 * 100.0 / total as f64 };
    let mut out = String::new();
    out.push_str(&format!("lock statistics ({build} build):\n"));
    out.push_str(&format!("  acquisitions             {total}\n"));
    out.push_str(&format!("    biased fast path       {} ({:.1}%)\n", s.biased, pct(s.biased)));
    out.push_str(&format!("    thin (CAS)             {} ({:.1}%)\n", s.thin, pct(s.thin)));
    out.push_str(&format!("    contended              {} ({:.1}%)\n", s.contended, pct(s.contended)));
    out.push_str(&format!("      of which parked      {}\n", s.parked));
    out.push_str(&format!("  inflations               {}\n", s.inflations));
    out.push_str(&format!("  bias revocations         {}\n", s.revocations));
    out.push_str(&format!("  rebiases                 {}\n", s.rebiases));
    out.push_str(&format!("  handshakes answered      {}\n", s.handshakes));
    out.push_str(&format!("  contended wait time      {}\n", ms(s.wait_ns)));
    out.push_str(&format!("  revocation wait time     {}\n", ms(s.revoke_wait_ns)));
    out.push_str(&format!("  serial mode entries      {}\n", s.serial_entries));
    out.push_str(&format!("  time in serial mode      {}\n", ms(s.serial_ns)));
    out.push_str(&format!("  serial token waits       {} ({})\n", s.serial_waits, ms(s.serial_wait_ns)));
    out
}

/// Print the totals to stderr.
pub fn print() {
    let s = Registry::global().total_stats();
    let build = if cfg!(feature = "gil") { "GIL" } else { "nogil" };
    eprint!("{}", format(&s, build));
}
