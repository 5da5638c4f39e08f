//! Standard-library modules, group H: embedded Python sources (in `py_h/`, embedded with
//! `include_str!`), pyrs-nogil's own implementations of CPython 3.11's modules of the same
//! names, written from the CPython documentation; each module's docstring says what it
//! offers and what it leaves out.
//!
//! Python: `encodings` (with the `idna` and `punycode` codecs, which `codecs.lookup` imports
//! on first use), `http` (HTTPStatus, HTTPMethod) and `http.client` (constants and
//! exceptions; no sockets), `cmd`, `gettext` (no catalogs: messages fall back to themselves),
//! `getpass`, `pwd` and `grp` (read /etc/passwd and /etc/group; shared part in
//! `_pyrs_passwd`), `genericpath`, `quopri`, `dbm` and `dbm.dumb`, `shelve`, `opcode`
//! (CPython's tables as data), `dis` (introspection only: listing instructions raises
//! NotImplementedError). `profile`, `cProfile`, `pstats` and `trace` are not provided: the
//! interpreter has no call or line hooks to feed them.
//! `mimetypes`, `zoneinfo` (TZif files from the system's tz database), `tarfile` (ustar/pax,
//! gzip; no bz2/xz or stream modes), `socket` (constants and address utilities; creating a
//! socket raises OSError: there is no network layer), `site` (path values only), `runpy`
//! (run_path, run_module over source files), `ntpath` (Windows path strings), `code` and
//! `codeop` (interactive consoles; incomplete input told from the syntax error), `pydoc`
//! (text documentation for `help(obj)` and `help()`; no HTML or topic pages).

/// Embedded Python modules of this group: (source, is_package).
pub fn embedded_source(name: &str) -> Option<(&'static str, bool)> {
    Some(match name {
        "encodings" => (include_str!("py_h/encodings/__init__.py"), true),
        "encodings.idna" => (include_str!("py_h/encodings/idna.py"), false),
        "encodings.punycode" => (include_str!("py_h/encodings/punycode.py"), false),
        "http" => (include_str!("py_h/http/__init__.py"), true),
        "http.client" => (include_str!("py_h/http/client.py"), false),
        "cmd" => (include_str!("py_h/cmd.py"), false),
        "gettext" => (include_str!("py_h/gettext.py"), false),
        "getpass" => (include_str!("py_h/getpass.py"), false),
        "_pyrs_passwd" => (include_str!("py_h/_pyrs_passwd.py"), false),
        "pwd" => (include_str!("py_h/pwd.py"), false),
        "grp" => (include_str!("py_h/grp.py"), false),
        "genericpath" => (include_str!("py_h/genericpath.py"), false),
        "quopri" => (include_str!("py_h/quopri.py"), false),
        "dbm" => (include_str!("py_h/dbm/__init__.py"), true),
        "dbm.dumb" => (include_str!("py_h/dbm/dumb.py"), false),
        "shelve" => (include_str!("py_h/shelve.py"), false),
        "opcode" => (include_str!("py_h/opcode.py"), false),
        "dis" => (include_str!("py_h/dis.py"), false),
        "mimetypes" => (include_str!("py_h/mimetypes.py"), false),
        "zoneinfo" => (include_str!("py_h/zoneinfo.py"), false),
        "tarfile" => (include_str!("py_h/tarfile.py"), false),
        "socket" => (include_str!("py_h/socket.py"), false),
        "site" => (include_str!("py_h/site.py"), false),
        "runpy" => (include_str!("py_h/runpy.py"), false),
        "ntpath" => (include_str!("py_h/ntpath.py"), false),
        "code" => (include_str!("py_h/code.py"), false),
        "codeop" => (include_str!("py_h/codeop.py"), false),
        "pydoc" => (include_str!("py_h/pydoc.py"), false),
        _ => return None,
    })
}
