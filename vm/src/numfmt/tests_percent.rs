//! `str % args` tests: a small stand-in for the interpreter's objects
//! implements [`PercentArgs`]; expected results come from CPython 3.11
//! (`testdata/gen_tables.py`, `percent.tsv`).

use num_bigint::BigInt;

use super::format_int::bigint_to_f64;
use super::tests_support::{check, f64_from_hex_bits, kind_name, table};
use super::*;

#[derive(Clone, Debug)]
enum V {
    Int(BigInt),
    Float(f64),
    Str(String),
    Bool(bool),
    EmptyList,
}

enum Args {
    Tuple(Vec<V>),
    Single(V),
    Dict(Vec<(String, V)>),
}

struct TestArgs {
    args: Args,
    looked_up: Vec<V>,
}

fn py_str_repr(s: &str, ascii: bool) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if ascii && !c.is_ascii() => {
                let cp = c as u32;
                if cp < 0x100 {
                    out.push_str(&format!("\\x{cp:02x}"));
                } else if cp < 0x10000 {
                    out.push_str(&format!("\\u{cp:04x}"));
                } else {
                    out.push_str(&format!("\\U{cp:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

impl V {
    fn type_name(&self) -> &'static str {
        match self {
            V::Int(_) => "int",
            V::Float(_) => "float",
            V::Str(_) => "str",
            V::Bool(_) => "bool",
            V::EmptyList => "list",
        }
    }
    fn repr(&self, ascii: bool) -> String {
        match self {
            V::Int(i) => i.to_string(),
            V::Float(x) => float_repr(*x),
            V::Str(s) => py_str_repr(s, ascii),
            V::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            V::EmptyList => "[]".to_string(),
        }
    }
}

impl TestArgs {
    fn get(&self, a: PercentArg) -> V {
        match (a, &self.args) {
            (PercentArg::Item(i), Args::Tuple(items)) => items[i].clone(),
            (PercentArg::Whole, Args::Single(v)) => v.clone(),
            (PercentArg::Keyed(h), _) => self.looked_up[h].clone(),
            (PercentArg::Whole, Args::Dict(_)) => V::Str("<dict>".into()),
            _ => panic!("bad arg reference {a:?}"),
        }
    }
    fn dict_str(&self) -> Option<String> {
        match &self.args {
            Args::Dict(items) => Some(format!(
                "{{{}}}",
                items.iter().map(|(k, v)| format!("{}: {}", py_str_repr(k, false), v.repr(false))).collect::<Vec<_>>().join(", ")
            )),
            _ => None,
        }
    }
}

fn raised(msg: &str) -> FmtError {
    FmtError::new(ErrorKind::Raised, msg)
}

impl PercentArgs for TestArgs {
    fn tuple_len(&self) -> Option<usize> {
        match &self.args {
            Args::Tuple(items) => Some(items.len()),
            _ => None,
        }
    }
    fn is_mapping(&self) -> bool {
        matches!(self.args, Args::Dict(_) | Args::Single(V::EmptyList))
    }
    fn lookup(&mut self, key: &str) -> Result<usize, FmtError> {
        match &self.args {
            Args::Dict(items) => {
                let v = items
                    .iter()
                    .find(|(k, _)| k == key)
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| raised(&format!("KeyError: {}", py_str_repr(key, false))))?;
                self.looked_up.push(v);
                Ok(self.looked_up.len() - 1)
            }
            _ => Err(raised("TypeError: list indices must be integers or slices, not str")),
        }
    }
    fn as_exact_int(&mut self, a: PercentArg) -> Option<BigInt> {
        match self.get(a) {
            V::Int(i) => Some(i),
            V::Bool(b) => Some(BigInt::from(u8::from(b))),
            _ => None,
        }
    }
    fn to_str(&mut self, a: PercentArg) -> Result<String, FmtError> {
        if let Some(s) = self.dict_str().filter(|_| a == PercentArg::Whole) {
            return Ok(s);
        }
        Ok(match self.get(a) {
            V::Str(s) => s,
            v => v.repr(false),
        })
    }
    fn to_repr(&mut self, a: PercentArg) -> Result<String, FmtError> {
        Ok(self.get(a).repr(false))
    }
    fn to_ascii(&mut self, a: PercentArg) -> Result<String, FmtError> {
        Ok(self.get(a).repr(true))
    }
    fn to_int(&mut self, a: PercentArg, conv: char) -> Result<BigInt, FmtError> {
        match self.get(a) {
            V::Int(i) => Ok(i),
            V::Bool(b) => Ok(BigInt::from(u8::from(b))),
            V::Float(x) if !matches!(conv, 'o' | 'x' | 'X') => float_to_bigint(x),
            v => Err(FmtError::percent_int_required(conv, v.type_name())),
        }
    }
    fn to_float(&mut self, a: PercentArg) -> Result<f64, FmtError> {
        match self.get(a) {
            V::Float(x) => Ok(x),
            V::Int(i) => bigint_to_f64(&i),
            V::Bool(b) => Ok(f64::from(u8::from(b))),
            v => Err(FmtError::percent_float_required(v.type_name())),
        }
    }
    fn to_char(&mut self, a: PercentArg) -> Result<Option<CharArg>, FmtError> {
        Ok(match self.get(a) {
            V::Str(s) => Some(CharArg::Str(s)),
            V::Int(i) => Some(CharArg::Int(i)),
            V::Bool(b) => Some(CharArg::Int(BigInt::from(u8::from(b)))),
            _ => None,
        })
    }
}

fn decode_value(s: &str) -> V {
    let (tag, body) = s.split_once(':').expect("tagged value");
    match tag {
        "i" if body == "1e5000" => V::Int(BigInt::from(10).pow(5000)),
        "i" => V::Int(body.parse().expect("int")),
        "f" => V::Float(f64_from_hex_bits(body)),
        "s" => V::Str(body.to_string()),
        "b" => V::Bool(body == "1"),
        "l" => V::EmptyList,
        _ => panic!("bad tag {tag}"),
    }
}

fn render(r: Result<String, FmtError>) -> String {
    match r {
        Ok(s) => s,
        Err(e) if e.kind == ErrorKind::Raised => format!("!{}", e.message),
        Err(e) => format!("!{}: {}", kind_name(e.kind), e.message),
    }
}

fn run(fmt: &str, args: Args) -> String {
    render(percent_format(fmt, &mut TestArgs { args, looked_up: Vec::new() }))
}

#[test]
fn percent_table() {
    let rows = table(include_str!("testdata/percent.tsv"));
    let mut failures = Vec::new();
    for row in &rows {
        let values = &row[3..];
        let args = match row[2].as_str() {
            "T" => Args::Tuple(values.iter().map(|v| decode_value(v)).collect()),
            "S" => Args::Single(decode_value(&values[0])),
            "D" => Args::Dict(
                values
                    .iter()
                    .map(|kv| {
                        let (k, v) = kv.split_once('=').expect("key=value");
                        (k.to_string(), decode_value(v))
                    })
                    .collect(),
            ),
            other => panic!("bad args kind {other}"),
        };
        let got = run(&row[0], args);
        if got != row[1] {
            failures.push(format!("{:?} % {:?} = {got:?}, want {:?}", row[0], &row[2..], row[1]));
        }
    }
    check("percent", rows.len(), &failures);
}

#[test]
fn percent_cases() {
    let t = |items: Vec<V>| Args::Tuple(items);
    let f = V::Float;
    let i = |n: i64| V::Int(BigInt::from(n));
    assert_eq!(run("%5.2f%%", t(vec![f(3.25159)])), " 3.25%");
    assert_eq!(run("%-5d|", t(vec![i(42)])), "42   |");
    assert_eq!(run("%r", t(vec![V::Str("a".into())])), "'a'");
    assert_eq!(run("%s and %s", t(vec![i(1)])), "!TypeError: not enough arguments for format string");
    assert_eq!(
        run("%s", t(vec![i(1), i(2)])),
        "!TypeError: not all arguments converted during string formatting"
    );
    assert_eq!(
        run("abc %y", Args::Single(i(1))),
        "!ValueError: unsupported format character 'y' (0x79) at index 5"
    );
    assert_eq!(run("50%", t(vec![])), "!ValueError: incomplete format");
    assert_eq!(
        run("%d", t(vec![V::Str("5".into())])),
        "!TypeError: %d format: a real number is required, not str"
    );
    assert_eq!(run("%(x)s-%(y)05.1f", Args::Dict(vec![("x".into(), i(1)), ("y".into(), f(2.25))])), "1-002.2");
}
