use rustpython_parser::{parse, Mode};
#[test]
fn scratch() {
    for src in ["f'{x=}'", "f'{x=!s:>{w}}'", "f'a{x:{y}.{z}}b'", "-1", "x: int", "def f(a, /, b=1, *c, d, e=2, **g): pass"] {
        println!("{src}\n{:#?}", parse(src, Mode::Module, "<t>"));
    }
    for src in ["if x\n  pass", "if x:\npass", "  x", "if 1:\n    x\n  y", "'abc", "x = (1,", "f(a=1, 2)", "def f(a=1, b): pass", "x = $", "\"\"\"abc", "a b", "if 1:\n\tx\n        y", "f'{'", "1 = 2", "x +", "(", ")", "for x in y\n pass", "def f(x, x): pass", "print 'x'", "\\ x"] {
        println!("{src:?}\n{:?}", parse(src, Mode::Module, "<t>").err());
    }
}
