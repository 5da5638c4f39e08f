//! The `SyntaxWarning`s CPython 3.11's compiler issues (`compile.c`: `check_compare`,
//! `check_caller`, `check_subscripter`, `check_index`, `compiler_assert`).
//!
//! Code generation calls these checks where CPython's compiler does (before compiling the
//! expression's operands, so the order of the warnings is CPython's); each finding is recorded
//! on the [`SourceCtx`] as a [`CompileError`] holding the message and position. The caller of
//! the compiler (`builtins::introspect::compile_source`) issues them through
//! `warnings.warn_explicit` once the code object exists, and turns one that a filter made an
//! error into a `SyntaxError` at the same position, as CPython does.
//!
//! The checks look through CPython's AST constant folding: `-1`, `1 + 1`, `"a" * 3` and tuples
//! of constants count as constants ([`folded`] infers the folded value's type).

use rustpython_parser::ast::{self, CmpOp, Constant, Expr, Operator, Ranged, UnaryOp};
use rustpython_parser::text_size::TextRange;

use super::error::SourceCtx;

/// The type of a constant, after CPython's AST folding.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    None,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    Tuple,
    Ellipsis,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::None => "NoneType",
            Kind::Bool => "bool",
            Kind::Int => "int",
            Kind::Float => "float",
            Kind::Complex => "complex",
            Kind::Str => "str",
            Kind::Bytes => "bytes",
            Kind::Tuple => "tuple",
            Kind::Ellipsis => "ellipsis",
        }
    }

    fn is_intlike(self) -> bool {
        matches!(self, Kind::Bool | Kind::Int)
    }

    /// The numeric rank (int < float < complex), for operand promotion.
    fn numeric_rank(self) -> Option<u8> {
        match self {
            Kind::Bool | Kind::Int => Some(0),
            Kind::Float => Some(1),
            Kind::Complex => Some(2),
            _ => None,
        }
    }
}

const NUMERIC: [Kind; 3] = [Kind::Int, Kind::Float, Kind::Complex];

fn constant_kind(c: &Constant) -> Kind {
    match c {
        Constant::None => Kind::None,
        Constant::Bool(_) => Kind::Bool,
        Constant::Str(_) => Kind::Str,
        Constant::Bytes(_) => Kind::Bytes,
        Constant::Int(_) => Kind::Int,
        Constant::Tuple(_) => Kind::Tuple,
        Constant::Float(_) => Kind::Float,
        Constant::Complex { .. } => Kind::Complex,
        Constant::Ellipsis => Kind::Ellipsis,
    }
}

/// The type of the constant `e` folds to, or `None` when it is not a constant.
fn folded(e: &Expr) -> Option<Kind> {
    match e {
        Expr::Constant(c) => Some(constant_kind(&c.value)),
        Expr::UnaryOp(u) => {
            let k = folded(&u.operand)?;
            match u.op {
                UnaryOp::Not => Some(Kind::Bool),
                UnaryOp::Invert => k.is_intlike().then_some(Kind::Int),
                UnaryOp::UAdd | UnaryOp::USub => k.numeric_rank().map(|r| NUMERIC[r as usize]),
            }
        }
        Expr::BinOp(b) => folded_binop(b.op, folded(&b.left)?, folded(&b.right)?),
        Expr::Tuple(t) => t.elts.iter().all(|x| folded(x).is_some()).then_some(Kind::Tuple),
        _ => None,
    }
}

fn folded_binop(op: Operator, l: Kind, r: Kind) -> Option<Kind> {
    let numeric = match (l.numeric_rank(), r.numeric_rank()) {
        (Some(a), Some(b)) => Some(NUMERIC[a.max(b) as usize]),
        _ => None,
    };
    let sequence = matches!(l, Kind::Str | Kind::Bytes | Kind::Tuple);
    match op {
        Operator::Add if sequence && l == r => Some(l),
        Operator::Mult if sequence && r.is_intlike() => Some(l),
        Operator::Mult if l.is_intlike() && matches!(r, Kind::Str | Kind::Bytes | Kind::Tuple) => Some(r),
        Operator::Mod if matches!(l, Kind::Str | Kind::Bytes) => Some(l),
        Operator::Add | Operator::Sub | Operator::Mult | Operator::Pow => numeric,
        Operator::Div => numeric.map(|k| if k == Kind::Complex { k } else { Kind::Float }),
        Operator::FloorDiv | Operator::Mod => numeric.filter(|&k| k != Kind::Complex),
        Operator::BitAnd | Operator::BitOr | Operator::BitXor if l == Kind::Bool && r == Kind::Bool => Some(Kind::Bool),
        Operator::BitAnd | Operator::BitOr | Operator::BitXor | Operator::LShift | Operator::RShift => {
            (l.is_intlike() && r.is_intlike()).then_some(Kind::Int)
        }
        _ => None,
    }
}

/// CPython's `infer_type`: the type an expression certainly has, by its syntax alone.
fn inferred_type(e: &Expr) -> Option<&'static str> {
    if let Some(k) = folded(e) {
        return Some(k.name());
    }
    Some(match e {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::GeneratorExp(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "str",
        Expr::Slice(_) => "slice",
        _ => return None,
    })
}

impl SourceCtx<'_> {
    fn warn(&self, range: TextRange, msg: String) {
        let w = self.error(range, msg);
        self.warnings.borrow_mut().push(*w);
    }

    /// `x is 1`, `x is not "a"`: identity with a literal (other than `None`, `True`, `False`,
    /// `...`) is almost always a mistake. One warning per comparison at most.
    pub(crate) fn check_compare(&self, c: &ast::ExprCompare) {
        let is_arg = |e: &Expr| !matches!(folded(e), Some(k) if !matches!(k, Kind::None | Kind::Bool | Kind::Ellipsis));
        let mut left = is_arg(&c.left);
        for (op, right) in c.ops.iter().zip(&c.comparators) {
            let right_ok = is_arg(right);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && !(left && right_ok) {
                let msg = if *op == CmpOp::Is {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                };
                return self.warn(c.range, msg.to_string());
            }
            left = right_ok;
        }
    }

    /// `(1, 2)(3)`: calling a display or a literal (a missing comma between two items).
    pub(crate) fn check_caller(&self, call: &ast::ExprCall) {
        let f = call.func.as_ref();
        let suspicious = folded(f).is_some()
            || matches!(
                f,
                Expr::Tuple(_)
                    | Expr::List(_)
                    | Expr::ListComp(_)
                    | Expr::Dict(_)
                    | Expr::DictComp(_)
                    | Expr::Set(_)
                    | Expr::SetComp(_)
                    | Expr::GeneratorExp(_)
                    | Expr::JoinedStr(_)
                    | Expr::FormattedValue(_)
            );
        if let (true, Some(ty)) = (suspicious, inferred_type(f)) {
            self.warn(call.range, format!("'{ty}' object is not callable; perhaps you missed a comma?"));
        }
    }

    /// `5[0]`, `[1]["a"]`: subscripting what cannot be subscripted, or indexing a sequence
    /// literal with what cannot be an index. Only for loads.
    pub(crate) fn check_subscript(&self, s: &ast::ExprSubscript) {
        let value = s.value.as_ref();
        let value_kind = folded(value);
        let unsubscriptable = match value_kind {
            Some(k) => matches!(k, Kind::None | Kind::Ellipsis | Kind::Bool | Kind::Int | Kind::Float | Kind::Complex),
            None => matches!(value, Expr::Set(_) | Expr::SetComp(_) | Expr::GeneratorExp(_) | Expr::Lambda(_)),
        };
        if unsubscriptable && let Some(ty) = inferred_type(value) {
            self.warn(s.range, format!("'{ty}' object is not subscriptable; perhaps you missed a comma?"));
        }
        let Some(index_ty) = inferred_type(&s.slice) else { return };
        if matches!(index_ty, "int" | "bool" | "slice") {
            return;
        }
        let sequence = match value_kind {
            Some(k) => matches!(k, Kind::Str | Kind::Bytes | Kind::Tuple),
            None => matches!(value, Expr::Tuple(_) | Expr::List(_) | Expr::ListComp(_) | Expr::JoinedStr(_) | Expr::FormattedValue(_)),
        };
        if sequence && let Some(ty) = inferred_type(value) {
            self.warn(
                s.range,
                format!("{ty} indices must be integers or slices, not {index_ty}; perhaps you missed a comma?"),
            );
        }
    }

    /// `assert (cond, "message")`: a non-empty tuple is always true.
    pub(crate) fn check_assert(&self, a: &ast::StmtAssert) {
        if let Expr::Tuple(t) = a.test.as_ref()
            && !t.elts.is_empty()
        {
            self.warn(a.range(), "assertion is always true, perhaps remove parentheses?".to_string());
        }
    }
}
