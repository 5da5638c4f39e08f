# a tiny expression tokenizer, recursive-descent parser and stack-VM interpreter
import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
def tokenize(s):
    out = []
    for num, op in TOKEN.findall(s):
        if num:
            out.append(("num", float(num) if "." in num else int(num)))
        elif op.strip():
            out.append(("op", op))
    out.append(("end", None))
    return out
class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            node = (op, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            node = (op, node, self.factor())
        return node
    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return ("^", base, self.factor())
        return base
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        return self.atom()
    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return ("lit", val)
        if val == "(":
            node = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
            return node
        raise SyntaxError(f"unexpected {val!r}")
def compile_(node, code):
    kind = node[0]
    if kind == "lit":
        code.append(("PUSH", node[1]))
    elif kind == "neg":
        compile_(node[1], code)
        code.append(("NEG", None))
    else:
        compile_(node[1], code)
        compile_(node[2], code)
        code.append(("BIN", kind))
    return code
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b, "%": lambda a, b: a % b, "^": lambda a, b: a ** b}
def run(code):
    stack = []
    for op, arg in code:
        if op == "PUSH":
            stack.append(arg)
        elif op == "NEG":
            stack.append(-stack.pop())
        else:
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[arg](a, b))
    return stack.pop()
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "7 % 3 + 0.5", "((2))", "2 * (3 + 4) - -5", "1 / 0", "1 +", "3 $ 4"]:
    try:
        parser = Parser(tokenize(src))
        ast = parser.expr()
        if parser.peek()[0] != "end":
            raise SyntaxError(f"trailing {parser.peek()[1]!r}")
        code = compile_(ast, [])
        print(f"{src!r:22} ast={ast}")
        print(f"{'':22} code={len(code)} ops -> {run(code)} (python: {eval(src.replace('^', '**'))})")
    except ZeroDivisionError as e:
        print(f"{src!r:22} ZeroDivisionError: {e}")
    except SyntaxError as e:
        print(f"{src!r:22} SyntaxError: {e}")
