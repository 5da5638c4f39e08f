//! `str % args` (printf-style formatting), a port of `PyUnicode_Format`,
//! `unicode_format_arg_parse`, `unicode_format_arg_format`,
//! `unicode_format_arg_output`, `formatchar` and `_PyUnicode_FormatLong` in
//! `Objects/unicodeobject.c` (CPython 3.11).
//!
//! The interpreter supplies the right operand through [`PercentArgs`];
//! everything else (flag parsing, argument bookkeeping, error messages,
//! padding) happens here.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::float_repr::{DtsFlags, double_to_string};
use super::format_int::int_to_decimal_string;
use super::FmtError;

/// One value of the right operand, as handed back to the [`PercentArgs`]
/// getters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentArg {
    /// Item `i` of the tuple right operand.
    Item(usize),
    /// The right operand itself, when it is not a tuple (`'%s' % x`, also a
    /// mapping used by `'%s' % d`).
    Whole,
    /// The value returned by [`PercentArgs::lookup`] with this handle.
    Keyed(usize),
}

/// What `%c` received: a str, or an int (anything with `__index__`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CharArg {
    Str(String),
    Int(BigInt),
}

/// The right operand of `%`, implemented by the interpreter.
///
/// Getters that run Python code may fail: return a [`FmtError`] with the
/// right kind and message, or [`FmtError::raised`] after stashing a Python
/// exception of your own, which the caller re-raises.
pub trait PercentArgs {
    /// `Some(len)` when the right operand is a tuple, `None` otherwise.
    fn tuple_len(&self) -> Option<usize>;

    /// Whether `%(key)` lookups are allowed: CPython's
    /// `PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args)`
    /// (note that lists count as mappings there).
    fn is_mapping(&self) -> bool;

    /// `args[key]` (for `%(key)s`); returns a handle used as
    /// [`PercentArg::Keyed`]. Errors (KeyError, ...) propagate.
    fn lookup(&mut self, key: &str) -> Result<usize, FmtError>;

    /// For `*` widths/precisions: the value if it is an int (`PyLong_Check`,
    /// so bools too), else `None` (giving `TypeError: * wants int`).
    fn as_exact_int(&mut self, arg: PercentArg) -> Option<BigInt>;

    /// `str(v)` for `%s`.
    fn to_str(&mut self, arg: PercentArg) -> Result<String, FmtError>;
    /// `repr(v)` for `%r`.
    fn to_repr(&mut self, arg: PercentArg) -> Result<String, FmtError>;
    /// `ascii(v)` for `%a`.
    fn to_ascii(&mut self, arg: PercentArg) -> Result<String, FmtError>;

    /// The integer for `%d %i %u %o %x %X` (`conv` is the conversion
    /// character), following `mainformatlong`: ints as is; for `o x X`
    /// other numbers via `__index__`, for `d i u` via `int()` (so floats
    /// truncate). Non-numbers: `TypeError` built with
    /// [`FmtError::percent_int_required`].
    fn to_int(&mut self, arg: PercentArg, conv: char) -> Result<BigInt, FmtError>;

    /// The value for an integer conversion when it is an exact int that fits an `i64`, read
    /// without side effects (what [`to_int`](Self::to_int) would return, without a `BigInt`);
    /// `None` sends the conversion through `to_int`.
    fn to_small_int(&mut self, _arg: PercentArg) -> Option<i64> {
        None
    }

    /// The float for `%e %E %f %F %g %G` (`PyFloat_AsDouble`; failure:
    /// `TypeError: must be real number, not str`).
    fn to_float(&mut self, arg: PercentArg) -> Result<f64, FmtError>;

    /// For `%c`: the str or int value; `Ok(None)` if it is neither (nor
    /// convertible via `__index__`), giving `TypeError: %c requires int or char`.
    fn to_char(&mut self, arg: PercentArg) -> Result<Option<CharArg>, FmtError>;
}

impl FmtError {
    /// `mainformatlong`'s TypeError for a non-number, e.g.
    /// `%d format: a real number is required, not str` or
    /// `%x format: an integer is required, not float`.
    pub fn percent_int_required(conv: char, type_name: &str) -> FmtError {
        let what = if matches!(conv, 'o' | 'x' | 'X') { "an integer" } else { "a real number" };
        FmtError::type_error(format!(
            "%{conv} format: {what} is required, not {}",
            super::spec::truncate_type_name(type_name)
        ))
    }

    /// `PyFloat_AsDouble`'s TypeError: `must be real number, not str`.
    pub fn percent_float_required(type_name: &str) -> FmtError {
        FmtError::type_error(format!(
            "must be real number, not {}",
            super::spec::truncate_type_name(type_name)
        ))
    }
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// The right operand currently consumed from: the original operand or a
/// value looked up by key (`ctx->args` in CPython).
#[derive(Clone, Copy)]
enum Source {
    Original,
    Keyed(usize),
}

struct Ctx<'a> {
    fmt: Vec<char>,
    /// Index of the next format character (`fmtpos`).
    pos: usize,
    /// Characters left (`fmtcnt`), may go negative.
    cnt: i64,
    arglen: i64,
    argidx: i64,
    is_dict: bool,
    source: Source,
    args: &'a mut dyn PercentArgs,
    out: String,
}

struct Arg {
    ch: char,
    flags: u8,
    width: i64,
    prec: i64,
    sign: bool,
}

impl Ctx<'_> {
    /// `FORMAT_READ`: the character at `pos` (NUL past the end).
    fn read(&self) -> char {
        self.fmt.get(self.pos).copied().unwrap_or('\0')
    }

    /// Reads the next character into `arg.ch` if any are left.
    fn advance(&mut self, arg: &mut Arg) {
        self.cnt -= 1;
        if self.cnt >= 0 {
            arg.ch = self.read();
            self.pos += 1;
        }
    }

    /// `unicode_format_getnextarg`.
    fn next_arg(&mut self) -> Result<PercentArg, FmtError> {
        let idx = self.argidx;
        if idx < self.arglen {
            self.argidx += 1;
            return Ok(if self.arglen < 0 {
                match self.source {
                    Source::Original => PercentArg::Whole,
                    Source::Keyed(h) => PercentArg::Keyed(h),
                }
            } else {
                PercentArg::Item(idx as usize)
            });
        }
        Err(FmtError::type_error("not enough arguments for format string"))
    }

    fn star_value(&mut self, precision: bool) -> Result<i64, FmtError> {
        let v = self.next_arg()?;
        let n = self.args.as_exact_int(v).ok_or_else(|| FmtError::type_error("* wants int"))?;
        if precision {
            n.to_i32().map(i64::from).ok_or_else(|| {
                FmtError::overflow("Python int too large to convert to C int")
            })
        } else {
            n.to_i64().ok_or_else(|| FmtError::overflow("Python int too large to convert to C ssize_t"))
        }
    }
}

/// `format % args`: the whole printf-style operation.
pub fn percent_format(fmt: &str, args: &mut dyn PercentArgs) -> Result<String, FmtError> {
    let fmt_len = fmt.len();
    let mut chars = Vec::with_capacity(fmt_len);
    chars.extend(fmt.chars());
    let fmt = chars;
    let (arglen, argidx) = match args.tuple_len() {
        Some(n) => (n as i64, 0),
        None => (-1, -2),
    };
    let is_dict = args.is_mapping() && args.tuple_len().is_none();
    let mut ctx = Ctx {
        cnt: fmt.len() as i64,
        fmt,
        pos: 0,
        arglen,
        argidx,
        is_dict,
        source: Source::Original,
        args,
        out: String::with_capacity(fmt_len + 16),
    };
    loop {
        ctx.cnt -= 1;
        if ctx.cnt < 0 {
            break;
        }
        if ctx.read() != '%' {
            let start = ctx.pos;
            ctx.pos += 1;
            while ctx.cnt >= 0 && ctx.read() != '%' {
                ctx.pos += 1;
                ctx.cnt -= 1;
            }
            if ctx.cnt < 0 {
                ctx.pos -= 1;
            }
            let end = ctx.pos.min(ctx.fmt.len());
            ctx.out.extend(&ctx.fmt[start..end]);
        } else {
            ctx.pos += 1;
            format_arg(&mut ctx)?;
        }
    }
    if ctx.argidx < ctx.arglen && !ctx.is_dict {
        return Err(FmtError::type_error("not all arguments converted during string formatting"));
    }
    Ok(ctx.out)
}

/// `unicode_format_arg`.
fn format_arg(ctx: &mut Ctx<'_>) -> Result<(), FmtError> {
    let mut arg = Arg { ch: ctx.read(), flags: 0, width: -1, prec: -1, sign: false };
    if arg.ch == '%' {
        ctx.pos += 1;
        ctx.cnt -= 1;
        ctx.out.push('%');
        return Ok(());
    }
    parse_arg(ctx, &mut arg)?;
    let s = format_value(ctx, &mut arg)?;
    output_arg(ctx, &mut arg, &s)?;
    if ctx.is_dict && ctx.argidx < ctx.arglen {
        return Err(FmtError::type_error("not all arguments converted during string formatting"));
    }
    Ok(())
}

/// `unicode_format_arg_parse`: key, flags, width, precision, length modifier.
fn parse_arg(ctx: &mut Ctx<'_>, arg: &mut Arg) -> Result<(), FmtError> {
    if arg.ch == '(' {
        if !ctx.is_dict {
            return Err(FmtError::type_error("format requires a mapping"));
        }
        ctx.pos += 1;
        ctx.cnt -= 1;
        let keystart = ctx.pos;
        let mut pcount = 1;
        while pcount > 0 {
            ctx.cnt -= 1;
            if ctx.cnt < 0 {
                break;
            }
            arg.ch = ctx.read();
            if arg.ch == ')' {
                pcount -= 1;
            } else if arg.ch == '(' {
                pcount += 1;
            }
            ctx.pos += 1;
        }
        if ctx.cnt < 0 || pcount > 0 {
            return Err(FmtError::value("incomplete format key"));
        }
        let key: String = ctx.fmt[keystart..ctx.pos - 1].iter().collect();
        let handle = ctx.args.lookup(&key)?;
        ctx.source = Source::Keyed(handle);
        ctx.arglen = -1;
        ctx.argidx = -2;
    }

    loop {
        ctx.cnt -= 1;
        if ctx.cnt < 0 {
            break;
        }
        arg.ch = ctx.read();
        ctx.pos += 1;
        let flag = match arg.ch {
            '-' => F_LJUST,
            '+' => F_SIGN,
            ' ' => F_BLANK,
            '#' => F_ALT,
            '0' => F_ZERO,
            _ => break,
        };
        arg.flags |= flag;
    }

    if arg.ch == '*' {
        arg.width = ctx.star_value(false)?;
        if arg.width < 0 {
            arg.flags |= F_LJUST;
            arg.width = arg.width.checked_neg().unwrap_or(i64::MAX);
        }
        ctx.advance(arg);
    } else if arg.ch.is_ascii_digit() {
        arg.width = i64::from(arg.ch as u8 - b'0');
        loop {
            ctx.cnt -= 1;
            if ctx.cnt < 0 {
                break;
            }
            arg.ch = ctx.read();
            ctx.pos += 1;
            if !arg.ch.is_ascii_digit() {
                break;
            }
            let d = i64::from(arg.ch as u8 - b'0');
            if arg.width > (i64::MAX - d) / 10 {
                return Err(FmtError::value("width too big"));
            }
            arg.width = arg.width * 10 + d;
        }
    }

    if arg.ch == '.' {
        arg.prec = 0;
        ctx.advance(arg);
        if arg.ch == '*' {
            arg.prec = ctx.star_value(true)?.max(0);
            ctx.advance(arg);
        } else if arg.ch.is_ascii_digit() {
            arg.prec = i64::from(arg.ch as u8 - b'0');
            loop {
                ctx.cnt -= 1;
                if ctx.cnt < 0 {
                    break;
                }
                arg.ch = ctx.read();
                ctx.pos += 1;
                if !arg.ch.is_ascii_digit() {
                    break;
                }
                let d = i64::from(arg.ch as u8 - b'0');
                if arg.prec > (i64::from(i32::MAX) - d) / 10 {
                    return Err(FmtError::value("precision too big"));
                }
                arg.prec = arg.prec * 10 + d;
            }
        }
    }

    if ctx.cnt >= 0 && matches!(arg.ch, 'h' | 'l' | 'L') {
        ctx.advance(arg);
    }
    if ctx.cnt < 0 {
        return Err(FmtError::value("incomplete format"));
    }
    Ok(())
}

/// `unicode_format_arg_format`: converts the next argument to a string;
/// `arg.sign` marks numeric conversions.
fn format_value(ctx: &mut Ctx<'_>, arg: &mut Arg) -> Result<String, FmtError> {
    let v = ctx.next_arg()?;
    let s = match arg.ch {
        's' => ctx.args.to_str(v)?,
        'r' => ctx.args.to_repr(v)?,
        'a' => ctx.args.to_ascii(v)?,
        'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
            arg.sign = true;
            let alt = arg.flags & F_ALT != 0;
            match ctx.args.to_small_int(v) {
                Some(n) => format_small_long(n, alt, arg.prec, arg.ch)?,
                None => format_long(&ctx.args.to_int(v, arg.ch)?, alt, arg.prec, arg.ch)?,
            }
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = ctx.args.to_float(v)?;
            arg.sign = true;
            let prec = if arg.prec < 0 { 6 } else { arg.prec as usize };
            let flags = DtsFlags { alt: arg.flags & F_ALT != 0, ..DtsFlags::default() };
            double_to_string(x, arg.ch, prec, flags).0
        }
        'c' => format_char(ctx.args.to_char(v)?)?.to_string(),
        ch => {
            let shown = if (31..=126).contains(&(ch as u32)) { ch } else { '?' };
            return Err(FmtError::value(format!(
                "unsupported format character '{shown}' (0x{:x}) at index {}",
                ch as u32,
                ctx.pos - 1
            )));
        }
    };
    Ok(s)
}

/// `formatchar`.
fn format_char(v: Option<CharArg>) -> Result<char, FmtError> {
    let wrong = || FmtError::type_error("%c requires int or char");
    match v {
        Some(CharArg::Str(s)) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(wrong()),
            }
        }
        Some(CharArg::Int(n)) => match n.to_u32() {
            // Lone surrogates cannot live in a Rust string.
            Some(x) if x <= 0x10ffff => Ok(char::from_u32(x).unwrap_or('\u{fffd}')),
            _ => Err(FmtError::overflow("%c arg not in range(0x110000)")),
        },
        None => Err(wrong()),
    }
}

/// `_PyUnicode_FormatLong(val, alt, prec, type)`.
fn format_long(val: &BigInt, alt: bool, prec: i64, ty: char) -> Result<String, FmtError> {
    check_long_prec(prec)?;
    let digits = match ty {
        'o' => val.magnitude().to_str_radix(8),
        'x' => val.magnitude().to_str_radix(16),
        'X' => val.magnitude().to_str_radix(16).to_ascii_uppercase(),
        _ => {
            let s = int_to_decimal_string(val)?;
            s.trim_start_matches('-').to_string()
        }
    };
    Ok(long_text(val.is_negative(), &digits, alt, prec, ty))
}

/// `format_long` for a value that fits an `i64`: the same text, with no `BigInt`.
fn format_small_long(val: i64, alt: bool, prec: i64, ty: char) -> Result<String, FmtError> {
    check_long_prec(prec)?;
    let mag = val.unsigned_abs();
    let digits = match ty {
        'o' => format!("{mag:o}"),
        'x' => format!("{mag:x}"),
        'X' => format!("{mag:X}"),
        _ => mag.to_string(),
    };
    Ok(long_text(val < 0, &digits, alt, prec, ty))
}

/// `_PyUnicode_FormatLong`'s precision limit, checked before any digit is computed.
fn check_long_prec(prec: i64) -> Result<(), FmtError> {
    if prec > i64::from(i32::MAX) - 3 {
        return Err(FmtError::overflow("precision too large"));
    }
    Ok(())
}

/// The text of an integer conversion from its magnitude's `digits` (already in the case `ty`
/// wants): sign, `#` prefix, zeros up to `prec` digits, digits.
fn long_text(negative: bool, digits: &str, alt: bool, prec: i64, ty: char) -> String {
    let zeros = (prec - digits.len() as i64).max(0) as usize;
    let mut out = String::with_capacity(digits.len() + zeros + 3);
    if negative {
        out.push('-');
    }
    if alt {
        match ty {
            'o' => out.push_str("0o"),
            'x' => out.push_str("0x"),
            'X' => out.push_str("0X"),
            _ => {}
        }
    }
    out.extend(std::iter::repeat_n('0', zeros));
    out.push_str(digits);
    out
}

/// `unicode_format_arg_output`: sign, `0x` prefix, padding and truncation.
fn output_arg(ctx: &mut Ctx<'_>, arg: &mut Arg, s: &str) -> Result<(), FmtError> {
    // Character positions index `s`; for ASCII text they are byte positions.
    let ascii = s.is_ascii();
    let fill = if arg.sign && arg.flags & F_ZERO != 0 { '0' } else { ' ' };
    let mut len = if ascii { s.len() } else { s.chars().count() } as i64;
    if matches!(arg.ch, 's' | 'r' | 'a') && arg.prec >= 0 && len > arg.prec {
        len = arg.prec;
    }
    let mut pindex = 0usize;
    let mut signchar = '\0';
    if arg.sign {
        let ch = s.chars().next().unwrap_or('\0');
        if ch == '-' || ch == '+' {
            signchar = ch;
            len -= 1;
            pindex += 1;
        } else if arg.flags & F_SIGN != 0 {
            signchar = '+';
        } else if arg.flags & F_BLANK != 0 {
            signchar = ' ';
        } else {
            arg.sign = false;
        }
    }
    if arg.width < len {
        arg.width = len;
    }
    let out = &mut ctx.out;
    out.try_reserve(arg.width.max(len).saturating_add(3) as usize).map_err(|_| FmtError::memory())?;
    if arg.sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if arg.width > len {
            arg.width -= 1;
        }
    }
    let alt_prefix = arg.flags & F_ALT != 0 && matches!(arg.ch, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(arg.ch);
            pindex += 2;
        }
        arg.width = (arg.width - 2).max(0);
        len -= 2;
    }
    if arg.width > len && arg.flags & F_LJUST == 0 {
        for _ in 0..arg.width - len {
            out.push(fill);
        }
        arg.width = len;
    }
    if fill == ' ' {
        if arg.sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.push('0');
            out.push(arg.ch);
            pindex += 2;
        }
    }
    if len > 0 {
        if ascii {
            out.push_str(&s[pindex..pindex + len as usize]);
        } else {
            out.extend(s.chars().skip(pindex).take(len as usize));
        }
    }
    if arg.width > len {
        for _ in 0..arg.width - len {
            out.push(' ');
        }
    }
    Ok(())
}
