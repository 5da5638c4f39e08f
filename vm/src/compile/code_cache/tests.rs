//! Round trips of real embedded modules through the codec and the entry format.

use super::*;

/// Embedded modules with a variety of constants, nested code, closures and native frames.
const MODULES: &[&str] = &["threading", "collections", "dataclasses", "re", "json", "json.decoder", "enum", "functools"];

fn compiled(name: &str) -> (String, String, Arc<CodeObject>) {
    let (src, is_pkg) = crate::stdlib::embedded_source(name).expect("embedded module");
    let src = crate::stdlib::source_map::expand_anchors(src).unwrap().into_owned();
    let filename = crate::stdlib::source_map::stdlib_filename(name, is_pkg);
    let code = compile_fresh(&src, &filename).unwrap();
    (src, filename, code)
}

#[test]
fn codec_round_trips_embedded_modules() {
    for name in MODULES {
        let (_, _, code) = compiled(name);
        let mut buf = Vec::new();
        codec::encode(&code, &mut buf).unwrap();
        let back = codec::decode(&buf).expect("decodes");
        assert_eq!(format!("{code:?}"), format!("{back:?}"), "{name}");
        // Truncations never panic and never decode.
        for cut in [0, 1, buf.len() / 3, buf.len() - 1] {
            assert!(codec::decode(&buf[..cut]).is_none());
        }
    }
}

#[test]
fn entries_are_checked_against_key_and_payload() {
    let dir = std::env::temp_dir().join(format!("pyrs-code-cache-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cache = Cache { exe_key: 42, dir: dir.clone() };
    let (src, filename, code) = compiled("json.decoder");
    let key = Key { exe: 42, src_hash: hash_bytes(src.as_bytes()), src_len: src.len() as u64, filename: &filename };
    let path = dir.join("entry.bin");
    cache.store(&path, &key, &code);
    let bytes = std::fs::read(&path).unwrap();
    let back = read_entry(&bytes, &key).expect("hit");
    assert_eq!(format!("{code:?}"), format!("{back:?}"));
    let other_exe = Key { exe: 43, ..key };
    assert!(read_entry(&bytes, &other_exe).is_none());
    let key = Key { exe: 42, ..other_exe };
    let mut damaged = bytes.clone();
    let last = damaged.len() - 1;
    damaged[last] ^= 1;
    assert!(read_entry(&damaged, &key).is_none());
    assert!(read_entry(&bytes[..bytes.len() - 1], &key).is_none());
    std::fs::remove_dir_all(&dir).unwrap();
}
