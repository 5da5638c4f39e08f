//! Tests for str formatting, float parsing, format-spec parsing and the
//! `str.format` template parser, against CPython 3.11 tables
//! (`testdata/gen_tables.py`) and hand-picked cases checked with python3.

use num_bigint::BigInt;

use super::tests_support::{check, f64_from_hex_bits, render, table};
use super::*;

#[test]
fn format_str_table() {
    let rows = table(include_str!("testdata/format_str.tsv"));
    let mut failures = Vec::new();
    for row in &rows {
        let got = render(format_str_with_spec(&row[0], &row[1], "str"));
        if got != row[2] {
            failures.push(format!("format({:?}, {:?}) = {got:?}, want {:?}", row[0], row[1], row[2]));
        }
    }
    check("format_str", rows.len(), &failures);
}

#[test]
fn format_str_cases() {
    let f = |s: &str, spec: &str| render(format_str_with_spec(s, spec, "str"));
    assert_eq!(f("日本語", ">5"), "  日本語");
    assert_eq!(f("日本語", ".2"), "日本");
    assert_eq!(f("ab", "05"), "ab000");
    assert_eq!(f("ab", "*^6"), "**ab**");
    assert_eq!(f("ab", "+"), "!ValueError: Sign not allowed in string format specifier");
    assert_eq!(f("ab", " "), "!ValueError: Space not allowed in string format specifier");
    assert_eq!(f("ab", ","), "!ValueError: Cannot specify ',' with 's'.");
    assert_eq!(f("ab", "="), "!ValueError: '=' alignment not allowed in string format specifier");
    assert_eq!(f("ab", "d"), "!ValueError: Unknown format code 'd' for object of type 'str'");
}

#[test]
fn format_misc_table() {
    let rows = table(include_str!("testdata/format_misc.tsv"));
    let mut failures = Vec::new();
    for row in &rows {
        let got = match row[0].as_str() {
            "int" => render(format_int_with_spec(&row[1].parse::<BigInt>().unwrap(), &row[2], "int")),
            "float" => render(format_float_with_spec(row[1].parse().unwrap(), &row[2], "float")),
            _ => render(format_str_with_spec(row[1].trim_matches('\''), &row[2], "str")),
        };
        if got != row[3] {
            failures.push(format!("format({}, {:?}) = {got:?}, want {:?}", row[1], row[2], row[3]));
        }
    }
    check("format_misc", rows.len(), &failures);
}

#[test]
fn spec_parse_fields() {
    let s = FormatSpec::parse("*^+z#012,.3f", None, Align::Right, "float").unwrap();
    assert_eq!(
        s,
        FormatSpec {
            fill: '*',
            align: Align::Center,
            sign: Some(Sign::Plus),
            no_neg_0: true,
            alternate: true,
            width: Some(12),
            grouping: Grouping::Comma,
            precision: Some(3),
            ty: Some('f'),
        }
    );
    let s = parse_int_spec("08_x", "int").unwrap();
    assert_eq!((s.fill, s.align, s.width, s.grouping), ('0', Align::AfterSign, Some(8), Grouping::UnderscoreFour));
    let s = parse_str_spec("010", "str").unwrap();
    assert_eq!((s.fill, s.align, s.width), ('0', Align::Left, Some(10)));
    let s = parse_float_spec("", "float").unwrap();
    assert_eq!(s, FormatSpec::empty(None, Align::Right));
    let e = FormatSpec::parse("99999999999999999999", None, Align::Right, "float").unwrap_err();
    assert_eq!(e.message, "Too many decimal digits in format string");
    let e = parse_int_spec("\u{1F600}", "int").unwrap_err();
    assert_eq!(e.message, "Unknown format code '\\x1f600' for object of type 'int'");
}

#[test]
fn parse_float_table() {
    let rows = table(include_str!("testdata/parse_float.tsv"));
    let mut failures = Vec::new();
    for row in &rows {
        let got = parse_float(&row[0]);
        let ok = match (got, row[1].as_str()) {
            (None, "!") => true,
            (Some(x), want) if want != "!" => {
                let w = f64_from_hex_bits(want);
                x.to_bits() == w.to_bits() || (x.is_nan() && w.is_nan() && x.is_sign_negative() == w.is_sign_negative())
            }
            _ => false,
        };
        if !ok {
            failures.push(format!("float({:?}) = {got:?}, want {}", row[0], row[1]));
        }
    }
    check("parse_float", rows.len(), &failures);
}

#[test]
fn parse_float_cases() {
    assert_eq!(parse_float(" 1_000.5 "), Some(1000.5));
    assert_eq!(parse_float("-iNfInItY"), Some(f64::NEG_INFINITY));
    assert!(parse_float("-nan").is_some_and(|x| x.is_nan() && x.is_sign_negative()));
    assert_eq!(parse_float("1e400"), Some(f64::INFINITY));
    assert_eq!(parse_float("1e"), None);
    assert_eq!(parse_float("0x10"), None);
    assert_eq!(parse_float("\u{0661}.5"), Some(1.5));
    assert_eq!(
        FmtError::float_parse("'abc'").message,
        "could not convert string to float: 'abc'"
    );
}

/// Renders the template parser's output like the table: literal, then
/// `-`/`=value` for field name, spec and conversion.
fn markup_row(template: &str) -> Vec<String> {
    let mut err = String::new();
    let mut cols = Vec::new();
    for item in parse_format_string(template) {
        match item {
            Ok(FormatItem { literal, field }) => {
                cols.push(literal.to_string());
                match field {
                    None => cols.extend(["-", "-", "-"].map(String::from)),
                    Some(f) => {
                        cols.push(format!("={}", f.name));
                        cols.push(format!("={}", f.spec));
                        cols.push(f.conversion.map_or("-".to_string(), |c| format!("={c}")));
                    }
                }
            }
            Err(e) => err = render(Err(e)),
        }
    }
    let mut row = vec![template.to_string(), err];
    row.extend(cols);
    row
}

#[test]
fn markup_table() {
    let rows = table(include_str!("testdata/markup.tsv"));
    let mut failures = Vec::new();
    for row in &rows {
        let mut want = row.clone();
        while want.len() < 2 {
            want.push(String::new());
        }
        let got = markup_row(&row[0]);
        if got != want {
            failures.push(format!("parse {:?}: got {got:?}, want {want:?}", row[0]));
        }
    }
    check("markup", rows.len(), &failures);
}

#[test]
fn field_name_table() {
    let rows = table(include_str!("testdata/field_name.tsv"));
    let mut failures = Vec::new();
    for row in &rows {
        let got: Vec<String> = match parse_field_name(&row[0], None) {
            Err(e) => vec![row[0].clone(), render(Err(e))],
            Ok(f) => {
                let mut v = vec![row[0].clone()];
                v.push(match f.first {
                    FieldNameKey::Index(i) => format!("#{i}"),
                    FieldNameKey::Name(n) => format!("={n}"),
                });
                v.push(f.parts_error.map_or(String::new(), |e| render(Err(e))));
                for p in f.parts {
                    v.push(match p {
                        FieldNamePart::Attribute(a) => format!(".{a}"),
                        FieldNamePart::Index(i) => format!("#{i}"),
                        FieldNamePart::Key(k) => format!("[{k}"),
                    });
                }
                v
            }
        };
        let mut want = row.clone();
        if want.len() == 2 && !want[1].starts_with('!') {
            want.push(String::new());
        }
        if got != want {
            failures.push(format!("split {:?}: got {got:?}, want {want:?}", row[0]));
        }
    }
    check("field_name", rows.len(), &failures);
}

#[test]
fn auto_numbering() {
    let mut auto = AutoNumber::default();
    assert_eq!(parse_field_name("", Some(&mut auto)).unwrap().first, FieldNameKey::Index(0));
    assert_eq!(parse_field_name("x", Some(&mut auto)).unwrap().first, FieldNameKey::Name("x"));
    assert_eq!(parse_field_name(".a", Some(&mut auto)).unwrap().first, FieldNameKey::Index(1));
    assert_eq!(
        parse_field_name("1", Some(&mut auto)).unwrap_err().message,
        "cannot switch from automatic field numbering to manual field specification"
    );
    let mut manual = AutoNumber::default();
    assert_eq!(parse_field_name("1", Some(&mut manual)).unwrap().first, FieldNameKey::Index(1));
    assert_eq!(
        parse_field_name("", Some(&mut manual)).unwrap_err().message,
        "cannot switch from manual field specification to automatic field numbering"
    );
    assert_eq!(check_conversion('r'), Ok('r'));
    assert_eq!(check_conversion('x').unwrap_err().message, "Unknown conversion specifier x");
    assert_eq!(check_conversion('\u{e9}').unwrap_err().message, "Unknown conversion specifier \\xe9");
    assert_eq!(
        replacement_index_message(3),
        "Replacement index 3 out of range for positional args tuple"
    );
}

#[test]
fn bytes_parsing() {
    assert_eq!(parse_float_bytes(b" 1_5.5 "), Some(15.5));
    assert_eq!(parse_float_bytes(b"\xa01.5"), None);
    assert_eq!(parse_int_bytes(b"0x_ff", 0, 4300), Ok(BigInt::from(255)));
    assert_eq!(parse_int_bytes(b"12\x00", 10, 4300), Err(ParseIntError::Invalid));
    assert_eq!(parse_int_bytes(b"\xd9\xa1", 10, 4300), Err(ParseIntError::Invalid));
}
