//! The caret line of CPython 3.11 tracebacks: `^` under the failing expression, or for a
//! binary operation `~` under the operands and `^` under the operator, for a subscript `~`
//! under the value and `^` under `[...]` (Lib/traceback.py `_extract_caret_anchors_from_line_segment`).

/// Carets for columns [a, b) (character offsets) of `line`, and whether they have anchors
/// (CPython prints anchored carets even when the expression spans the whole line).
pub fn caret_line(line: &str, a: usize, b: usize) -> (String, bool) {
    let chars: Vec<char> = line.chars().collect();
    let seg: String = chars[a..b].iter().collect();
    if let Some((l, r)) = anchors(&seg) {
        let mut s = String::with_capacity(b - a);
        for i in 0..(b - a) {
            s.push(if i >= l && i < r { '^' } else { '~' });
        }
        return (s, true);
    }
    ("^".repeat(b - a), false)
}

/// Anchor positions within the segment: the operator of a top-level binary operation or the
/// bracket part of a trailing subscript.
fn anchors(seg: &str) -> Option<(usize, usize)> {
    let src = format!("(\n{seg}\n)");
    let parsed = rustpython_parser::parse(&src, rustpython_parser::Mode::Expression, "<caret>").ok()?;
    let rustpython_parser::ast::Mod::Expression(e) = parsed else { return None };
    let off = |pos: u32| -> usize { src[2..pos as usize].chars().count() };
    use rustpython_parser::ast::Expr;
    match *e.body {
        Expr::BinOp(b) => {
            // The operator is the first non-space, non-')' character after the left operand.
            let left_end = usize::from(b.left.as_ref().range().end()) ;
            let right_start = usize::from(b.right.as_ref().range().start());
            let between = &src[left_end..right_start];
            let mut start = None;
            for (i, c) in between.char_indices() {
                if c.is_whitespace() || c == ')' || c == '\\' || c == '#' {
                    continue;
                }
                start = Some(left_end + i);
                break;
            }
            let s = start?;
            let mut end = s;
            for c in src[s..right_start].chars() {
                if c.is_whitespace() || c == '(' {
                    break;
                }
                end += c.len_utf8();
            }
            Some((off(s as u32), off(end as u32)))
        }
        Expr::Subscript(sub) => {
            let value_end = usize::from(sub.value.as_ref().range().end());
            let close = usize::from(sub.range.end());
            let open = src[value_end..close].find('[')? + value_end;
            Some((off(open as u32), off(close as u32)))
        }
        _ => None,
    }
}

use rustpython_parser::ast::Ranged;
