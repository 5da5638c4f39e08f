//! Validation of assignment, deletion and annotation targets.
//!
//! The parser accepts any expression on the left of `=`, `+=`, `:`, after `del`, `for` and `as`;
//! CPython's grammar rejects invalid ones with specific messages ("cannot assign to literal",
//! "cannot delete function call", "'tuple' is an illegal expression for augmented assignment",
//! ...). These checks reproduce those messages and positions (the offending sub-expression).
//! They run during the symbol-table walk, before any scoping error, as parse errors would.

use rustpython_parser::ast::{self, Constant, Expr, Ranged, UnaryOp};

use super::error::{CResult, SourceCtx};

/// CPython's `_PyPegen_get_expr_name`: how an expression kind is named in messages.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "f-string expression",
        Expr::Constant(c) => match c.value {
            Constant::None => "None",
            Constant::Bool(false) => "False",
            Constant::Bool(true) => "True",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Compare(_) => "comparison",
        Expr::IfExp(_) => "conditional expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Slice(_) => "slice",
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TargetKind {
    /// `=` and `with ... as`.
    Star,
    /// `for` loops and comprehensions.
    For,
    Del,
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that cannot be a target.
fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match e {
        Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
            elts.iter().find_map(|x| invalid_target(x, kind))
        }
        Expr::Starred(s) => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(&s.value, kind)
            }
        }
        Expr::Compare(c) if kind == TargetKind::For => {
            if matches!(c.ops.first(), Some(ast::CmpOp::In)) {
                invalid_target(&c.left, kind)
            } else {
                None
            }
        }
        Expr::Name(_) | Expr::Subscript(_) | Expr::Attribute(_) => None,
        _ => Some(e),
    }
}

/// Rejects assignments/deletions of `__debug__` anywhere in a target.
fn check_debug(ctx: &SourceCtx, e: &Expr, kind: TargetKind) -> CResult<()> {
    let verb = if kind == TargetKind::Del { "delete" } else { "assign to" };
    match e {
        Expr::Name(n) if n.id.as_str() == "__debug__" => Err(ctx.error(n.range, format!("cannot {verb} __debug__"))),
        Expr::Attribute(a) if a.attr.as_str() == "__debug__" => {
            Err(ctx.error(a.range, format!("cannot {verb} __debug__")))
        }
        Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
            elts.iter().try_for_each(|x| check_debug(ctx, x, kind))
        }
        Expr::Starred(s) => check_debug(ctx, &s.value, kind),
        _ => Ok(()),
    }
}

/// Checks a target of `kind`.
pub(crate) fn check_target(ctx: &SourceCtx, e: &Expr, kind: TargetKind) -> CResult<()> {
    if let Some(bad) = invalid_target(e, kind) {
        let verb = if kind == TargetKind::Del { "delete" } else { "assign to" };
        return Err(ctx.error(bad.range(), format!("cannot {verb} {}", expr_name(bad))));
    }
    check_debug(ctx, e, kind)
}

/// Whether an expression could be the `bitwise_or` operand of CPython's
/// `invalid_named_expression` rule (`a = b` where `a` is not a valid target).
fn is_bitwise_or(e: &Expr) -> bool {
    !matches!(
        e,
        Expr::BoolOp(_)
            | Expr::Compare(_)
            | Expr::Lambda(_)
            | Expr::IfExp(_)
            | Expr::NamedExpr(_)
            | Expr::Yield(_)
            | Expr::YieldFrom(_)
            | Expr::Starred(_)
            | Expr::UnaryOp(ast::ExprUnaryOp { op: UnaryOp::Not, .. })
    )
}

/// Whether an expression is written inside its own parentheses.
fn parenthesized(ctx: &SourceCtx, e: &Expr) -> bool {
    let start = usize::from(e.range().start());
    let before = ctx.source.get(..start).unwrap_or("").trim_end();
    let text = ctx.source.get(start..).unwrap_or("");
    before.ends_with('(') || (matches!(e, Expr::Tuple(_)) && text.starts_with('('))
}

/// Checks the targets of an assignment statement.
pub(crate) fn check_assign(ctx: &SourceCtx, s: &ast::StmtAssign) -> CResult<()> {
    if let [target] = s.targets.as_slice() {
        // CPython's `invalid_named_expression`: `a = b` where `a` (the expression right before
        // `=`, possibly the last item of an unparenthesized tuple) is not a target.
        let before_eq = match target {
            Expr::Tuple(t) if !parenthesized(ctx, target) => t.elts.last(),
            _ => Some(target),
        };
        if let Some(a) = before_eq {
            let excluded = matches!(a, Expr::List(_) | Expr::Tuple(_) | Expr::GeneratorExp(_))
                || matches!(a, Expr::Constant(c) if matches!(c.value, Constant::None | Constant::Bool(_)));
            let operand = |e: &Expr| is_bitwise_or(e) || parenthesized(ctx, e);
            if !excluded && operand(a) && operand(&s.value) && invalid_target(a, TargetKind::Star).is_some() {
                let msg = format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(a));
                return Err(ctx.error(a.range(), msg));
            }
        }
    }
    for t in &s.targets {
        if matches!(t, Expr::Yield(_) | Expr::YieldFrom(_)) && !parenthesized(ctx, t) {
            return Err(ctx.error(t.range(), "assignment to yield expression not possible"));
        }
        check_target(ctx, t, TargetKind::Star)?;
    }
    Ok(())
}

/// Checks the target of an augmented assignment.
pub(crate) fn check_augassign(ctx: &SourceCtx, target: &Expr) -> CResult<()> {
    match target {
        Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => check_debug(ctx, target, TargetKind::Star),
        _ => Err(ctx.error(
            target.range(),
            format!("'{}' is an illegal expression for augmented assignment", expr_name(target)),
        )),
    }
}

/// Checks the target of an annotated assignment.
pub(crate) fn check_annassign(ctx: &SourceCtx, target: &Expr) -> CResult<()> {
    match target {
        Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => check_debug(ctx, target, TargetKind::Star),
        Expr::Tuple(_) | Expr::List(_) => {
            Err(ctx.error(target.range(), format!("only single target (not {}) can be annotated", expr_name(target))))
        }
        _ => Err(ctx.error(target.range(), "illegal target for annotation")),
    }
}

/// Checks the target of `:=`.
pub(crate) fn check_named_expr(ctx: &SourceCtx, target: &Expr) -> CResult<()> {
    match target {
        Expr::Name(_) => check_debug(ctx, target, TargetKind::Star),
        _ => Err(ctx.error(target.range(), format!("cannot use assignment expressions with {}", expr_name(target)))),
    }
}
