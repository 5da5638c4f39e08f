//! `_pyrs_re`: regular expressions on top of `fancy-regex`, with Python's syntax and semantics.
//!
//! A Python pattern is translated (`translate`) into fancy-regex syntax: `^`/`$`/`.` are made
//! explicit for the active flags (Python's `$` also matches before a final newline), `\Z`
//! becomes `\z`, character classes are escaped where the Rust syntax differs, verbose mode and
//! comments are stripped, octal/hex escapes normalised; syntax errors are reported with
//! CPython's messages. `match`/`fullmatch` use anchored variants of the regex (`\A` at the
//! start of the string, `\G` at a later `pos`).
//!
//! Python `str` indices count characters and the engine works on UTF-8 byte offsets: every
//! span is converted (ASCII strings need no work). Bytes subjects are decoded as Latin-1, so
//! character indices there are byte indices.

use std::any::Any;
use std::borrow::Cow;
use std::sync::OnceLock;

use fancy_regex::{Regex, RegexBuilder};
use objmodel::layout::{NativeData, NativeObj};
use objmodel::{Kind, TypeObj, Value};

use super::{Trace, new_obj, new_type, this};
use crate::args::Args;
use crate::error::{PyErr, PyResult};
use crate::objects::{bytes, dict, int, list, str as pystr, tuple, type_};
use crate::vm::Vm;

// Flag bits (sre_constants).
const F_TEMPLATE: i64 = 1;
const F_IGNORECASE: i64 = 2;
const F_LOCALE: i64 = 4;
const F_MULTILINE: i64 = 8;
const F_DOTALL: i64 = 16;
const F_UNICODE: i64 = 32;
const F_VERBOSE: i64 = 64;
const F_DEBUG: i64 = 128;
const F_ASCII: i64 = 256;

static TYPES: OnceLock<(usize, usize, usize, usize)> = OnceLock::new();
static ERROR: OnceLock<usize> = OnceLock::new();

pub fn for_each_root(f: &mut dyn FnMut(Value)) {
    if let Some(e) = ERROR.get() {
        f(Value::from_raw(*e));
    }
}

fn pattern_type() -> &'static TypeObj {
    type_::as_type(Value::from_raw(TYPES.get().expect("re types").0))
}
fn match_type() -> &'static TypeObj {
    type_::as_type(Value::from_raw(TYPES.get().expect("re types").1))
}
fn scanner_type() -> &'static TypeObj {
    type_::as_type(Value::from_raw(TYPES.get().expect("re types").2))
}

fn sre_scanner_type() -> &'static TypeObj {
    type_::as_type(Value::from_raw(TYPES.get().expect("re types").3))
}

/// `re.error(msg, pattern, pos)` (the class is registered by `re.py`).
fn re_error(vm: &mut Vm, msg: &str, pattern: Value, pos: Option<usize>) -> PyErr {
    let Some(cls) = ERROR.get().map(|c| Value::from_raw(*c)) else {
        return vm.value_error(msg.to_string());
    };
    let p = match pos {
        Some(p) => int::from_usize(p),
        None => objmodel::none(),
    };
    let args = [pystr::new(msg), pattern, p];
    match vm.call(cls, Args::new(&args)) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

// ---------------------------------------------------------------- translation

#[derive(Clone, Copy)]
struct Flags {
    ignorecase: bool,
    multiline: bool,
    dotall: bool,
    verbose: bool,
    ascii: bool,
}

struct Translated {
    regex: String,
    groups: usize,
    names: Vec<(String, usize)>,
    /// Flags set inline with a global `(?...)` group.
    inline_flags: i64,
}

struct Tr<'a> {
    p: &'a [char],
    i: usize,
    out: String,
    groups: usize,
    names: Vec<(String, usize)>,
    /// Open groups: (saved flags, position of '(', capture index or 0).
    stack: Vec<(Flags, usize, usize)>,
    closed: Vec<bool>,
    f: Flags,
    is_bytes: bool,
    inline_flags: i64,
    /// Whether the previous item can take a quantifier / was itself a quantifier.
    repeatable: bool,
    after_quant: bool,
    /// Output length before the latest global-flag-only prefix (for "not at the start").
    only_flags_so_far: bool,
}

type TrResult<T> = Result<T, (String, Option<usize>)>;

fn err<T>(msg: impl Into<String>, pos: usize) -> TrResult<T> {
    Err((msg.into(), Some(pos)))
}

fn push_lit(out: &mut String, c: char, in_class: bool) {
    if c.is_ascii_alphanumeric() || c == '_' || (!c.is_ascii() && !c.is_whitespace() && !c.is_control()) {
        out.push(c);
    } else if "\\.+*?()|[]{}^$#&-~".contains(c) {
        // Meta characters of the Rust syntax (escaping others can change their meaning:
        // `\<` is a word-boundary assertion there).
        let _ = in_class;
        out.push('\\');
        out.push(c);
    } else if c.is_ascii_punctuation() || c == ' ' {
        out.push(c);
    } else {
        out.push_str(&format!("\\x{{{:X}}}", c as u32));
    }
}

impl<'a> Tr<'a> {
    fn peek(&self, k: usize) -> Option<char> {
        self.p.get(self.i + k).copied()
    }

    fn run(&mut self) -> TrResult<()> {
        while self.i < self.p.len() {
            let c = self.p[self.i];
            if self.f.verbose {
                if c.is_whitespace() {
                    self.i += 1;
                    continue;
                }
                if c == '#' {
                    while self.i < self.p.len() && self.p[self.i] != '\n' {
                        self.i += 1;
                    }
                    continue;
                }
            }
            let start = self.i;
            match c {
                '\\' => {
                    self.escape()?;
                    self.after_quant = false;
                }
                '[' => {
                    self.class()?;
                    self.repeatable = true;
                    self.after_quant = false;
                }
                '(' => {
                    self.open_group()?;
                    continue;
                }
                ')' => {
                    let Some((fl, _, cap)) = self.stack.pop() else {
                        return err("unbalanced parenthesis", start);
                    };
                    if cap > 0 {
                        self.closed[cap] = true;
                    }
                    self.f = fl;
                    self.out.push(')');
                    self.i += 1;
                    self.repeatable = true;
                    self.after_quant = false;
                }
                '|' => {
                    self.out.push('|');
                    self.i += 1;
                    self.repeatable = false;
                    self.after_quant = false;
                }
                '*' | '+' | '?' => {
                    self.quant_check(start)?;
                    self.out.push(c);
                    self.i += 1;
                    self.quant_suffix();
                }
                '{' => {
                    if let Some((m, n, end)) = self.parse_brace() {
                        self.quant_check(start)?;
                        if let (Some(m), Some(n)) = (m, n)
                            && m > n
                        {
                            return err("min repeat greater than max repeat", start + 1);
                        }
                        let s = match (m, n) {
                            (Some(m), Some(n)) if end.1 => format!("{{{m},{n}}}"),
                            (Some(m), None) if end.1 => format!("{{{m},}}"),
                            (None, Some(n)) => format!("{{0,{n}}}"),
                            (Some(m), _) => format!("{{{m}}}"),
                            (None, None) => "{0,}".to_string(),
                        };
                        self.out.push_str(&s);
                        self.i = end.0;
                        self.quant_suffix();
                    } else {
                        push_lit(&mut self.out, '{', false);
                        self.i += 1;
                        self.repeatable = true;
                        self.after_quant = false;
                    }
                }
                '^' => {
                    self.out.push_str(if self.f.multiline { "(?m:^)" } else { "\\A" });
                    self.i += 1;
                    self.repeatable = true;
                    self.after_quant = false;
                }
                '$' => {
                    self.out.push_str(if self.f.multiline { "(?m:$)" } else { "(?:\\z|(?=\\n\\z))" });
                    self.i += 1;
                    self.repeatable = true;
                    self.after_quant = false;
                }
                '.' => {
                    self.out.push_str(if self.f.dotall { "(?s:.)" } else { "." });
                    self.i += 1;
                    self.repeatable = true;
                    self.after_quant = false;
                }
                _ => {
                    push_lit(&mut self.out, c, false);
                    self.i += 1;
                    self.repeatable = true;
                    self.after_quant = false;
                }
            }
            self.only_flags_so_far = false;
        }
        if let Some((_, pos, _)) = self.stack.last() {
            return err("missing ), unterminated subpattern", *pos);
        }
        Ok(())
    }

    fn quant_check(&self, pos: usize) -> TrResult<()> {
        if self.after_quant {
            return err("multiple repeat", pos);
        }
        if !self.repeatable {
            return err("nothing to repeat", pos);
        }
        Ok(())
    }

    /// After a quantifier: optional lazy `?` or possessive `+`.
    fn quant_suffix(&mut self) {
        if let Some(c @ ('?' | '+')) = self.peek(0) {
            self.out.push(c);
            self.i += 1;
        }
        self.after_quant = true;
        self.repeatable = false;
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}`: (min, max, (end index, had comma)).
    #[allow(clippy::type_complexity)]
    fn parse_brace(&self) -> Option<(Option<usize>, Option<usize>, (usize, bool))> {
        let mut j = self.i + 1;
        let num = |j: &mut usize| -> Option<usize> {
            let s = *j;
            while *j < self.p.len() && self.p[*j].is_ascii_digit() {
                *j += 1;
            }
            if *j == s { None } else { self.p[s..*j].iter().collect::<String>().parse().ok() }
        };
        let m = num(&mut j);
        let mut comma = false;
        let mut n = None;
        if self.p.get(j) == Some(&',') {
            comma = true;
            j += 1;
            n = num(&mut j);
        }
        if self.p.get(j) != Some(&'}') {
            return None;
        }
        if !comma {
            m?;
            return Some((m, m, (j + 1, false)));
        }
        Some((m, n, (j + 1, true)))
    }

    fn open_group(&mut self) -> TrResult<()> {
        let start = self.i;
        self.i += 1;
        if self.peek(0) != Some('?') {
            self.groups += 1;
            self.closed.push(false);
            self.stack.push((self.f, start, self.groups));
            self.out.push('(');
            self.repeatable = false;
            self.after_quant = false;
            self.only_flags_so_far = false;
            return Ok(());
        }
        self.i += 1;
        let Some(c) = self.peek(0) else {
            return err("unexpected end of pattern", self.i);
        };
        self.repeatable = false;
        self.after_quant = false;
        match c {
            ':' => {
                self.i += 1;
                self.stack.push((self.f, start, 0));
                self.out.push_str("(?:");
            }
            '=' | '!' => {
                self.i += 1;
                self.stack.push((self.f, start, 0));
                self.out.push_str("(?");
                self.out.push(c);
            }
            '>' => {
                self.i += 1;
                self.stack.push((self.f, start, 0));
                self.out.push_str("(?>");
            }
            '<' => {
                self.i += 1;
                match self.peek(0) {
                    Some(d @ ('=' | '!')) => {
                        self.i += 1;
                        self.stack.push((self.f, start, 0));
                        self.out.push_str("(?<");
                        self.out.push(d);
                    }
                    _ => {
                        // (?<name>...) is 3.12 syntax; accept it as a named group.
                        self.i -= 1;
                        self.i += 0;
                        return self.named_group(start, '<');
                    }
                }
            }
            'P' => {
                self.i += 1;
                match self.peek(0) {
                    Some('<') => return self.named_group(start, 'P'),
                    Some('=') => {
                        self.i += 1;
                        let name_start = self.i;
                        let mut name = String::new();
                        loop {
                            match self.peek(0) {
                                None => return err("missing ), unterminated name", name_start),
                                Some(')') => break,
                                Some(ch) => name.push(ch),
                            }
                            self.i += 1;
                        }
                        self.i += 1;
                        if name.is_empty() {
                            return err("missing group name", name_start);
                        }
                        if !is_identifier(&name) {
                            return err(format!("bad character in group name '{name}'"), name_start);
                        }
                        let Some(&(_, idx)) = self.names.iter().find(|(n, _)| *n == name) else {
                            return err(format!("unknown group name '{name}'"), name_start);
                        };
                        if !self.closed[idx] {
                            return err("cannot refer to an open group", start);
                        }
                        self.out.push_str(&format!("(?:\\k<{name}>)"));
                        self.repeatable = true;
                        self.only_flags_so_far = false;
                    }
                    Some(ch) => return err(format!("unknown extension ?P{ch}"), start + 1),
                    None => return err("unexpected end of pattern", self.i),
                }
            }
            '#' => {
                while let Some(ch) = self.peek(0) {
                    self.i += 1;
                    if ch == ')' {
                        self.repeatable = self.repeatable_before_comment();
                        return Ok(());
                    }
                }
                return err("missing ), unterminated comment", start);
            }
            '(' => {
                self.i += 1;
                let cond_start = self.i;
                let mut name = String::new();
                loop {
                    match self.peek(0) {
                        None => return err("missing ), unterminated name", cond_start),
                        Some(')') => break,
                        Some(ch) => name.push(ch),
                    }
                    self.i += 1;
                }
                self.i += 1;
                if name.is_empty() {
                    return err("missing group name", cond_start);
                }
                let cond = if name.chars().all(|ch| ch.is_ascii_digit()) {
                    let n: usize = name.parse().unwrap_or(usize::MAX);
                    if n == 0 {
                        return err("bad group number", cond_start);
                    }
                    if n > self.groups {
                        return err(format!("invalid group reference {n}"), cond_start);
                    }
                    name.clone()
                } else {
                    if !is_identifier(&name) {
                        return err(format!("bad character in group name '{name}'"), cond_start);
                    }
                    if !self.names.iter().any(|(n, _)| *n == name) {
                        return err(format!("unknown group name '{name}'"), cond_start);
                    }
                    format!("<{name}>")
                };
                self.stack.push((self.f, start, 0));
                self.out.push_str(&format!("(?({cond})"));
            }
            _ if "aiLmsux-".contains(c) => return self.flag_group(start),
            _ => return err(format!("unknown extension ?{c}"), start + 1),
        }
        self.only_flags_so_far = false;
        Ok(())
    }

    fn repeatable_before_comment(&self) -> bool {
        false
    }

    fn named_group(&mut self, start: usize, _kind: char) -> TrResult<()> {
        // self.i points at '<'
        self.i += 1;
        let name_start = self.i;
        let mut name = String::new();
        loop {
            match self.peek(0) {
                None => return err("missing >, unterminated name", name_start),
                Some('>') => break,
                Some(ch) => name.push(ch),
            }
            self.i += 1;
        }
        self.i += 1;
        if name.is_empty() {
            return err("missing group name", name_start);
        }
        if !is_identifier(&name) {
            return err(format!("bad character in group name '{name}'"), name_start);
        }
        self.groups += 1;
        if let Some(&(_, old)) = self.names.iter().find(|(n, _)| *n == name) {
            return err(format!("redefinition of group name '{name}' as group {}; was group {old}", self.groups), name_start);
        }
        self.names.push((name.clone(), self.groups));
        self.closed.push(false);
        self.stack.push((self.f, start, self.groups));
        self.out.push_str(&format!("(?P<{name}>"));
        self.only_flags_so_far = false;
        Ok(())
    }

    /// `(?aiLmsux)` (global, only at the start) or `(?aiLmsux-imsx:...)` (scoped).
    fn flag_group(&mut self, start: usize) -> TrResult<()> {
        let mut on = String::new();
        let mut off = String::new();
        let mut neg = false;
        loop {
            let Some(ch) = self.peek(0) else {
                return err("missing -, : or )", self.i);
            };
            match ch {
                'a' | 'i' | 'L' | 'm' | 's' | 'u' | 'x' => {
                    if neg {
                        if !"imsx".contains(ch) {
                            return err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.i);
                        }
                        off.push(ch);
                    } else {
                        on.push(ch);
                    }
                    self.i += 1;
                }
                '-' => {
                    if neg {
                        return err("bad inline flags: flag turned on and off", self.i);
                    }
                    neg = true;
                    self.i += 1;
                }
                ')' | ':' => break,
                _ => {
                    let msg = if ch.is_alphabetic() { "unknown flag" } else { "missing -, : or )" };
                    return err(msg, self.i);
                }
            }
        }
        if on.contains('L') {
            if !self.is_bytes {
                return err("bad inline flags: cannot use 'L' flag with a str pattern", self.i);
            }
        }
        if on.contains('u') && self.is_bytes {
            return err("bad inline flags: cannot use 'u' flag with a bytes pattern", self.i);
        }
        if on.contains('a') && on.contains('u') {
            return err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.i);
        }
        let close = self.peek(0) == Some(')');
        self.i += 1;
        if close {
            if neg {
                return err("missing :", self.i - 1);
            }
            if !self.only_flags_so_far {
                return err("global flags not at the start of the expression", start);
            }
            for ch in on.chars() {
                let (bit, set): (i64, &mut bool) = match ch {
                    'i' => (F_IGNORECASE, &mut self.f.ignorecase),
                    'm' => (F_MULTILINE, &mut self.f.multiline),
                    's' => (F_DOTALL, &mut self.f.dotall),
                    'x' => (F_VERBOSE, &mut self.f.verbose),
                    'a' => (F_ASCII, &mut self.f.ascii),
                    'u' => {
                        self.inline_flags |= F_UNICODE;
                        continue;
                    }
                    _ => {
                        self.inline_flags |= F_LOCALE;
                        continue;
                    }
                };
                *set = true;
                self.inline_flags |= bit;
            }
            return Ok(());
        }
        // Scoped flags.
        self.stack.push((self.f, start, 0));
        let mut rx_on = String::new();
        let mut rx_off = String::new();
        for ch in on.chars() {
            match ch {
                'i' => {
                    self.f.ignorecase = true;
                    rx_on.push('i');
                }
                'm' => self.f.multiline = true,
                's' => self.f.dotall = true,
                'x' => self.f.verbose = true,
                'a' => self.f.ascii = true,
                _ => {}
            }
        }
        for ch in off.chars() {
            match ch {
                'i' => {
                    self.f.ignorecase = false;
                    rx_off.push('i');
                }
                'm' => self.f.multiline = false,
                's' => self.f.dotall = false,
                'x' => self.f.verbose = false,
                _ => {}
            }
        }
        if rx_on.is_empty() && rx_off.is_empty() {
            self.out.push_str("(?:");
        } else if rx_off.is_empty() {
            self.out.push_str(&format!("(?{rx_on}:"));
        } else {
            self.out.push_str(&format!("(?{rx_on}-{rx_off}:"));
        }
        self.only_flags_so_far = false;
        Ok(())
    }

    fn class_escape_text(&self, c: char, inside: bool) -> Option<&'static str> {
        let ascii = self.f.ascii || self.is_bytes;
        Some(match (c, ascii, inside) {
            ('d', false, _) => "\\d",
            ('D', false, false) => "\\D",
            ('D', false, true) => "\\D",
            ('w', false, _) => "\\w",
            ('W', false, _) => "\\W",
            ('s', false, false) => "[\\s\\x1C-\\x1F]",
            ('s', false, true) => "\\s\\x1C-\\x1F",
            ('S', false, _) => "[^\\s\\x1C-\\x1F]",
            ('d', true, false) => "[0-9]",
            ('d', true, true) => "0-9",
            ('D', true, _) => "[^0-9]",
            ('w', true, false) => "[0-9A-Za-z_]",
            ('w', true, true) => "0-9A-Za-z_",
            ('W', true, _) => "[^0-9A-Za-z_]",
            ('s', true, false) => "[\\t\\n\\x0B\\x0C\\r ]",
            ('s', true, true) => "\\t\\n\\x0B\\x0C\\r ",
            ('S', true, _) => "[^\\t\\n\\x0B\\x0C\\r ]",
            _ => return None,
        })
    }

    /// Hex digits for `\x`, `\u`, `\U` escapes.
    fn hex_escape(&mut self, n: usize, start: usize, letter: char) -> TrResult<char> {
        let digits: String = self.p[self.i..(self.i + n).min(self.p.len())].iter().collect();
        if digits.len() != n || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
            return err(format!("incomplete escape \\{letter}{digits}"), start);
        }
        self.i += n;
        let v = u32::from_str_radix(&digits, 16).unwrap_or(0);
        match char::from_u32(v) {
            Some(c) => Ok(c),
            None => err(format!("bad escape \\{letter}{digits}"), start),
        }
    }

    /// Octal escape: up to 3 octal digits starting at self.i.
    fn octal(&mut self, start: usize) -> TrResult<char> {
        let mut v = 0u32;
        let mut k = 0;
        while k < 3 {
            match self.peek(0) {
                Some(d @ '0'..='7') => {
                    v = v * 8 + d.to_digit(8).unwrap();
                    self.i += 1;
                    k += 1;
                }
                _ => break,
            }
        }
        if v > 0o377 {
            let s: String = self.p[start..self.i].iter().collect();
            return err(format!("octal escape value {s} outside of range 0-0o377"), start);
        }
        Ok(char::from_u32(v).unwrap_or('\0'))
    }

    /// An escape outside a class (self.i at the backslash).
    fn escape(&mut self) -> TrResult<()> {
        let start = self.i;
        self.i += 1;
        let Some(c) = self.peek(0) else {
            return err("bad escape (end of pattern)", start);
        };
        self.i += 1;
        self.repeatable = true;
        if let Some(t) = self.class_escape_text(c, false) {
            self.out.push_str(t);
            return Ok(());
        }
        match c {
            'A' => self.out.push_str("\\A"),
            'Z' => self.out.push_str("\\z"),
            'b' => {
                self.out.push_str("\\b");
            }
            'B' => self.out.push_str("\\B"),
            'n' | 't' | 'r' | 'f' | 'v' | 'a' => {
                self.out.push('\\');
                self.out.push(c);
            }
            'x' => {
                let ch = self.hex_escape(2, start, 'x')?;
                push_lit(&mut self.out, ch, false);
            }
            'u' | 'U' if !self.is_bytes => {
                let ch = self.hex_escape(if c == 'u' { 4 } else { 8 }, start, c)?;
                push_lit(&mut self.out, ch, false);
            }
            '0' => {
                self.i -= 1;
                let ch = self.octal(start)?;
                push_lit(&mut self.out, ch, false);
            }
            '1'..='9' => {
                // Three octal digits make an octal escape; otherwise a group reference.
                let d1 = self.peek(0);
                let d2 = self.peek(1);
                if c <= '7' && matches!(d1, Some('0'..='7')) && matches!(d2, Some('0'..='7')) {
                    self.i -= 1;
                    let ch = self.octal(start)?;
                    push_lit(&mut self.out, ch, false);
                } else {
                    let mut n = c.to_digit(10).unwrap() as usize;
                    if let Some(d @ '0'..='9') = d1 {
                        n = n * 10 + d.to_digit(10).unwrap() as usize;
                        self.i += 1;
                    }
                    if n > self.groups || n >= self.closed.len() {
                        return err(format!("invalid group reference {n}"), start + 1);
                    }
                    if !self.closed[n] {
                        return err("cannot refer to an open group", start);
                    }
                    self.out.push_str(&format!("(?:\\{n})"));
                }
            }
            _ if c.is_ascii_alphanumeric() => {
                return err(format!("bad escape \\{c}"), start);
            }
            _ => push_lit(&mut self.out, c, false),
        }
        Ok(())
    }

    /// A character class (self.i at '[').
    fn class(&mut self) -> TrResult<()> {
        let start = self.i;
        self.i += 1;
        let mut body = String::new();
        let mut negate = false;
        if self.peek(0) == Some('^') {
            negate = true;
            self.i += 1;
        }
        // Items: single chars (for ranges) or class escapes.
        let mut first = true;
        let mut prev_char: Option<char> = None;
        let mut empty = true;
        loop {
            let Some(c) = self.peek(0) else {
                return err("unterminated character set", start);
            };
            if c == ']' && !first {
                self.i += 1;
                break;
            }
            first = false;
            let item_start = self.i;
            // One item: a char or an escape class.
            let item: Result<char, &'static str> = if c == '\\' {
                self.i += 1;
                let Some(e) = self.peek(0) else {
                    return err("unterminated character set", start);
                };
                self.i += 1;
                if let Some(t) = self.class_escape_text(e, true) {
                    Err(t)
                } else {
                    Ok(match e {
                        'n' => '\n',
                        't' => '\t',
                        'r' => '\r',
                        'f' => '\x0c',
                        'v' => '\x0b',
                        'a' => '\x07',
                        'b' => '\x08',
                        'x' => self.hex_escape(2, item_start, 'x')?,
                        'u' | 'U' if !self.is_bytes => self.hex_escape(if e == 'u' { 4 } else { 8 }, item_start, e)?,
                        '0'..='7' => {
                            self.i -= 1;
                            self.octal(item_start)?
                        }
                        _ if e.is_ascii_alphanumeric() => return err(format!("bad escape \\{e}"), item_start),
                        _ => e,
                    })
                }
            } else {
                self.i += 1;
                Ok(c)
            };
            // A range `a-b`?
            if self.peek(0) == Some('-') && self.peek(1).is_some_and(|n| n != ']') {
                let range_start = item_start;
                self.i += 1;
                let hi_start = self.i;
                let hi: Result<char, &'static str> = if self.peek(0) == Some('\\') {
                    self.i += 1;
                    let Some(e) = self.peek(0) else {
                        return err("unterminated character set", start);
                    };
                    self.i += 1;
                    if let Some(t) = self.class_escape_text(e, true) {
                        Err(t)
                    } else {
                        Ok(match e {
                            'n' => '\n',
                            't' => '\t',
                            'r' => '\r',
                            'f' => '\x0c',
                            'v' => '\x0b',
                            'a' => '\x07',
                            'b' => '\x08',
                            'x' => self.hex_escape(2, hi_start, 'x')?,
                            'u' | 'U' if !self.is_bytes => self.hex_escape(if e == 'u' { 4 } else { 8 }, hi_start, e)?,
                            '0'..='7' => {
                                self.i -= 1;
                                self.octal(hi_start)?
                            }
                            _ if e.is_ascii_alphanumeric() => return err(format!("bad escape \\{e}"), hi_start),
                            _ => e,
                        })
                    }
                } else {
                    let ch = self.peek(0).unwrap();
                    self.i += 1;
                    Ok(ch)
                };
                match (item, hi) {
                    (Ok(lo), Ok(hi)) => {
                        if hi < lo {
                            let s: String = self.p[range_start..self.i].iter().collect();
                            return err(format!("bad character range {s}"), range_start);
                        }
                        push_lit(&mut body, lo, true);
                        body.push('-');
                        push_lit(&mut body, hi, true);
                    }
                    _ => {
                        let s: String = self.p[range_start..self.i].iter().collect();
                        return err(format!("bad character range {s}"), range_start);
                    }
                }
                empty = false;
                prev_char = None;
                continue;
            }
            match item {
                Ok(ch) => {
                    push_lit(&mut body, ch, true);
                    prev_char = Some(ch);
                }
                Err(t) => {
                    body.push_str(t);
                    prev_char = None;
                }
            }
            empty = false;
        }
        let _ = prev_char;
        if empty {
            // `[]` cannot happen (']' first is literal); keep the compiler happy.
            self.out.push_str(if negate { "(?s:.)" } else { "[^\\x00-\\x{10FFFF}]" });
            return Ok(());
        }
        self.out.push('[');
        if negate {
            self.out.push('^');
        }
        self.out.push_str(&body);
        self.out.push(']');
        Ok(())
    }
}

fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    it.all(|c| c == '_' || c.is_alphanumeric())
}

fn translate(p: &[char], flags: i64, is_bytes: bool) -> TrResult<Translated> {
    let f = Flags {
        ignorecase: flags & F_IGNORECASE != 0,
        multiline: flags & F_MULTILINE != 0,
        dotall: flags & F_DOTALL != 0,
        verbose: flags & F_VERBOSE != 0,
        ascii: flags & F_ASCII != 0,
    };
    let mut t = Tr {
        p,
        i: 0,
        out: String::new(),
        groups: 0,
        names: Vec::new(),
        stack: Vec::new(),
        closed: vec![true],
        f,
        is_bytes,
        inline_flags: 0,
        repeatable: false,
        after_quant: false,
        only_flags_so_far: true,
    };
    t.run()?;
    let ic = f.ignorecase || t.inline_flags & F_IGNORECASE != 0;
    let regex = if ic { format!("(?i){}", t.out) } else { t.out };
    Ok(Translated { regex, groups: t.groups, names: t.names, inline_flags: t.inline_flags })
}

// ---------------------------------------------------------------- Pattern

struct PatternData {
    pattern: Value,
    flags: i64,
    is_bytes: bool,
    groups: usize,
    groupindex: Value,
    src: String,
    search: Regex,
    match0: OnceLock<Result<Regex, String>>,
    matchpos: OnceLock<Result<Regex, String>>,
    full0: OnceLock<Result<Regex, String>>,
    fullpos: OnceLock<Result<Regex, String>>,
}

impl NativeData for PatternData {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.pattern);
        visit(self.groupindex);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn build(src: &str) -> Result<Regex, String> {
    RegexBuilder::new(src).backtrack_limit(usize::MAX / 4).build().map_err(|e| e.to_string())
}

fn pdata(v: Value) -> Option<&'static PatternData> {
    if !v.is_ptr() || v.header().kind() != Kind::Native {
        return None;
    }
    // SAFETY: kind Native has layout NativeObj; the payload lives as long as `v`.
    let n: &'static NativeObj = unsafe { v.cast::<NativeObj>() };
    n.data::<PatternData>()
}

fn pat(vm: &mut Vm, v: Option<Value>) -> PyResult<&'static PatternData> {
    match v.and_then(pdata) {
        Some(p) => Ok(p),
        None => Err(vm.type_error("descriptor requires a 're.Pattern' object")),
    }
}

/// `compile(pattern, flags)`.
fn compile(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "compile", 2, 2)?;
    let pattern = a.at(0);
    let mut flags = vm.index_value(a.at(1))?;
    let (chars, is_bytes): (Vec<char>, bool) = if let Some(s) = pystr::as_str(pattern) {
        (s.chars().collect(), false)
    } else if bytes::is_bytes_like(pattern) {
        let b = bytes::as_bytes(pattern).unwrap_or_default();
        (b.iter().map(|&x| x as char).collect(), true)
    } else {
        return Err(vm.type_error("first argument must be string or compiled pattern"));
    };
    if is_bytes {
        if flags & F_UNICODE != 0 {
            return Err(vm.value_error("cannot use UNICODE flag with a bytes pattern"));
        }
        if flags & F_LOCALE != 0 && flags & F_ASCII != 0 {
            return Err(vm.value_error("ASCII and LOCALE flags are incompatible"));
        }
    } else {
        if flags & F_LOCALE != 0 {
            return Err(vm.value_error("cannot use LOCALE flag with a str pattern"));
        }
        if flags & F_ASCII != 0 && flags & F_UNICODE != 0 {
            return Err(vm.value_error("ASCII and UNICODE flags are incompatible"));
        }
    }
    let t = match translate(&chars, flags, is_bytes) {
        Ok(t) => t,
        Err((msg, pos)) => return Err(re_error(vm, &msg, pattern, pos)),
    };
    flags |= t.inline_flags;
    if !is_bytes && flags & F_ASCII == 0 {
        flags |= F_UNICODE;
    }
    let search = match build(&t.regex) {
        Ok(r) => r,
        Err(e) => {
            // fancy_regex rejects variable-width look-behind at build time; CPython's parser
            // rejects it with its own message, which programs print.
            let msg = e.to_string();
            let msg = if msg.contains("Look-behind assertion without constant size") {
                "look-behind requires fixed-width pattern".to_string()
            } else {
                format!("unsupported pattern: {msg}")
            };
            return Err(re_error(vm, &msg, pattern, None));
        }
    };
    let gi = dict::new_dict();
    for (name, idx) in &t.names {
        dict::set(vm, gi, pystr::new(name), int::from_usize(*idx))?;
    }
    let data = PatternData {
        pattern,
        flags,
        is_bytes,
        groups: t.groups,
        groupindex: gi,
        src: t.regex,
        search,
        match0: OnceLock::new(),
        matchpos: OnceLock::new(),
        full0: OnceLock::new(),
        fullpos: OnceLock::new(),
    };
    Ok(objmodel::alloc::new_native(pattern_type(), Box::new(data)))
}

/// The subject of a search as UTF-8 text (bytes decoded as Latin-1).
struct Subject {
    text: Cow<'static, str>,
    ascii: bool,
    nchars: usize,
}

fn subject(vm: &mut Vm, p: &PatternData, s: Value) -> PyResult<Subject> {
    if let Some(t) = pystr::as_str(s) {
        if p.is_bytes {
            return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
        }
        let o = pystr::str_obj(s);
        let ascii = o.is_ascii();
        let nchars = if ascii { t.len() } else { t.chars().count() };
        return Ok(Subject { text: Cow::Borrowed(t), ascii, nchars });
    }
    if bytes::is_bytes_like(s) {
        if !p.is_bytes {
            return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
        }
        let b = bytes::as_bytes(s).unwrap_or_default();
        let ascii = b.is_ascii();
        let nchars = b.len();
        let text: String = b.iter().map(|&x| x as char).collect();
        return Ok(Subject { text: Cow::Owned(text), ascii, nchars });
    }
    Err(vm.type_error(format!("expected string or bytes-like object, got '{}'", s.class().error_name())))
}

impl Subject {
    fn byte_of(&self, c: usize) -> usize {
        if self.ascii {
            return c.min(self.text.len());
        }
        self.text.char_indices().nth(c).map(|(b, _)| b).unwrap_or(self.text.len())
    }
    /// Char index of byte offset `b`, counting from a known (byte, char) pair at or before it.
    fn char_of(&self, b: usize, base: (usize, usize)) -> usize {
        if self.ascii {
            return b;
        }
        if b >= base.0 {
            base.1 + self.text[base.0..b].chars().count()
        } else {
            self.text[..b].chars().count()
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Search,
    Match,
    Full,
}

fn variant(vm: &mut Vm, p: &'static PatternData, mode: Mode, at_start: bool) -> PyResult<&'static Regex> {
    let (cell, src) = match (mode, at_start) {
        (Mode::Search, _) => return Ok(&p.search),
        (Mode::Match, true) => (&p.match0, format!("\\A(?:{})", p.src)),
        (Mode::Match, false) => (&p.matchpos, format!("\\G(?:{})", p.src)),
        (Mode::Full, true) => (&p.full0, format!("\\A(?:{})\\z", p.src)),
        (Mode::Full, false) => (&p.fullpos, format!("\\G(?:{})\\z", p.src)),
    };
    match cell.get_or_init(|| build(&src)) {
        Ok(r) => Ok(r),
        Err(e) => Err(vm.runtime_error(format!("regular expression could not be compiled: {e}"))),
    }
}

/// Byte spans of each group (None when the group did not take part).
type Spans = Vec<Option<(usize, usize)>>;

fn run(vm: &mut Vm, re: &Regex, text: &str, pos_b: usize, ngroups: usize) -> PyResult<Option<Spans>> {
    match re.captures_from_pos(text, pos_b) {
        Ok(Some(c)) => Ok(Some((0..=ngroups).map(|i| c.get(i).map(|m| (m.start(), m.end()))).collect())),
        Ok(None) => Ok(None),
        Err(e) => Err(vm.runtime_error(format!("regular expression matching failed: {e}"))),
    }
}

struct MatchData {
    string: Value,
    re: Value,
    pos: usize,
    endpos: usize,
    /// Character spans.
    spans: Vec<Option<(usize, usize)>>,
    /// Byte spans into the subject text (str: UTF-8 bytes; bytes: equal to `spans`).
    bspans: Spans,
    lastindex: Option<usize>,
}

impl NativeData for MatchData {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.string);
        visit(self.re);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn mdata(v: Value) -> Option<&'static MatchData> {
    if !v.is_ptr() || v.header().kind() != Kind::Native {
        return None;
    }
    // SAFETY: as in `pdata`.
    let n: &'static NativeObj = unsafe { v.cast::<NativeObj>() };
    n.data::<MatchData>()
}

fn mat(vm: &mut Vm, v: Option<Value>) -> PyResult<&'static MatchData> {
    match v.and_then(mdata) {
        Some(m) => Ok(m),
        None => Err(vm.type_error("descriptor requires a 're.Match' object")),
    }
}

fn lastindex(spans: &[Option<(usize, usize)>]) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, s) in spans.iter().enumerate().skip(1) {
        if let Some((_, e)) = s {
            match best {
                Some((_, be)) if *e <= be => {}
                _ => best = Some((i, *e)),
            }
        }
    }
    best.map(|(i, _)| i)
}

#[allow(clippy::too_many_arguments)]
fn new_match(sub: &Subject, string: Value, re: Value, pos: usize, endpos: usize, b: Spans, base: (usize, usize)) -> Value {
    let m0 = b[0].unwrap_or((0, 0));
    let mbase = (m0.0, sub.char_of(m0.0, base));
    let spans: Vec<Option<(usize, usize)>> =
        b.iter().map(|s| s.map(|(x, y)| (sub.char_of(x, mbase), sub.char_of(y, mbase)))).collect();
    let li = lastindex(&spans);
    objmodel::alloc::new_native(
        match_type(),
        Box::new(MatchData { string, re, pos, endpos, spans, bspans: b, lastindex: li }),
    )
}

/// Clamp `pos`/`endpos` as CPython does.
fn bounds(vm: &mut Vm, pos: Value, endpos: Value, n: usize) -> PyResult<(usize, usize)> {
    let clamp = |v: i64| -> usize { if v < 0 { 0 } else { (v as usize).min(n) } };
    let p = if pos.is_null() { 0 } else { clamp(vm.index_value(pos)?) };
    let e = if endpos.is_null() || endpos.is_none() { n } else { clamp(vm.index_value(endpos)?) };
    Ok((p, e))
}

fn do_match(vm: &mut Vm, a: Args, mode: Mode, name: &str) -> PyResult {
    let me = a.at(0);
    let p = pat(vm, Some(me))?;
    let [string, pos, endpos] = a.rest().bind(vm, name, ["string", "pos", "endpos"], 3, 1)?;
    let sub = subject(vm, p, string)?;
    let (pc, ec) = bounds(vm, pos, endpos, sub.nchars)?;
    if pc > ec {
        return Ok(objmodel::none());
    }
    let pb = sub.byte_of(pc);
    let eb = sub.byte_of(ec);
    let re = variant(vm, p, mode, pb == 0)?;
    let text = &sub.text[..eb];
    match run(vm, re, text, pb, p.groups)? {
        Some(spans) => Ok(new_match(&sub, string, me, pc, ec, spans, (pb, pc))),
        None => Ok(objmodel::none()),
    }
}

fn p_match(vm: &mut Vm, a: Args) -> PyResult {
    do_match(vm, a, Mode::Match, "match")
}
fn p_fullmatch(vm: &mut Vm, a: Args) -> PyResult {
    do_match(vm, a, Mode::Full, "fullmatch")
}
fn p_search(vm: &mut Vm, a: Args) -> PyResult {
    do_match(vm, a, Mode::Search, "search")
}

/// Iterate over successive matches with Python's empty-match rules, calling `f` with each
/// match's byte spans and its char base; `f` returns false to stop.
fn for_each_match(
    vm: &mut Vm,
    p: &'static PatternData,
    sub: &Subject,
    pc: usize,
    ec: usize,
    mut f: impl FnMut(&mut Vm, Spans, (usize, usize)) -> PyResult<bool>,
) -> PyResult<()> {
    let eb = sub.byte_of(ec);
    let text = &sub.text[..eb];
    let mut pos_b = sub.byte_of(pc);
    let mut pos_c = pc;
    let mut must_advance = false;
    while pos_b <= text.len() {
        let Some(mut spans) = run(vm, &p.search, text, pos_b, p.groups)? else { break };
        let (s, e) = spans[0].unwrap_or((0, 0));
        if must_advance && s == e && s == pos_b {
            // An empty match where the previous one ended: retry one character later.
            let Some(ch) = text[pos_b..].chars().next() else { break };
            let nb = pos_b + ch.len_utf8();
            match run(vm, &p.search, text, nb, p.groups)? {
                Some(sp) => spans = sp,
                None => break,
            }
            pos_c += 1;
            pos_b = nb;
        }
        let (s, e) = spans[0].unwrap_or((0, 0));
        let base = (pos_b, pos_c);
        let end_c = sub.char_of(e, base);
        if !f(vm, spans, base)? {
            break;
        }
        must_advance = s == e;
        pos_b = e;
        pos_c = end_c;
    }
    Ok(())
}

/// A group's value: a substring (str or bytes), or `default` when it did not match.
fn group_value(m: &MatchData, sub_text: &str, i: usize, default: Value) -> Value {
    match (m.bspans.get(i).copied().flatten(), m.spans.get(i).copied().flatten()) {
        (Some((bs, be)), Some((cs, ce))) => {
            if pystr::is_str(m.string) {
                pystr::new(&sub_text[bs..be])
            } else {
                let b = bytes::as_bytes(m.string).unwrap_or_default();
                objmodel::alloc::new_bytes(&b[cs.min(b.len())..ce.min(b.len())])
            }
        }
        _ => default,
    }
}

fn slice_value(string: Value, sub: &Subject, bs: usize, be: usize, cs: usize, ce: usize) -> Value {
    if pystr::is_str(string) {
        pystr::new(&sub.text[bs..be])
    } else {
        let b = bytes::as_bytes(string).unwrap_or_default();
        objmodel::alloc::new_bytes(&b[cs.min(b.len())..ce.min(b.len())])
    }
}

fn spans_group(sub: &Subject, string: Value, spans: &Spans, base: (usize, usize), i: usize, empty: Value) -> Value {
    match spans[i] {
        Some((x, y)) => {
            let cs = sub.char_of(x, base);
            let ce = sub.char_of(y, base);
            slice_value(string, sub, x, y, cs, ce)
        }
        None => empty,
    }
}

fn empty_of(p: &PatternData) -> Value {
    if p.is_bytes { objmodel::alloc::new_bytes(&[]) } else { pystr::new("") }
}

fn p_findall(vm: &mut Vm, a: Args) -> PyResult {
    let p = pat(vm, a.get(0))?;
    let [string, pos, endpos] = a.rest().bind(vm, "findall", ["string", "pos", "endpos"], 3, 1)?;
    let sub = subject(vm, p, string)?;
    let (pc, ec) = bounds(vm, pos, endpos, sub.nchars)?;
    let out = list::new_list(&[]);
    if pc > ec {
        return Ok(out);
    }
    let empty = empty_of(p);
    let ng = p.groups;
    for_each_match(vm, p, &sub, pc, ec, |_vm, spans, base| {
        let item = if ng == 0 {
            spans_group(&sub, string, &spans, base, 0, empty)
        } else if ng == 1 {
            spans_group(&sub, string, &spans, base, 1, empty)
        } else {
            let items: Vec<Value> = (1..=ng).map(|i| spans_group(&sub, string, &spans, base, i, empty)).collect();
            tuple::new(&items)
        };
        list::append(out, item);
        Ok(true)
    })?;
    Ok(out)
}

// ---------------------------------------------------------------- finditer

struct Scanner {
    pattern: Value,
    string: Value,
    pos_c: usize,
    pos_b: usize,
    end_c: usize,
    end_b: usize,
    must_advance: bool,
    done: bool,
}
impl Trace for Scanner {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.pattern);
        f(self.string);
    }
}

/// The scanner state over `string[pos:endpos]` (finditer's and `Pattern.scanner`'s).
fn new_scanner(vm: &mut Vm, a: Args, name: &str, cls: &TypeObj) -> PyResult {
    let p = pat(vm, a.get(0))?;
    let [string, pos, endpos] = a.rest().bind(vm, name, ["string", "pos", "endpos"], 3, 1)?;
    let sub = subject(vm, p, string)?;
    let (pc, ec) = bounds(vm, pos, endpos, sub.nchars)?;
    let (pb, eb) = (sub.byte_of(pc), sub.byte_of(ec));
    Ok(new_obj(
        cls,
        Scanner { pattern: a.at(0), string, pos_c: pc, pos_b: pb, end_c: ec, end_b: eb, must_advance: false, done: pc > ec },
    ))
}

fn p_finditer(vm: &mut Vm, a: Args) -> PyResult {
    new_scanner(vm, a, "finditer", scanner_type())
}

/// `Pattern.scanner(string, pos=0, endpos=None)`: an `SRE_Scanner` whose `match()` and
/// `search()` each return the next match from where the last one ended (None once one fails).
fn p_scanner(vm: &mut Vm, a: Args) -> PyResult {
    new_scanner(vm, a, "scanner", sre_scanner_type())
}

/// The next match of a scanner: searched for (`Mode::Search`) or anchored at the current
/// position (`Mode::Match`); None, and the scanner finished, when there is none. After an
/// empty match the next one must not be empty at the same place (CPython's `must_advance`):
/// a search retries one character on, a match fails.
fn scanner_step(vm: &mut Vm, s: &'static super::Cell<Scanner>, mode: Mode) -> PyResult<Option<Value>> {
    let (pv, string, pos_c, pos_b, end_c, eb, must_advance, done) = {
        let g = s.lock();
        (g.pattern, g.string, g.pos_c, g.pos_b, g.end_c, g.end_b, g.must_advance, g.done)
    };
    if done {
        return Ok(None);
    }
    let p = pat(vm, Some(pv))?;
    let sub = subject(vm, p, string)?;
    let text = &sub.text[..eb];
    let mut pos_b = pos_b;
    let mut pos_c = pos_c;
    let re = variant(vm, p, mode, pos_b == 0)?;
    let found = if pos_b > text.len() { None } else { run(vm, re, text, pos_b, p.groups)? };
    let mut spans = match found {
        Some(sp) => sp,
        None => {
            s.lock().done = true;
            return Ok(None);
        }
    };
    let (st, en) = spans[0].unwrap_or((0, 0));
    if must_advance && st == en && st == pos_b {
        let next = text[pos_b..].chars().next();
        let retry = match next {
            Some(ch) if mode == Mode::Search => {
                let nb = pos_b + ch.len_utf8();
                pos_b = nb;
                pos_c += 1;
                run(vm, &p.search, text, nb, p.groups)?
            }
            _ => None,
        };
        match retry {
            Some(sp) => spans = sp,
            None => {
                s.lock().done = true;
                return Ok(None);
            }
        }
    }
    let (st, en) = spans[0].unwrap_or((0, 0));
    let base = (pos_b, pos_c);
    let end_char = sub.char_of(en, base);
    let m = new_match(&sub, string, pv, pos_c.min(end_c), end_c, spans, base);
    {
        let mut g = s.lock();
        g.must_advance = st == en;
        g.pos_c = end_char;
        g.pos_b = en;
    }
    Ok(Some(m))
}

fn scanner_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Scanner>(vm, a.get(0), "re.Scanner")?;
    match scanner_step(vm, s, Mode::Search)? {
        Some(m) => Ok(m),
        None => Err(vm.stop_iteration(Value::NULL)),
    }
}

fn sre_scanner_match(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "match", 1, 1)?;
    let s = this::<Scanner>(vm, a.get(0), "_sre.SRE_Scanner")?;
    Ok(scanner_step(vm, s, Mode::Match)?.unwrap_or_else(objmodel::none))
}

fn sre_scanner_search(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "search", 1, 1)?;
    let s = this::<Scanner>(vm, a.get(0), "_sre.SRE_Scanner")?;
    Ok(scanner_step(vm, s, Mode::Search)?.unwrap_or_else(objmodel::none))
}

fn sre_scanner_pattern(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Scanner>(vm, a.get(0), "_sre.SRE_Scanner")?;
    Ok(s.lock().pattern)
}

// ---------------------------------------------------------------- sub / split

enum Piece {
    Lit(String),
    Group(usize),
}

/// Parse a replacement template (CPython's rules for escapes and group references).
fn parse_template(vm: &mut Vm, p: &PatternData, tmpl: &[char], tmpl_v: Value) -> PyResult<Vec<Piece>> {
    let mut out: Vec<Piece> = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let flush = |lit: &mut String, out: &mut Vec<Piece>| {
        if !lit.is_empty() {
            out.push(Piece::Lit(std::mem::take(lit)));
        }
    };
    let group_by_name = |vm: &mut Vm, name: &str| -> PyResult<Option<usize>> {
        if let Some(v) = dict::get(vm, p.groupindex, pystr::new(name))? {
            return Ok(int::to_i64(v).map(|x| x as usize));
        }
        Ok(None)
    };
    while i < tmpl.len() {
        let c = tmpl[i];
        if c != '\\' {
            lit.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&e) = tmpl.get(i) else {
            return Err(re_error(vm, "bad escape (end of pattern)", tmpl_v, Some(start)));
        };
        i += 1;
        match e {
            'g' => {
                if tmpl.get(i) != Some(&'<') {
                    return Err(re_error(vm, "missing <", tmpl_v, Some(i)));
                }
                i += 1;
                let ns = i;
                while i < tmpl.len() && tmpl[i] != '>' {
                    i += 1;
                }
                if i >= tmpl.len() {
                    return Err(re_error(vm, "missing >, unterminated name", tmpl_v, Some(ns)));
                }
                let name: String = tmpl[ns..i].iter().collect();
                i += 1;
                if name.is_empty() {
                    return Err(re_error(vm, "missing group name", tmpl_v, Some(ns)));
                }
                let idx = if name.chars().all(|c| c.is_ascii_digit()) {
                    let n: usize = name.parse().unwrap_or(usize::MAX);
                    if n > p.groups {
                        return Err(re_error(vm, &format!("invalid group reference {n}"), tmpl_v, Some(ns)));
                    }
                    n
                } else {
                    if !is_identifier(&name) {
                        return Err(re_error(vm, &format!("bad character in group name '{name}'"), tmpl_v, Some(ns)));
                    }
                    match group_by_name(vm, &name)? {
                        Some(n) => n,
                        None => {
                            let ie = vm.index_error(format!("unknown group name '{name}'"));
                            return Err(ie);
                        }
                    }
                };
                flush(&mut lit, &mut out);
                out.push(Piece::Group(idx));
            }
            '0' => {
                let mut v = 0u32;
                let mut k = 0;
                while k < 2 && i < tmpl.len() && ('0'..='7').contains(&tmpl[i]) {
                    v = v * 8 + tmpl[i].to_digit(8).unwrap();
                    i += 1;
                    k += 1;
                }
                lit.push(char::from_u32(v).unwrap_or('\0'));
            }
            '1'..='9' => {
                let d1 = tmpl.get(i).copied();
                let d2 = tmpl.get(i + 1).copied();
                if e <= '7' && matches!(d1, Some('0'..='7')) && matches!(d2, Some('0'..='7')) {
                    let v = e.to_digit(8).unwrap() * 64 + d1.unwrap().to_digit(8).unwrap() * 8 + d2.unwrap().to_digit(8).unwrap();
                    if v > 0o377 {
                        let s: String = tmpl[start..i + 2].iter().collect();
                        return Err(re_error(vm, &format!("octal escape value {s} outside of range 0-0o377"), tmpl_v, Some(start)));
                    }
                    i += 2;
                    lit.push(char::from_u32(v).unwrap_or('\0'));
                } else {
                    let mut n = e.to_digit(10).unwrap() as usize;
                    if let Some(d @ '0'..='9') = d1 {
                        n = n * 10 + d.to_digit(10).unwrap() as usize;
                        i += 1;
                    }
                    if n > p.groups {
                        return Err(re_error(vm, &format!("invalid group reference {n}"), tmpl_v, Some(start + 1)));
                    }
                    flush(&mut lit, &mut out);
                    out.push(Piece::Group(n));
                }
            }
            'n' => lit.push('\n'),
            't' => lit.push('\t'),
            'r' => lit.push('\r'),
            'f' => lit.push('\x0c'),
            'v' => lit.push('\x0b'),
            'a' => lit.push('\x07'),
            'b' => lit.push('\x08'),
            '\\' => lit.push('\\'),
            _ if e.is_ascii_alphabetic() => {
                return Err(re_error(vm, &format!("bad escape \\{e}"), tmpl_v, Some(start)));
            }
            _ => {
                lit.push('\\');
                lit.push(e);
            }
        }
    }
    flush(&mut lit, &mut out);
    Ok(out)
}

/// Text of a template or repl value as chars (bytes as Latin-1).
fn template_chars(vm: &mut Vm, p: &PatternData, v: Value) -> PyResult<Vec<char>> {
    if let Some(s) = pystr::as_str(v) {
        if p.is_bytes {
            return Err(vm.type_error(format!("expected a bytes-like object, {} found", v.class().error_name())));
        }
        return Ok(s.chars().collect());
    }
    if bytes::is_bytes_like(v) {
        if !p.is_bytes {
            return Err(vm.type_error(format!("expected str instance, {} found", v.class().error_name())));
        }
        return Ok(bytes::as_bytes(v).unwrap_or_default().iter().map(|&b| b as char).collect());
    }
    Err(vm.type_error(format!("expected str instance, {} found", v.class().error_name())))
}

/// Append the expansion of `pieces` for a match (given by spans over `sub`).
fn expand_into(out: &mut String, pieces: &[Piece], sub: &Subject, spans: &Spans) {
    for pc in pieces {
        match pc {
            Piece::Lit(s) => out.push_str(s),
            Piece::Group(i) => {
                if let Some(Some((x, y))) = spans.get(*i) {
                    out.push_str(&sub.text[*x..*y]);
                }
            }
        }
    }
}

fn finish_text(p: &PatternData, s: &str) -> Value {
    if p.is_bytes {
        let b: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
        objmodel::alloc::new_bytes(&b)
    } else {
        pystr::new(s)
    }
}

fn value_text(vm: &mut Vm, p: &PatternData, v: Value) -> PyResult<String> {
    if p.is_bytes {
        if !bytes::is_bytes_like(v) {
            return Err(vm.type_error(format!("expected a bytes-like object, {} found", v.class().error_name())));
        }
        return Ok(bytes::as_bytes(v).unwrap_or_default().iter().map(|&b| b as char).collect());
    }
    match pystr::as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!("expected str instance, {} found", v.class().error_name()))),
    }
}

fn do_sub(vm: &mut Vm, a: Args, name: &str) -> PyResult<(Value, usize)> {
    let me = a.at(0);
    let p = pat(vm, Some(me))?;
    let [repl, string, count] = a.rest().bind(vm, name, ["repl", "string", "count"], 3, 2)?;
    let count = if count.is_null() { 0 } else { vm.index_value(count)?.max(0) as usize };
    let sub = subject(vm, p, string)?;
    let callable = !pystr::is_str(repl) && !bytes::is_bytes_like(repl);
    let pieces = if callable {
        None
    } else {
        let chars = template_chars(vm, p, repl)?;
        if !chars.contains(&'\\') {
            Some(vec![Piece::Lit(chars.into_iter().collect())])
        } else {
            Some(parse_template(vm, p, &chars, repl)?)
        }
    };
    let mut out = String::with_capacity(sub.text.len());
    let mut last_b = 0usize;
    let mut n = 0usize;
    let nchars = sub.nchars;
    for_each_match(vm, p, &sub, 0, nchars, |vm, spans, base| {
        if count != 0 && n >= count {
            return Ok(false);
        }
        let (s, e) = spans[0].unwrap_or((0, 0));
        out.push_str(&sub.text[last_b..s]);
        match &pieces {
            Some(pcs) => expand_into(&mut out, pcs, &sub, &spans),
            None => {
                let m = new_match(&sub, string, me, 0, nchars, spans, base);
                let r = vm.call1(repl, m)?;
                let t = value_text(vm, p, r)?;
                out.push_str(&t);
            }
        }
        last_b = e;
        n += 1;
        Ok(true)
    })?;
    out.push_str(&sub.text[last_b..]);
    Ok((finish_text(p, &out), n))
}

fn p_sub(vm: &mut Vm, a: Args) -> PyResult {
    Ok(do_sub(vm, a, "sub")?.0)
}

fn p_subn(vm: &mut Vm, a: Args) -> PyResult {
    let (s, n) = do_sub(vm, a, "subn")?;
    Ok(tuple::new(&[s, int::from_usize(n)]))
}

fn p_split(vm: &mut Vm, a: Args) -> PyResult {
    let p = pat(vm, a.get(0))?;
    let [string, maxsplit] = a.rest().bind(vm, "split", ["string", "maxsplit"], 2, 1)?;
    let maxsplit = if maxsplit.is_null() { 0 } else { vm.index_value(maxsplit)? };
    let sub = subject(vm, p, string)?;
    let out = list::new_list(&[]);
    if maxsplit < 0 {
        list::append(out, string);
        return Ok(out);
    }
    let mut last = (0usize, 0usize);
    let mut n = 0i64;
    let ng = p.groups;
    for_each_match(vm, p, &sub, 0, sub.nchars, |_vm, spans, base| {
        if maxsplit != 0 && n >= maxsplit {
            return Ok(false);
        }
        let (s, e) = spans[0].unwrap_or((0, 0));
        let sc = sub.char_of(s, base);
        list::append(out, slice_value(string, &sub, last.0, s, last.1, sc));
        for i in 1..=ng {
            list::append(out, spans_group(&sub, string, &spans, base, i, objmodel::none()));
        }
        last = (e, sub.char_of(e, base));
        n += 1;
        Ok(true)
    })?;
    list::append(out, slice_value(string, &sub, last.0, sub.text.len(), last.1, sub.nchars));
    Ok(out)
}

fn flags_repr(flags: i64, is_bytes: bool) -> String {
    let mut f = flags;
    if !is_bytes && f & (F_LOCALE | F_UNICODE | F_ASCII) == F_UNICODE {
        f &= !F_UNICODE;
    }
    let names = [
        ("re.TEMPLATE", F_TEMPLATE),
        ("re.IGNORECASE", F_IGNORECASE),
        ("re.LOCALE", F_LOCALE),
        ("re.MULTILINE", F_MULTILINE),
        ("re.DOTALL", F_DOTALL),
        ("re.UNICODE", F_UNICODE),
        ("re.VERBOSE", F_VERBOSE),
        ("re.DEBUG", F_DEBUG),
        ("re.ASCII", F_ASCII),
    ];
    let mut parts = Vec::new();
    for (n, b) in names {
        if f & b != 0 {
            parts.push(n.to_string());
            f &= !b;
        }
    }
    if f != 0 {
        parts.push(format!("{f:#x}"));
    }
    parts.join("|")
}

fn p_repr(vm: &mut Vm, a: Args) -> PyResult {
    let p = pat(vm, a.get(0))?;
    let mut r = vm.repr_string(p.pattern)?;
    if r.chars().count() > 200 {
        r = r.chars().take(200).collect();
    }
    let fl = flags_repr(p.flags, p.is_bytes);
    Ok(pystr::new(&if fl.is_empty() { format!("re.compile({r})") } else { format!("re.compile({r}, {fl})") }))
}

fn p_pattern(vm: &mut Vm, a: Args) -> PyResult {
    Ok(pat(vm, a.get(0))?.pattern)
}
fn p_flags(vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_i64(pat(vm, a.get(0))?.flags))
}
fn p_groups(vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_usize(pat(vm, a.get(0))?.groups))
}
fn p_groupindex(vm: &mut Vm, a: Args) -> PyResult {
    Ok(dict::copy(pat(vm, a.get(0))?.groupindex))
}

fn p_eq(vm: &mut Vm, a: Args) -> PyResult {
    let p = pat(vm, a.get(0))?;
    let Some(q) = pdata(a.at(1)) else { return Ok(objmodel::not_implemented()) };
    if std::ptr::eq(p, q) {
        return Ok(objmodel::true_());
    }
    let same = p.flags == q.flags && p.is_bytes == q.is_bytes && vm.eq(p.pattern, q.pattern)?;
    Ok(objmodel::bool_(same))
}

fn p_hash(vm: &mut Vm, a: Args) -> PyResult {
    let p = pat(vm, a.get(0))?;
    let h = vm.hash(p.pattern)?;
    Ok(int::from_i64(h ^ p.flags.wrapping_mul(1000003)))
}

fn p_copy(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(a.at(0))
}

fn class_getitem(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(a.at(0))
}

// ---------------------------------------------------------------- Match methods

/// Group index from an int or a name; IndexError "no such group".
fn group_index(vm: &mut Vm, m: &MatchData, g: Value) -> PyResult<usize> {
    let p = pdata(m.re).expect("pattern");
    if int::is_int(g) {
        if let Some(i) = int::to_i64(g)
            && i >= 0
            && (i as usize) <= p.groups
        {
            return Ok(i as usize);
        }
        return Err(vm.index_error("no such group"));
    }
    if pystr::is_str(g)
        && let Some(v) = dict::get(vm, p.groupindex, g)?
        && let Some(i) = int::to_i64(v)
    {
        return Ok(i as usize);
    }
    Err(vm.index_error("no such group"))
}

fn match_text(m: &MatchData) -> &'static str {
    pystr::as_str(m.string).unwrap_or("")
}

fn m_group(vm: &mut Vm, a: Args) -> PyResult {
    let m = mat(vm, a.get(0))?;
    a.no_kw(vm, "group")?;
    let text = match_text(m);
    let none = objmodel::none();
    match a.pos.len() {
        1 => Ok(group_value(m, text, 0, none)),
        2 => {
            let i = group_index(vm, m, a.at(1))?;
            Ok(group_value(m, text, i, none))
        }
        _ => {
            let mut out = Vec::new();
            for g in &a.pos[1..] {
                let i = group_index(vm, m, *g)?;
                out.push(group_value(m, text, i, none));
            }
            Ok(tuple::new(&out))
        }
    }
}

fn m_getitem(vm: &mut Vm, a: Args) -> PyResult {
    let m = mat(vm, a.get(0))?;
    let i = group_index(vm, m, a.at(1))?;
    Ok(group_value(m, match_text(m), i, objmodel::none()))
}

fn m_groups(vm: &mut Vm, a: Args) -> PyResult {
    let m = mat(vm, a.get(0))?;
    let [default] = a.rest().bind(vm, "groups", ["default"], 1, 0)?;
    let d = if default.is_null() { objmodel::none() } else { default };
    let text = match_text(m);
    let out: Vec<Value> = (1..m.spans.len()).map(|i| group_value(m, text, i, d)).collect();
    Ok(tuple::new(&out))
}

fn m_groupdict(vm: &mut Vm, a: Args) -> PyResult {
    let m = mat(vm, a.get(0))?;
    let [default] = a.rest().bind(vm, "groupdict", ["default"], 1, 0)?;
    let d = if default.is_null() { objmodel::none() } else { default };
    let p = pdata(m.re).expect("pattern");
    let text = match_text(m);
    let out = dict::new_dict();
    for (k, v) in dict::items(p.groupindex) {
        let i = int::to_i64(v).unwrap_or(0) as usize;
        dict::set(vm, out, k, group_value(m, text, i, d))?;
    }
    Ok(out)
}

fn span_of(vm: &mut Vm, a: &Args) -> PyResult<(&'static MatchData, Option<(usize, usize)>)> {
    let m = mat(vm, a.get(0))?;
    let i = match a.get(1) {
        Some(g) => group_index(vm, m, g)?,
        None => 0,
    };
    Ok((m, m.spans[i]))
}

fn m_start(vm: &mut Vm, a: Args) -> PyResult {
    let (_, s) = span_of(vm, &a)?;
    Ok(s.map(|s| int::from_usize(s.0)).unwrap_or(Value::small(-1)))
}
fn m_end(vm: &mut Vm, a: Args) -> PyResult {
    let (_, s) = span_of(vm, &a)?;
    Ok(s.map(|s| int::from_usize(s.1)).unwrap_or(Value::small(-1)))
}
fn m_span(vm: &mut Vm, a: Args) -> PyResult {
    let (_, s) = span_of(vm, &a)?;
    Ok(match s {
        Some((x, y)) => tuple::new(&[int::from_usize(x), int::from_usize(y)]),
        None => tuple::new(&[Value::small(-1), Value::small(-1)]),
    })
}

fn m_regs(vm: &mut Vm, a: Args) -> PyResult {
    let m = mat(vm, a.get(0))?;
    let v: Vec<Value> = m
        .spans
        .iter()
        .map(|s| match s {
            Some((x, y)) => tuple::new(&[int::from_usize(*x), int::from_usize(*y)]),
            None => tuple::new(&[Value::small(-1), Value::small(-1)]),
        })
        .collect();
    Ok(tuple::new(&v))
}

fn m_expand(vm: &mut Vm, a: Args) -> PyResult {
    let m = mat(vm, a.get(0))?;
    a.rest().check(vm, "expand", 1, 1)?;
    let p = pdata(m.re).expect("pattern");
    let chars = template_chars(vm, p, a.at(1))?;
    let pieces = parse_template(vm, p, &chars, a.at(1))?;
    let sub = subject(vm, p, m.string)?;
    let mut out = String::new();
    expand_into(&mut out, &pieces, &sub, &m.bspans);
    Ok(finish_text(p, &out))
}

fn m_repr(vm: &mut Vm, a: Args) -> PyResult {
    let m = mat(vm, a.get(0))?;
    let g = group_value(m, match_text(m), 0, objmodel::none());
    let r = vm.repr_string(g)?;
    let (s, e) = m.spans[0].unwrap_or((0, 0));
    Ok(pystr::new(&format!("<re.Match object; span=({s}, {e}), match={r}>")))
}

fn m_string(vm: &mut Vm, a: Args) -> PyResult {
    Ok(mat(vm, a.get(0))?.string)
}
fn m_re(vm: &mut Vm, a: Args) -> PyResult {
    Ok(mat(vm, a.get(0))?.re)
}
fn m_pos(vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_usize(mat(vm, a.get(0))?.pos))
}
fn m_endpos(vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_usize(mat(vm, a.get(0))?.endpos))
}
fn m_lastindex(vm: &mut Vm, a: Args) -> PyResult {
    Ok(match mat(vm, a.get(0))?.lastindex {
        Some(i) => int::from_usize(i),
        None => objmodel::none(),
    })
}
fn m_lastgroup(vm: &mut Vm, a: Args) -> PyResult {
    let m = mat(vm, a.get(0))?;
    let Some(li) = m.lastindex else { return Ok(objmodel::none()) };
    let p = pdata(m.re).expect("pattern");
    for (k, v) in dict::items(p.groupindex) {
        if int::to_i64(v) == Some(li as i64) {
            return Ok(k);
        }
    }
    Ok(objmodel::none())
}
fn m_bool(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(objmodel::true_())
}

fn set_error(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_set_error", 1, 1)?;
    let _ = ERROR.set(a.at(0).raw());
    Ok(objmodel::none())
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    use crate::objects::define::{func, getset, method, method_flags};
    let _ = vm;
    let mut first = false;
    TYPES.get_or_init(|| {
        first = true;
        let p = new_type("Pattern", "re");
        let m = new_type("Match", "re");
        let s = new_type("callable_iterator", "builtins");
        let sc = new_type("SRE_Scanner", "_sre");
        (p.as_value().raw(), m.as_value().raw(), s.as_value().raw(), sc.as_value().raw())
    });
    if first {
        let p = pattern_type();
        let ms: &[(&'static str, crate::args::NativeFn)] = &[
            ("match", p_match),
            ("fullmatch", p_fullmatch),
            ("search", p_search),
            ("findall", p_findall),
            ("finditer", p_finditer),
            ("scanner", p_scanner),
            ("sub", p_sub),
            ("subn", p_subn),
            ("split", p_split),
            ("__repr__", p_repr),
            ("__eq__", p_eq),
            ("__hash__", p_hash),
            ("__copy__", p_copy),
            ("__deepcopy__", p_copy),
        ];
        for (n, f) in ms {
            method(p, n, *f);
        }
        getset(p, "pattern", p_pattern, None);
        getset(p, "flags", p_flags, None);
        getset(p, "groups", p_groups, None);
        getset(p, "groupindex", p_groupindex, None);
        method_flags(p, "__class_getitem__", class_getitem, crate::ops::call::bflags::CLASSMETHOD);
        super::finish(p);
        let m = match_type();
        let ms: &[(&'static str, crate::args::NativeFn)] = &[
            ("group", m_group),
            ("groups", m_groups),
            ("groupdict", m_groupdict),
            ("start", m_start),
            ("end", m_end),
            ("span", m_span),
            ("expand", m_expand),
            ("__getitem__", m_getitem),
            ("__repr__", m_repr),
            ("__bool__", m_bool),
            ("__copy__", p_copy),
            ("__deepcopy__", p_copy),
        ];
        for (n, f) in ms {
            method(m, n, *f);
        }
        getset(m, "string", m_string, None);
        getset(m, "re", m_re, None);
        getset(m, "pos", m_pos, None);
        getset(m, "endpos", m_endpos, None);
        getset(m, "lastindex", m_lastindex, None);
        getset(m, "lastgroup", m_lastgroup, None);
        getset(m, "regs", m_regs, None);
        method_flags(m, "__class_getitem__", class_getitem, crate::ops::call::bflags::CLASSMETHOD);
        super::finish(m);
        let s = scanner_type();
        method(s, "__iter__", super::iter_self);
        method(s, "__next__", scanner_next);
        super::finish(s);
        let sc = sre_scanner_type();
        method(sc, "match", sre_scanner_match);
        method(sc, "search", sre_scanner_search);
        getset(sc, "pattern", sre_scanner_pattern, None);
        super::finish(sc);
    }
    let md = crate::objects::module::new_module("_pyrs_re");
    let d = crate::objects::module::module_dict(md);
    func(d, "compile", compile);
    func(d, "_set_error", set_error);
    super::set(d, "Pattern", pattern_type().as_value());
    super::set(d, "Match", match_type().as_value());
    Ok(md)
}
