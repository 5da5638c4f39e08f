//! The `time` module: clocks, `sleep`, and the C-library calendar functions (`localtime`,
//! `gmtime`, `mktime`, `strftime`) reached through the platform libc that std already links.

use objmodel::Value;

use super::util::{as_f64, fl, s};
use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{dict, int, str as pystr, tuple};
use crate::vm::Vm;

#[repr(C)]
#[derive(Clone, Copy)]
struct Tm {
    tm_sec: i32,
    tm_min: i32,
    tm_hour: i32,
    tm_mday: i32,
    tm_mon: i32,
    tm_year: i32,
    tm_wday: i32,
    tm_yday: i32,
    tm_isdst: i32,
    tm_gmtoff: i64,
    tm_zone: *const u8,
}

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

unsafe extern "C" {
    fn localtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn gmtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn mktime(t: *mut Tm) -> i64;
    fn strftime(s: *mut u8, max: usize, fmt: *const u8, t: *const Tm) -> usize;
    fn clock_gettime(clk: i32, ts: *mut Timespec) -> i32;
    fn tzset();
}

const CLOCK_REALTIME: i32 = 0;
const CLOCK_MONOTONIC: i32 = 1;
const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;
const CLOCK_THREAD_CPUTIME_ID: i32 = 3;

fn clock_ns(clk: i32) -> i128 {
    let mut ts = Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: valid out pointer; the clock ids are Linux constants.
    unsafe { clock_gettime(clk, &mut ts) };
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

fn clock_f(clk: i32) -> f64 {
    let mut ts = Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: as above.
    unsafe { clock_gettime(clk, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

fn t_time(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(fl(clock_f(CLOCK_REALTIME)))
}
fn t_time_ns(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(int::from_i128(clock_ns(CLOCK_REALTIME)))
}
fn t_monotonic(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(fl(clock_f(CLOCK_MONOTONIC)))
}
fn t_monotonic_ns(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(int::from_i128(clock_ns(CLOCK_MONOTONIC)))
}
fn t_process_time(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(fl(clock_f(CLOCK_PROCESS_CPUTIME_ID)))
}
fn t_process_time_ns(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(int::from_i128(clock_ns(CLOCK_PROCESS_CPUTIME_ID)))
}
fn t_thread_time(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(fl(clock_f(CLOCK_THREAD_CPUTIME_ID)))
}
fn t_thread_time_ns(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(int::from_i128(clock_ns(CLOCK_THREAD_CPUTIME_ID)))
}

fn t_sleep(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "sleep", 1, 1)?;
    let x = a.at(0);
    let secs = if int::is_int(x) || crate::objects::float::is_float(x) {
        as_f64(vm, x)?
    } else if let Some(r) = vm.call_method_special(x, vm.rt.names.__float__, &[])? {
        as_f64(vm, r)?
    } else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", x.class().error_name())));
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs > 0.0 {
        if !secs.is_finite() || secs > 1e12 {
            return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
        }
        // Park while sleeping so a collection never waits for this thread.
        crate::stdlib::thread::sleep(vm, secs);
    }
    Ok(objmodel::none())
}

/// Seconds argument of localtime/gmtime/ctime: None or missing → now.
fn secs_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<i64> {
    match v {
        None => Ok(clock_f(CLOCK_REALTIME).floor() as i64),
        Some(v) if v.is_none() => Ok(clock_f(CLOCK_REALTIME).floor() as i64),
        Some(v) => {
            if let Some(i) = int::to_i64(v) {
                return Ok(i);
            }
            if int::is_int(v) {
                return Err(vm.overflow_error("timestamp out of range for platform time_t"));
            }
            let f = as_f64(vm, v)?;
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            if !f.is_finite() || f.abs() > 9.2e18 {
                return Err(vm.overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(f.trunc() as i64)
        }
    }
}

fn struct_time_type(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::import::import_module(vm, "time")?;
    vm.getattr_str(m, "struct_time")
}

fn tm_to_value(vm: &mut Vm, tm: &Tm, utc: bool) -> PyResult {
    let zone = if utc || tm.tm_zone.is_null() {
        "UTC".to_string()
    } else {
        // SAFETY: libc gives a NUL-terminated static zone name.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone as *const std::ffi::c_char) }.to_string_lossy().to_string()
    };
    let items = [
        Value::small(tm.tm_year as i64 + 1900),
        Value::small(tm.tm_mon as i64 + 1),
        Value::small(tm.tm_mday as i64),
        Value::small(tm.tm_hour as i64),
        Value::small(tm.tm_min as i64),
        Value::small(tm.tm_sec as i64),
        Value::small((tm.tm_wday as i64 + 6) % 7),
        Value::small(tm.tm_yday as i64 + 1),
        Value::small(tm.tm_isdst as i64),
        pystr::new(&zone),
        int::from_i64(if utc { 0 } else { tm.tm_gmtoff }),
    ];
    let cls = struct_time_type(vm)?;
    let t = tuple::new(&items);
    vm.call1(cls, t)
}

fn t_localtime(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "localtime", 0, 1)?;
    let t = secs_arg(vm, a.get(0))?;
    let mut tm: Tm = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointers.
    if unsafe { localtime_r(&t, &mut tm) }.is_null() {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    tm_to_value(vm, &tm, false)
}
/// `strptime(string, format="%a %b %d %H:%M:%S %Y")`: parsed by the directives `datetime`
/// implements (`datetime._time_strptime`), as CPython's `_strptime` serves both modules.
fn t_strptime(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "strptime", 1, 2)?;
    let dt = crate::import::import_module(vm, "datetime")?;
    let f = vm.getattr_str(dt, "_time_strptime")?;
    let fields = vm.call(f, Args::new(a.pos))?;
    let cls = struct_time_type(vm)?;
    vm.call1(cls, fields)
}

fn t_gmtime(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "gmtime", 0, 1)?;
    let t = secs_arg(vm, a.get(0))?;
    let mut tm: Tm = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointers.
    if unsafe { gmtime_r(&t, &mut tm) }.is_null() {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    tm_to_value(vm, &tm, true)
}

/// A 9-tuple (or struct_time) to a C `struct tm`.
fn value_to_tm(vm: &mut Vm, v: Value, fname: &str) -> PyResult<Tm> {
    let (_holder, items) = super::util::collect_rooted(vm, v)?;
    if !crate::objects::tuple::is_tuple(v) && !crate::objects::type_::isinstance(v, vm.rt.types.tuple) {
        return Err(vm.type_error(format!("Tuple or struct_time argument required")));
    }
    if items.len() != 9 {
        return Err(vm.type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (i, x) in items.iter().enumerate() {
        f[i] = vm.index_value(*x)?;
    }
    let mut tm: Tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (f[0] - 1900) as i32;
    tm.tm_mon = (f[1] - 1) as i32;
    tm.tm_mday = f[2] as i32;
    tm.tm_hour = f[3] as i32;
    tm.tm_min = f[4] as i32;
    tm.tm_sec = f[5] as i32;
    tm.tm_wday = ((f[6] + 1) % 7) as i32;
    tm.tm_yday = (f[7] - 1) as i32;
    tm.tm_isdst = f[8] as i32;
    Ok(tm)
}

/// `checktm` + the normalisation `strftime`/`asctime` apply.
fn check_tm(vm: &mut Vm, tm: &mut Tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return Err(vm.value_error("month out of range"));
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.tm_wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    Ok(())
}

fn now_local() -> Tm {
    let t = clock_f(CLOCK_REALTIME).floor() as i64;
    let mut tm: Tm = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointers.
    unsafe { localtime_r(&t, &mut tm) };
    tm
}

fn t_strftime(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "strftime", 1, 2)?;
    let Some(fmt) = pystr::as_str(a.at(0)) else {
        return Err(vm.type_error(format!("strftime() argument 1 must be str, not {}", a.at(0).class().error_name())));
    };
    let mut tm = match a.get(1) {
        Some(t) => {
            let mut tm = value_to_tm(vm, t, "strftime")?;
            check_tm(vm, &mut tm)?;
            tm
        }
        None => now_local(),
    };
    if tm.tm_isdst < -1 {
        tm.tm_isdst = -1;
    } else if tm.tm_isdst > 1 {
        tm.tm_isdst = 1;
    }
    let zone = std::ffi::CString::new("UTC").unwrap();
    if tm.tm_zone.is_null() {
        tm.tm_zone = zone.as_ptr() as *const u8;
    }
    if fmt.is_empty() {
        return Ok(s(""));
    }
    let cfmt = match std::ffi::CString::new(fmt) {
        Ok(c) => c,
        Err(_) => return Err(vm.value_error("embedded null character")),
    };
    let mut cap = 1024usize;
    loop {
        let mut buf = vec![0u8; cap];
        // SAFETY: buffer of `cap` bytes, NUL-terminated format, valid tm.
        let n = unsafe { strftime(buf.as_mut_ptr(), cap, cfmt.as_ptr() as *const u8, &tm) };
        if n > 0 || cap > 256 * fmt.len() + 4096 {
            buf.truncate(n);
            return Ok(s(&String::from_utf8_lossy(&buf)));
        }
        cap *= 4;
    }
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn asctime_str(tm: &Tm) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

fn t_asctime(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "asctime", 0, 1)?;
    let tm = match a.get(0) {
        Some(t) => {
            let mut tm = value_to_tm(vm, t, "asctime")?;
            check_tm(vm, &mut tm)?;
            tm
        }
        None => now_local(),
    };
    Ok(s(&asctime_str(&tm)))
}
fn t_ctime(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "ctime", 0, 1)?;
    let t = secs_arg(vm, a.get(0))?;
    let mut tm: Tm = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointers.
    if unsafe { localtime_r(&t, &mut tm) }.is_null() {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(s(&asctime_str(&tm)))
}
fn t_mktime(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "mktime", 1, 1)?;
    let mut tm = value_to_tm(vm, a.at(0), "mktime")?;
    tm.tm_wday = -1;
    // SAFETY: valid tm.
    let t = unsafe { mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(fl(t as f64))
}

fn t_get_clock_info(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "get_clock_info", 1, 1)?;
    let name = pystr::as_str(a.at(0)).unwrap_or("").to_string();
    let (imp, mono, adj, res) = match name.as_str() {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true, 1e-9),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, 1e-9),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, 1e-9),
        _ => return Err(vm.value_error("unknown clock")),
    };
    let ns = crate::objects::dict::new_dict();
    dict::set_by_name(ns, "implementation", s(imp));
    dict::set_by_name(ns, "monotonic", objmodel::bool_(mono));
    dict::set_by_name(ns, "adjustable", objmodel::bool_(adj));
    dict::set_by_name(ns, "resolution", fl(res));
    let m = crate::import::import_module(vm, "time")?;
    let cls = vm.getattr_str(m, "_ClockInfo")?;
    let o = vm.call0(cls)?;
    for (k, v) in dict::items(ns) {
        vm.setattr(o, k, v)?;
    }
    Ok(o)
}

const PY: &str = r#"
class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({n}-sequence given)")
        if n > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({n}-sequence given)")
        self = tuple.__new__(cls, seq[:9])
        if n > 9:
            self._zone_fields = (seq[9], seq[10] if n > 10 else None)
        return self
    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    # tm_zone/tm_gmtoff: the 10th and 11th items when given (gmtime, localtime, strptime),
    # else derived from tm_isdst.
    @property
    def tm_zone(self):
        extra = self.__dict__.get('_zone_fields')
        return extra[0] if extra is not None else tzname[1 if self[8] > 0 else 0]
    @property
    def tm_gmtoff(self):
        extra = self.__dict__.get('_zone_fields')
        return extra[1] if extra is not None else -(altzone if self[8] > 0 else timezone)
    def __repr__(self):
        return "time.struct_time(" + ", ".join(f"{n}={v!r}" for n, v in zip(self._names, self)) + ")"
    def __reduce__(self):
        return (struct_time, (tuple(self),))
struct_time.__module__ = 'time'

class _ClockInfo:
    def __repr__(self):
        return f"namespace(implementation={self.implementation!r}, monotonic={self.monotonic!r}, adjustable={self.adjustable!r}, resolution={self.resolution!r})"
"#;

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::util::new_module("time");
    super::util::funcs(
        d,
        &[
            ("time", t_time),
            ("time_ns", t_time_ns),
            ("monotonic", t_monotonic),
            ("monotonic_ns", t_monotonic_ns),
            ("perf_counter", t_monotonic),
            ("perf_counter_ns", t_monotonic_ns),
            ("process_time", t_process_time),
            ("process_time_ns", t_process_time_ns),
            ("thread_time", t_thread_time),
            ("thread_time_ns", t_thread_time_ns),
            ("sleep", t_sleep),
            ("localtime", t_localtime),
            ("gmtime", t_gmtime),
            ("strftime", t_strftime),
            ("strptime", t_strptime),
            ("asctime", t_asctime),
            ("ctime", t_ctime),
            ("mktime", t_mktime),
            ("get_clock_info", t_get_clock_info),
        ],
    );
    // Time zone constants, from the C library's view of January and July of this year.
    // SAFETY: tzset has no preconditions.
    unsafe { tzset() };
    let now = clock_f(CLOCK_REALTIME) as i64;
    let year_start = now - now.rem_euclid(365 * 86400);
    let mut jan: Tm = unsafe { std::mem::zeroed() };
    let mut jul: Tm = unsafe { std::mem::zeroed() };
    let t1 = year_start;
    let t2 = year_start + 182 * 86400;
    // SAFETY: valid pointers.
    unsafe {
        localtime_r(&t1, &mut jan);
        localtime_r(&t2, &mut jul);
    }
    let zname = |tm: &Tm| {
        if tm.tm_zone.is_null() {
            "UTC".to_string()
        } else {
            // SAFETY: NUL-terminated zone name from libc.
            unsafe { std::ffi::CStr::from_ptr(tm.tm_zone as *const std::ffi::c_char) }.to_string_lossy().to_string()
        }
    };
    let (std_tm, dst_tm) = if jan.tm_gmtoff <= jul.tm_gmtoff { (&jan, &jul) } else { (&jul, &jan) };
    let timezone = -std_tm.tm_gmtoff;
    let altzone = -dst_tm.tm_gmtoff;
    super::util::set(d, "timezone", int::from_i64(timezone));
    super::util::set(d, "altzone", int::from_i64(altzone));
    super::util::set(d, "daylight", Value::small((timezone != altzone) as i64));
    super::util::set(d, "tzname", tuple::new(&[s(&zname(std_tm)), s(&zname(dst_tm))]));
    for (n, v) in [("CLOCK_REALTIME", 0), ("CLOCK_MONOTONIC", 1), ("CLOCK_PROCESS_CPUTIME_ID", 2), ("CLOCK_THREAD_CPUTIME_ID", 3)] {
        super::util::set(d, n, Value::small(v));
    }
    dict::set_by_name(vm.rt.sys_modules, "time", m);
    super::util::exec_in(vm, d, PY, "<time>")?;
    Ok(m)
}
