//! An on-disk cache of the compiled embedded stdlib modules, shared by every run of one build
//! of the binary (in the spirit of CPython's `__pycache__/*.pyc`, keyed like a `.pyc`
//! with hash-based invalidation, PEP 552).
//!
//! # Problem
//! Embedded pure-Python modules (`threading`, `re`, `json`, `dataclasses`...) are shipped as
//! source and were parsed and compiled on every run: about 155M of the 178M instructions of
//! `import threading, collections, dataclasses, re, json`.
//!
//! # Scheme
//! `compile_stdlib` looks for the module's code in
//! `<base>/<exe>/<file>-<src>.bin`, where `<base>` is `$PYRS_CODE_CACHE_DIR`, else
//! `$XDG_CACHE_HOME/pyrs-nogil`, else `$HOME/.cache/pyrs-nogil`; `<exe>` hashes the running
//! executable's identity (device, inode, length and modification time of `current_exe()`),
//! `<file>` the module's file name and `<src>` its (anchor-expanded) source. On a miss it
//! compiles and writes the entry. An entry is
//!
//! ```text
//! magic "PYRSCC01" | exe key u64 | source hash u64 | source length u64 | file name (u32 len, bytes)
//!                  | payload length u64 | payload hash u64 | payload (codec.rs)
//! ```
//!
//! # Invariants
//! * INV-CC1: an entry is only used when its header repeats the whole key (executable,
//!   source hash and length, file name) and its payload hashes to the stored value; anything
//!   else, and any decoding failure, falls back to compiling, as does any I/O error. The
//!   cache can make a run faster, never different: a hit yields the code object the same
//!   binary compiled from the same source (the compiler is deterministic).
//! * INV-CC2: entries are published whole. A writer writes a private temporary file (its name
//!   has the process id and a per-process counter) and `rename`s it over the entry, which is
//!   atomic on POSIX file systems: concurrent runs and threads see no entry, or a complete
//!   one; two writers of one entry write equal bytes, so either rename may win.
//! * INV-CC3: the cache grows by one directory per build; on creating its directory a build
//!   removes sibling directories untouched for `STALE_DAYS` days.
//!
//! The hashes are not cryptographic: like `.pyc` files, the cache directory is trusted (it is
//! the user's own), and the hashes only detect changes and accidental corruption.
//! `PYRS_CODE_CACHE=0` turns the cache off.

mod codec;
mod instr_wire;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use super::{CompileError, Mode};
use crate::bytecode::CodeObject;

const MAGIC: &[u8; 8] = b"PYRSCC01";
const STALE_DAYS: u64 = 7;

/// Compiles the embedded module `src` (already anchor-expanded) under `filename`, then marks
/// its native frames (`source_map::mark_native_frames`), using the cache when it can.
pub fn compile_stdlib(src: &str, filename: &str) -> Result<Arc<CodeObject>, CompileError> {
    let Some(cache) = Cache::get() else {
        return compile_fresh(src, filename);
    };
    let key = Key { exe: cache.exe_key, src_hash: hash_bytes(src.as_bytes()), src_len: src.len() as u64, filename };
    let path = cache.dir.join(format!("{:016x}-{:016x}.bin", hash_bytes(filename.as_bytes()), key.src_hash));
    if let Some(code) = std::fs::read(&path).ok().and_then(|bytes| read_entry(&bytes, &key)) {
        return Ok(code);
    }
    let code = compile_fresh(src, filename)?;
    cache.store(&path, &key, &code);
    Ok(code)
}

fn compile_fresh(src: &str, filename: &str) -> Result<Arc<CodeObject>, CompileError> {
    let code = super::compile(src, filename, Mode::Exec)?;
    Ok(crate::stdlib::source_map::mark_native_frames(src, code))
}

struct Key<'a> {
    exe: u64,
    src_hash: u64,
    src_len: u64,
    filename: &'a str,
}

impl Key<'_> {
    fn header(&self) -> Vec<u8> {
        let mut h = Vec::with_capacity(40 + self.filename.len());
        h.extend_from_slice(MAGIC);
        for v in [self.exe, self.src_hash, self.src_len] {
            h.extend_from_slice(&v.to_le_bytes());
        }
        h.extend_from_slice(&(self.filename.len() as u32).to_le_bytes());
        h.extend_from_slice(self.filename.as_bytes());
        h
    }
}

/// The code in `bytes` if it is a whole, intact entry for `key` (INV-CC1).
fn read_entry(bytes: &[u8], key: &Key) -> Option<Arc<CodeObject>> {
    let header = key.header();
    let rest = bytes.strip_prefix(header.as_slice())?;
    let len = u64::from_le_bytes(rest.get(0..8)?.try_into().ok()?);
    let sum = u64::from_le_bytes(rest.get(8..16)?.try_into().ok()?);
    let payload = rest.get(16..)?;
    if payload.len() as u64 != len || hash_bytes(payload) != sum {
        return None;
    }
    codec::decode(payload)
}

/// The process-wide cache location, found once; `None` when the cache is off or unusable.
struct Cache {
    exe_key: u64,
    dir: PathBuf,
}

impl Cache {
    fn get() -> Option<&'static Cache> {
        static CACHE: OnceLock<Option<Cache>> = OnceLock::new();
        CACHE.get_or_init(Cache::locate).as_ref()
    }

    fn locate() -> Option<Cache> {
        if std::env::var_os("PYRS_CODE_CACHE").is_some_and(|v| v == "0") {
            return None;
        }
        let base = match std::env::var_os("PYRS_CODE_CACHE_DIR") {
            Some(d) if !d.is_empty() => PathBuf::from(d),
            _ => match std::env::var_os("XDG_CACHE_HOME") {
                Some(d) if !d.is_empty() => PathBuf::from(d).join("pyrs-nogil"),
                _ => PathBuf::from(std::env::var_os("HOME").filter(|h| !h.is_empty())?).join(".cache").join("pyrs-nogil"),
            },
        };
        let exe_key = exe_identity()?;
        let dir = base.join(format!("{exe_key:016x}"));
        if !dir.is_dir() {
            std::fs::create_dir_all(&base).ok()?;
            match std::fs::create_dir(&dir) {
                Ok(()) => prune_stale(&base, &dir),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(_) => return None,
            }
        }
        Some(Cache { exe_key, dir })
    }

    /// Writes the entry for `key` (INV-CC2); failures are ignored (the next run compiles).
    fn store(&self, path: &Path, key: &Key, code: &CodeObject) {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let mut payload = Vec::new();
        if codec::encode(code, &mut payload).is_none() {
            return;
        }
        let mut bytes = key.header();
        bytes.extend_from_slice(&(payload.len() as u64).to_le_bytes());
        bytes.extend_from_slice(&hash_bytes(&payload).to_le_bytes());
        bytes.extend_from_slice(&payload);
        // Relaxed: the counter only makes temporary names unique within this process.
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let tmp = path.with_extension(format!("tmp.{}.{n}", std::process::id()));
        let written = std::fs::File::create(&tmp).and_then(|mut f| f.write_all(&bytes));
        if written.is_err() || std::fs::rename(&tmp, path).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}

/// Hash of the running executable's identity; a rebuilt or replaced binary gets a new one.
fn exe_identity() -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(std::env::current_exe().ok()?).ok()?;
    let mut words = Vec::with_capacity(40);
    for v in [m.dev(), m.ino(), m.len(), m.mtime() as u64, m.mtime_nsec() as u64] {
        words.extend_from_slice(&v.to_le_bytes());
    }
    Some(hash_bytes(&words))
}

/// INV-CC3: removes the other builds' directories under `base` unused for `STALE_DAYS`.
fn prune_stale(base: &Path, own: &Path) {
    let Ok(entries) = std::fs::read_dir(base) else { return };
    let limit = std::time::Duration::from_secs(STALE_DAYS * 86_400);
    for e in entries.flatten() {
        let p = e.path();
        let stale = e.metadata().ok().and_then(|m| m.modified().ok()).and_then(|t| t.elapsed().ok()).is_some_and(|age| age > limit);
        if p != own && stale && p.is_dir() {
            let _ = std::fs::remove_dir_all(&p);
        }
    }
}

/// A fast non-cryptographic 64-bit hash (FxHash's step over 8-byte words, then a
/// SplitMix64-style finish), enough to notice a changed source or a damaged entry.
fn hash_bytes(b: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = b.len() as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    h = (h.rotate_left(5) ^ u64::from_le_bytes(tail)).wrapping_mul(K);
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

#[cfg(test)]
mod tests;
