//! Format specs of f-string replacement fields (`f"{x:\t^9}"`).
//!
//! The parser hands over the literal parts of a format spec as the raw source text, escapes
//! undecoded, while CPython decodes them like the rest of the string: `f"{x:\t^9}"` pads with
//! a tab. The compiler therefore decodes the literal parts here, unless the f-string is raw
//! (`rf"..."`), which it tells from the string's prefix in the source.

use rustpython_parser::ast::{self, Constant, Expr, Ranged};

use super::codegen::Compiler;
use super::error::CResult;
use crate::bytecode::{Const, Instr};

impl<'a> Compiler<'a> {
    /// Pushes the format spec of a replacement field: its parts, escapes decoded, joined into
    /// one str.
    pub(super) fn format_spec(&mut self, spec: &'a Expr) -> CResult<()> {
        let Expr::JoinedStr(j) = spec else { return self.expr(spec) };
        let raw = self.is_raw_string_at(spec);
        for part in &j.values {
            match part {
                Expr::Constant(ast::ExprConstant { value: Constant::Str(s), .. }) if !raw => {
                    self.load_const(Const::Str(decode_escapes(s)));
                }
                _ => self.expr(part)?,
            }
        }
        match j.values.len() {
            0 => self.load_const(Const::Str(String::new())),
            1 => {}
            n => self.emit(Instr::BuildString(n as u32)),
        }
        Ok(())
    }

    /// Whether the string literal whose range starts `e`'s range has an `r` in its prefix.
    fn is_raw_string_at(&self, e: &Expr) -> bool {
        let start = usize::from(e.range().start());
        let prefix = self.ctx.source.get(start..).unwrap_or("");
        prefix.chars().take_while(|c| c.is_ascii_alphabetic()).any(|c| c == 'r' || c == 'R')
    }
}

/// Decodes the backslash escapes of a (non-raw) str literal: `\n`, `\t`, `\\`, octal, `\x`,
/// `\u`, `\U` and the other single-character escapes. An unknown escape keeps its backslash,
/// as CPython does; `\N{name}` is left as written (the compiler has no table of names).
pub(super) fn decode_escapes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = chars.next() else {
            out.push('\\');
            break;
        };
        let simple = match e {
            '\n' => Some(None),
            '\\' => Some(Some('\\')),
            '\'' => Some(Some('\'')),
            '"' => Some(Some('"')),
            'a' => Some(Some('\x07')),
            'b' => Some(Some('\x08')),
            'f' => Some(Some('\x0c')),
            'n' => Some(Some('\n')),
            'r' => Some(Some('\r')),
            't' => Some(Some('\t')),
            'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(decoded) = simple {
            out.extend(decoded);
            continue;
        }
        match e {
            '0'..='7' => {
                let mut code = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            code = code * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.extend(char::from_u32(code));
            }
            'x' | 'u' | 'U' => {
                let width = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let digits: String = chars.clone().take(width).collect();
                match (digits.len() == width).then(|| u32::from_str_radix(&digits, 16).ok()).flatten().and_then(char::from_u32) {
                    Some(ch) => {
                        out.push(ch);
                        for _ in 0..width {
                            chars.next();
                        }
                    }
                    None => {
                        out.push('\\');
                        out.push(e);
                    }
                }
            }
            _ => {
                out.push('\\');
                out.push(e);
            }
        }
    }
    out
}
