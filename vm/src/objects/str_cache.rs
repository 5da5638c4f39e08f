//! One-character ASCII strings, created once and shared (as CPython's latin-1 singletons).

use std::sync::OnceLock;

use objmodel::Value;

static ASCII: OnceLock<Vec<Value>> = OnceLock::new();

pub fn ascii_char(b: u8) -> Value {
    let t = ASCII.get_or_init(|| {
        let rt = crate::runtime::rt();
        (0u8..128).map(|c| rt.intern(std::str::from_utf8(&[c]).unwrap())).collect()
    });
    t[b as usize]
}
