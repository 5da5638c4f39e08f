# regen: full-stderr
# Explicit chaining: raise ... from ... (no caret lines: every failing line is
# a bare call or a raise statement)
class ParseError(Exception):
    pass


def check_digits(text):
    if not text.isdigit():
        raise ValueError(f"not a number: {text!r}")


def parse_number(text, out):
    try:
        check_digits(text)
    except ValueError as exc:
        raise ParseError(f"bad number {text!r}") from exc
    out.append(int(text))


def parse_all(texts):
    out = []
    for t in texts:
        parse_number(t, out)
        print("parsed", out[-1])
    return out


parse_all(["1", "22", "x3"])
