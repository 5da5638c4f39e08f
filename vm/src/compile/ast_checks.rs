//! The syntax checks CPython's parser makes that this compiler makes later, while building the
//! symbol table (invalid assignment/deletion targets, an unparenthesized generator expression
//! among other call arguments), offered node by node to `ast.parse`, which builds no symbol
//! table but must reject the same sources with the same messages.

use rustpython_parser::ast::{Expr, Ranged, Stmt};
use rustpython_parser::text_size::TextRange;

use super::error::SourceCtx;
use super::targets::{self, TargetKind};
use super::CompileError;

pub struct ParseChecks<'s> {
    ctx: SourceCtx<'s>,
}

impl<'s> ParseChecks<'s> {
    pub fn new(filename: &'s str, source: &'s str) -> Self {
        ParseChecks { ctx: SourceCtx::new(filename, source) }
    }

    /// The checks of one statement (its own targets; nested nodes are checked on their own).
    pub fn stmt(&self, s: &Stmt) -> Result<(), CompileError> {
        let ctx = &self.ctx;
        let r = match s {
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| targets::check_target(ctx, t, TargetKind::Del)),
            Stmt::Assign(a) => targets::check_assign(ctx, a),
            Stmt::AugAssign(a) => targets::check_augassign(ctx, &a.target),
            Stmt::AnnAssign(a) => targets::check_annassign(ctx, &a.target),
            Stmt::For(f) => targets::check_target(ctx, &f.target, TargetKind::For),
            Stmt::AsyncFor(f) => targets::check_target(ctx, &f.target, TargetKind::For),
            Stmt::With(w) => {
                w.items.iter().filter_map(|i| i.optional_vars.as_deref()).try_for_each(|v| targets::check_target(ctx, v, TargetKind::Star))
            }
            Stmt::AsyncWith(w) => {
                w.items.iter().filter_map(|i| i.optional_vars.as_deref()).try_for_each(|v| targets::check_target(ctx, v, TargetKind::Star))
            }
            Stmt::ClassDef(c) => check_class_genexp_bases(ctx, &c.bases, c.keywords.len()),
            _ => Ok(()),
        };
        r.map_err(|e| *e)
    }

    /// The checks of one expression (walrus targets, comprehension targets, generator
    /// arguments).
    pub fn expr(&self, e: &Expr) -> Result<(), CompileError> {
        let ctx = &self.ctx;
        let gens = match e {
            Expr::NamedExpr(n) => return targets::check_named_expr(ctx, &n.target).map_err(|e| *e),
            Expr::Call(c) => {
                if c.args.len() + c.keywords.len() > 1 {
                    for a in &c.args {
                        if let Expr::GeneratorExp(g) = a
                            && !ctx.source.get(usize::from(g.range.start())..).is_some_and(|s| s.starts_with('('))
                        {
                            return Err(*ctx.error(g.range, "Generator expression must be parenthesized"));
                        }
                    }
                } else if let Some(range) = sole_genexp_trailing_comma(ctx, c) {
                    return Err(*ctx.error(range, "Generator expression must be parenthesized"));
                }
                return Ok(());
            }
            Expr::ListComp(c) => &c.generators,
            Expr::SetComp(c) => &c.generators,
            Expr::DictComp(c) => &c.generators,
            Expr::GeneratorExp(c) => &c.generators,
            _ => return Ok(()),
        };
        gens.iter().try_for_each(|g| targets::check_target(ctx, &g.target, TargetKind::For)).map_err(|e| *e)
    }
}

/// `f(x for x in y, )`: a sole unparenthesized generator argument followed by a trailing comma,
/// which makes it one of several arguments. Returns the range CPython marks.
pub(super) fn sole_genexp_trailing_comma(ctx: &SourceCtx, c: &rustpython_parser::ast::ExprCall) -> Option<TextRange> {
    let [Expr::GeneratorExp(g)] = &c.args[..] else { return None };
    let src = ctx.source;
    let parenthesized = src.get(usize::from(g.range.start())..).is_some_and(|s| s.starts_with('('));
    let comma = src.get(usize::from(g.range.end())..).is_some_and(|s| s.trim_start().starts_with(','));
    (c.keywords.is_empty() && !parenthesized && comma).then_some(g.range)
}

/// An unparenthesized generator expression among a class's bases. CPython's grammar has no
/// generator argument in a class header at all: with other arguments it reports what it does
/// for calls, alone it is plain "invalid syntax" at the `for` (or `async`) keyword.
pub(super) fn check_class_genexp_bases(ctx: &SourceCtx, bases: &[Expr], nkeywords: usize) -> Result<(), Box<CompileError>> {
    for b in bases {
        let Expr::GeneratorExp(g) = b else { continue };
        if ctx.source.get(usize::from(g.range.start())..).is_some_and(|s| s.starts_with('(')) {
            continue;
        }
        if bases.len() + nkeywords > 1 {
            return Err(ctx.error(g.range, "Generator expression must be parenthesized"));
        }
        let range = keyword_after(ctx.source, usize::from(g.elt.range().end())).unwrap_or(g.range);
        return Err(ctx.error(range, "invalid syntax"));
    }
    Ok(())
}

/// The `for` or `async` keyword that starts a comprehension clause after byte `from`
/// (skipping the element's closing parentheses, blanks, line continuations and comments).
fn keyword_after(source: &str, from: usize) -> Option<TextRange> {
    let rest = source.get(from..)?;
    let mut i = 0;
    let b = rest.as_bytes();
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b'\r' | b'\n' | b'\\' | b')' | b'\x0c' => i += 1,
            b'#' => i += rest[i..].find('\n').unwrap_or(rest.len() - i),
            _ => break,
        }
    }
    let word = ["for", "async"].into_iter().find(|w| rest[i..].starts_with(w))?;
    let start = u32::try_from(from + i).ok()?;
    Some(TextRange::new(start.into(), (start + word.len() as u32).into()))
}
