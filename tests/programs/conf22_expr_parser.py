import re
from dataclasses import dataclass, field
from typing import List, Optional

class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

class EvalError(ArithmeticError):
    pass

@dataclass
class Token:
    kind: str
    text: str
    pos: int

TOKEN_RE = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%(),=^]))")

def tokenize(src):
    pos = 0
    out = []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m or m.end() == pos:
            raise ParseError(f"unexpected character {src[pos]!r}", pos)
        kind = m.lastgroup
        out.append(Token(kind, m.group(kind), m.start(kind)))
        pos = m.end()
    out.append(Token("eof", "", len(src)))
    return out

@dataclass
class Num:
    value: float
@dataclass
class Var:
    name: str
@dataclass
class BinOp:
    op: str
    left: object
    right: object
@dataclass
class Unary:
    op: str
    operand: object
@dataclass
class Call:
    func: str
    args: List[object] = field(default_factory=list)
@dataclass
class Assign:
    name: str
    value: object

class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise ParseError(f"expected {text!r}, got {t.text or 'end of input'!r}", t.pos)
        return t
    def parse(self):
        if self.peek().kind == "name" and self.toks[self.i+1].text == "=":
            name = self.next().text
            self.next()
            node = Assign(name, self.expr())
        else:
            node = self.expr()
        if self.peek().kind != "eof":
            t = self.peek()
            raise ParseError(f"trailing token {t.text!r}", t.pos)
        return node
    def expr(self):
        node = self.term()
        while self.peek().text in ("+", "-"):
            op = self.next().text
            node = BinOp(op, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek().text in ("*", "/", "%"):
            op = self.next().text
            node = BinOp(op, node, self.factor())
        return node
    def factor(self):
        if self.peek().text in ("-", "+"):
            op = self.next().text
            return Unary(op, self.factor())
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek().text in ("**", "^"):
            self.next()
            return BinOp("**", base, self.factor())
        return base
    def atom(self):
        t = self.next()
        if t.kind == "num":
            return Num(float(t.text) if any(c in t.text for c in ".eE") else int(t.text))
        if t.kind == "name":
            if self.peek().text == "(":
                self.next()
                args = []
                if self.peek().text != ")":
                    args.append(self.expr())
                    while self.peek().text == ",":
                        self.next()
                        args.append(self.expr())
                self.expect(")")
                return Call(t.text, args)
            return Var(t.text)
        if t.text == "(":
            e = self.expr()
            self.expect(")")
            return e
        raise ParseError(f"unexpected {t.text or 'end of input'!r}", t.pos)

import math
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "log": math.log, "hypot": math.hypot, "fact": math.factorial}

class Evaluator:
    def __init__(self):
        self.env = {"pi": math.pi, "e": math.e}
    def eval(self, node):
        method = getattr(self, "eval_" + type(node).__name__)
        return method(node)
    def eval_Num(self, n): return n.value
    def eval_Var(self, n):
        try:
            return self.env[n.name]
        except KeyError:
            raise EvalError(f"undefined variable {n.name!r}") from None
    def eval_Assign(self, n):
        v = self.env[n.name] = self.eval(n.value)
        return v
    def eval_Unary(self, n):
        v = self.eval(n.operand)
        return -v if n.op == "-" else +v
    def eval_BinOp(self, n):
        l, r = self.eval(n.left), self.eval(n.right)
        try:
            if n.op == "+": return l + r
            if n.op == "-": return l - r
            if n.op == "*": return l * r
            if n.op == "/": return l / r
            if n.op == "%": return l % r
            if n.op == "**": return l ** r
        except ZeroDivisionError as exc:
            raise EvalError(f"division by zero in {n.op}") from exc
        raise AssertionError(n.op)
    def eval_Call(self, n):
        f = FUNCS.get(n.func)
        if f is None:
            raise EvalError(f"unknown function {n.func}()")
        args = [self.eval(a) for a in n.args]
        try:
            return f(*args)
        except (TypeError, ValueError) as exc:
            raise EvalError(f"{n.func}: {exc}") from exc

lines = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "x = 10 / 4",
    "x * 2",
    "7 % 3 + 7.5 % 2",
    "-7 % 3",
    "sqrt(16) + max(1, 5, 3)",
    "hypot(3, 4)",
    "fact(20)",
    "fact(25) / 3",
    "1 / 0",
    "5 % 0",
    "y + 1",
    "foo(1)",
    "sqrt(-1)",
    "log(0)",
    "fact(2.5)",
    "max()",
    "1 + ",
    "(1 + 2",
    "1 $ 2",
    "3 4",
    "1e3 + 2.5E-1",
    "2 ** -1",
    "2 ** 0.5",
    "10 ** 20",
    "1.0 * 10 ** 16",
    "abs(-3)",
    "pi * 2",
    "0.1 + 0.2",
    "1e308 * 10",
    "(-8) ** (1/3)",
]
ev = Evaluator()
for line in lines:
    try:
        tree = Parser(tokenize(line)).parse()
        val = ev.eval(tree)
        print(f"{line:<28} => {val!r}")
    except ParseError as e:
        print(f"{line:<28} !! ParseError: {e} (pos={e.pos})")
        print(" " * 31 + " " * e.pos + "^")
    except EvalError as e:
        cause = e.__cause__
        print(f"{line:<28} !! {type(e).__name__}: {e}" + (f" [caused by {type(cause).__name__}: {cause}]" if cause else ""))
        assert e.__suppress_context__ == (cause is not None or e.__context__ is not None) or True

print(Parser(tokenize("a = f(1, -x) ** 2")).parse())
print(repr(tokenize("1.5e3+x")))
print(EvalError.__mro__)
e = ParseError("bad", 3)
print(e.args, str(e), repr(e))
