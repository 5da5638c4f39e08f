//! Command-line handling: `pyrs-nogil [options] [-c cmd | -m mod | script | -] [args]`, as
//! CPython's `python3`. The program runs on a thread with a large native stack so that deep
//! (but allowed) Python recursion never overflows it; the recursion limit stops runaway
//! recursion long before.

use objmodel::Value;

use crate::objects::{dict, int, str as pystr};
use crate::vm::Vm;

const USAGE: &str = "usage: pyrs-nogil [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
-h     : print this help message and exit (also -? or --help)
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
--gc-stats : print garbage-collector statistics at exit
--lock-stats : print object-lock statistics (biased, thin, contended, revoked) at exit
--contention-report FILE : record lock contention, revocations and waits by Python source
         line, write them to FILE (JSON; read it with `pyrs-nogil report FILE`)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

pyrs-nogil report FILE.json ... : read a contention report (see `pyrs-nogil report -h`)
";

enum Source {
    Command(String),
    Module(String),
    File(String),
    Stdin,
}

/// Parse arguments and run; returns the process exit status.
pub fn main_with_args(args: Vec<String>) -> i32 {
    if args.get(1).is_some_and(|a| a == "report") {
        return crate::report::main(&args[2..]);
    }
    let mut i = 1;
    let mut opts = Options::default();
    let mut source = None;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-c" => {
                let Some(cmd) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option\n{}", USAGE.lines().next().unwrap());
                    return 2;
                };
                source = Some(Source::Command(cmd.clone()));
                i += 1;
                break;
            }
            "-m" => {
                let Some(m) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -m option");
                    return 2;
                };
                source = Some(Source::Module(m.clone()));
                i += 1;
                break;
            }
            "-h" | "--help" | "-?" => {
                print!("{USAGE}");
                return 0;
            }
            "-V" | "--version" => {
                println!("Python 3.11.7 (pyrs-nogil {})", env!("CARGO_PKG_VERSION"));
                return 0;
            }
            "--gc-stats" => opts.gc_stats = true,
            "--lock-stats" => opts.lock_stats = true,
            "--contention-report" => {
                let Some(f) = args.get(i + 1) else {
                    eprintln!("Argument expected for the --contention-report option");
                    return 2;
                };
                opts.contention_report = Some(f.clone());
                i += 1;
            }
            s if s.starts_with("--contention-report=") => {
                opts.contention_report = Some(s["--contention-report=".len()..].to_string());
            }
            "-u" | "-B" | "-E" | "-s" | "-S" | "-I" | "-O" | "-OO" | "-q" | "-b" | "-d" | "-v" => {}
            "-X" | "-W" => i += 1,
            "-" => {
                source = Some(Source::Stdin);
                break;
            }
            s if s.starts_with("-c") && s.len() > 2 => {
                source = Some(Source::Command(s[2..].to_string()));
                break;
            }
            s if s.starts_with("--") || (s.starts_with('-') && s.len() > 1) => {
                eprintln!("Unknown option: {s}\n{}\nTry `pyrs-nogil -h' for more information.", USAGE.lines().next().unwrap());
                return 2;
            }
            _ => {
                source = Some(Source::File(a.clone()));
                break;
            }
        }
        i += 1;
    }
    let source = source.unwrap_or(Source::Stdin);
    let rest: Vec<String> = args.get(i + 1..).map(|s| s.to_vec()).unwrap_or_default();
    // Run on a thread with a big stack (reserved, not committed).
    let h = std::thread::Builder::new()
        .name("MainThread".into())
        .stack_size(1 << 30)
        .spawn(move || run(source, rest, opts))
        .expect("spawn main thread");
    match h.join() {
        Ok(code) => code,
        Err(_) => {
            crate::stdlib::io::flush_all();
            eprintln!("Fatal Python error: internal error (Rust panic)");
            70
        }
    }
}

/// Diagnostic options given before the program.
#[derive(Default)]
struct Options {
    gc_stats: bool,
    lock_stats: bool,
    contention_report: Option<String>,
}

fn run(source: Source, rest: Vec<String>, opts: Options) -> i32 {
    let mut vm = Vm::new();
    let vm = &mut *vm;
    vm.rt.flags.gc_stats.store(opts.gc_stats, std::sync::atomic::Ordering::Relaxed);
    let (argv0, path0, text, filename) = match &source {
        Source::Command(c) => ("-c".to_string(), String::new(), Some(c.clone()), "<string>".to_string()),
        Source::Module(m) => (m.clone(), std::env::current_dir().map(|p| p.to_string_lossy().to_string()).unwrap_or_default(), None, String::new()),
        Source::File(f) => {
            let dir = std::path::Path::new(f).parent().map(|p| p.to_path_buf()).unwrap_or_default();
            let dir = std::fs::canonicalize(if dir.as_os_str().is_empty() { std::path::Path::new(".") } else { &dir })
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default();
            match std::fs::read(f) {
                Ok(b) => (f.clone(), dir, Some(String::from_utf8_lossy(&b).to_string()), script_path(f)),
                Err(e) => {
                    let abs = std::fs::canonicalize(".").map(|p| p.join(f).to_string_lossy().to_string()).unwrap_or(f.clone());
                    let errno = e.raw_os_error().unwrap_or(2);
                    let msg = if errno == 2 { "No such file or directory".to_string() } else { e.to_string() };
                    eprintln!("pyrs-nogil: can't open file '{abs}': [Errno {errno}] {msg}");
                    return 2;
                }
            }
        }
        Source::Stdin => ("".to_string(), String::new(), Some(crate::stdlib::sys::read_stdin_all()), "<stdin>".to_string()),
    };
    let mut argv = vec![argv0];
    argv.extend(rest);
    if opts.contention_report.is_some() {
        crate::contention::start();
    }
    crate::stdlib::sys::configure(vm, &argv, &path0);
    let result = match (&source, text) {
        (Source::Module(m), _) => run_module(vm, m),
        (_, Some(text)) => run_source(vm, &text, &filename),
        _ => Ok(()),
    };
    let interrupted = matches!(&result, Err(e) if crate::objects::type_::isinstance(e.0, vm.rt.exc.keyboard_interrupt));
    let code = match result {
        Ok(()) => 0,
        Err(e) => handle_uncaught(vm, e.0),
    };
    crate::stdlib::exit_hooks(vm);
    crate::finalize::at_exit(vm);
    crate::stdlib::io::flush_all();
    if opts.gc_stats {
        crate::gc_glue::print_stats();
    }
    if opts.lock_stats {
        crate::lock_stats::print();
    }
    if let Some(path) = &opts.contention_report {
        if let Err(msg) = crate::contention::finish(path, &argv) {
            eprintln!("pyrs-nogil: {msg}");
            return if code == 0 { 1 } else { code };
        }
    }
    if interrupted {
        die_by_sigint();
    }
    code
}

/// After an uncaught KeyboardInterrupt CPython ends the process by SIGINT with the default
/// action (`_Py_UnhandledKeyboardInterrupt`), so the parent sees a death by signal (status
/// 130 in a shell) rather than an exit code.
fn die_by_sigint() {
    // SAFETY: resetting a signal's disposition and signalling our own process have no memory
    // preconditions; the streams were flushed by the caller.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
}

/// The script's path as CPython 3.11 reports it in `__file__` and tracebacks: the current
/// directory joined to a relative path, without normalising `.` or `..` (`sys.argv[0]` keeps
/// the path as given).
fn script_path(f: &str) -> String {
    if f.starts_with('/') {
        return f.to_string();
    }
    match std::env::current_dir() {
        Ok(d) => format!("{}/{}", d.to_string_lossy().trim_end_matches('/'), f),
        Err(_) => f.to_string(),
    }
}

/// Execute `text` as the `__main__` module.
pub fn run_source(vm: &mut Vm, text: &str, filename: &str) -> crate::error::PyResult<()> {
    let m = crate::objects::module::new_module("__main__");
    let d = crate::objects::module::module_dict(m);
    // CPython's order: __name__ and __doc__ (new_module), then these; a script also gets
    // __file__ and __cached__ (None).
    dict::set_by_name(d, "__package__", objmodel::none());
    dict::set_by_name(d, "__loader__", objmodel::none());
    dict::set_by_name(d, "__spec__", objmodel::none());
    dict::set_by_name(d, "__annotations__", dict::new_dict());
    dict::set_by_name(d, "__builtins__", vm.rt.builtins);
    if filename != "<string>" && filename != "<stdin>" {
        dict::set_by_name(d, "__file__", pystr::new(filename));
        dict::set_by_name(d, "__cached__", objmodel::none());
    }
    dict::set_by_name(vm.rt.sys_modules, "__main__", m);
    crate::import::remember_source(filename, text);
    let code = crate::builtins::introspect::compile_source(vm, text, filename, crate::compile::Mode::Exec)?;
    crate::interp::call::exec_code(vm, code, d, d)?;
    Ok(())
}

fn run_module(vm: &mut Vm, name: &str) -> crate::error::PyResult<()> {
    let path = crate::import::import_module(vm, "sys").ok();
    let _ = path;
    let spec_path: Vec<String> = vec![];
    let _ = spec_path;
    // Find the module's source on sys.path and run it as __main__.
    let dirs = {
        let sys = dict::get_by_name(vm.rt.sys_modules, "sys").unwrap();
        let p = dict::get_by_name(crate::objects::module::module_dict(sys), "path").unwrap();
        crate::objects::list::to_vec(p).iter().filter_map(|v| pystr::as_str(*v).map(|s| s.to_string())).collect::<Vec<_>>()
    };
    for d in dirs {
        let f = std::path::Path::new(&d).join(format!("{}.py", name.replace('.', "/")));
        if f.is_file() {
            let text = std::fs::read_to_string(&f).unwrap_or_default();
            return run_source(vm, &text, &f.to_string_lossy());
        }
    }
    if let Some((src, is_pkg)) = crate::stdlib::embedded_source(name) {
        let src = crate::stdlib::source_map::expand_anchors(src).map_err(|e| vm.new_error(vm.rt.exc.import_error, e))?;
        return run_source(vm, &src, &crate::stdlib::source_map::stdlib_filename(name, is_pkg));
    }
    Err(vm.new_error(vm.rt.exc.module_not_found_error, format!("No module named {name}")))
}

/// Report an uncaught exception as CPython does and compute the exit status.
pub fn handle_uncaught(vm: &mut Vm, exc: Value) -> i32 {
    if crate::objects::type_::isinstance(exc, vm.rt.exc.system_exit) {
        let code = crate::objects::exceptions::get_attr(exc, "code")
            .unwrap_or_else(|| crate::objects::exceptions::args(exc).first().copied().unwrap_or_else(objmodel::none));
        if code.is_none() {
            return 0;
        }
        if let Some(i) = int::to_i64(code) {
            return i as i32;
        }
        crate::stdlib::io::flush_all();
        let s = vm.str_string(code).unwrap_or_default();
        crate::stdlib::sys::write_stderr(vm, &format!("{s}\n"));
        return 1;
    }
    crate::stdlib::io::flush_all();
    // sys.excepthook may be replaced by the program.
    if let Some(sys) = dict::get_by_name(vm.rt.sys_modules, "sys") {
        let sd = crate::objects::module::module_dict(sys);
        if let (Some(h), Some(orig)) = (dict::get_by_name(sd, "excepthook"), dict::get_by_name(sd, "__excepthook__"))
            && !h.is(orig)
        {
            let tb = crate::interp::traceback::traceback_object(exc);
            match vm.call(h, crate::args::Args::new(&[exc.class_value(), exc, tb])) {
                Ok(_) => return 1,
                // CPython's _PyErr_PrintEx: a hook that exits decides the status...
                Err(e) if crate::objects::type_::isinstance(e.0, vm.rt.exc.system_exit) => {
                    return handle_uncaught(vm, e.0);
                }
                // ...one that fails is reported before the exception it was given.
                Err(e) => {
                    crate::stdlib::io::flush_all();
                    crate::stdlib::sys::write_stderr(vm, "Error in sys.excepthook:\n");
                    crate::interp::traceback::print_exception(vm, e.0);
                    crate::stdlib::sys::write_stderr(vm, "\nOriginal exception was:\n");
                }
            }
        }
    }
    crate::interp::traceback::print_exception(vm, exc);
    1
}
