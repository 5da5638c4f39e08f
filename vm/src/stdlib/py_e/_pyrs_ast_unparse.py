"""`ast.unparse` (pyrs-nogil): an AST back to source text, with CPython 3.11's layout
(4-space indents, a blank line before nested definitions, minimal parentheses chosen by
operator precedence, the quotes that avoid escapes)."""

from ast import (NodeVisitor, AST, AsyncFunctionDef, FunctionDef, ClassDef, Module, Expr,
                 Constant, Name, Tuple, If, JoinedStr, FormattedValue)

# Precedence levels, loosest first; an operand of a tighter level needs no parentheses.
NAMED_EXPR, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, EXPR = range(1, 10)
BOR = EXPR
BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM = range(10, 19)


def _next(level):
    return min(level + 1, ATOM)


_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = _SINGLE_QUOTES + _MULTI_QUOTES
# An overflowing literal stands for infinity.
_INFSTR = "1e309"

_UNOPS = {"Invert": "~", "Not": "not", "UAdd": "+", "USub": "-"}
_UNOP_LEVEL = {"not": NOT, "~": FACTOR, "+": FACTOR, "-": FACTOR}
_BINOPS = {"Add": "+", "Sub": "-", "Mult": "*", "MatMult": "@", "Div": "/", "Mod": "%",
           "LShift": "<<", "RShift": ">>", "BitOr": "|", "BitXor": "^", "BitAnd": "&",
           "FloorDiv": "//", "Pow": "**"}
_BINOP_LEVEL = {"+": ARITH, "-": ARITH, "*": TERM, "@": TERM, "/": TERM, "%": TERM,
                "<<": SHIFT, ">>": SHIFT, "|": BOR, "^": BXOR, "&": BAND, "//": TERM,
                "**": POWER}
_CMPOPS = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=",
           "Is": "is", "IsNot": "is not", "In": "in", "NotIn": "not in"}
_BOOLOPS = {"And": ("and", AND), "Or": ("or", OR)}


def _unicode_escape(c):
    """One character as the unicode_escape codec writes it."""
    special = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
    if c in special:
        return special[c]
    n = ord(c)
    if n < 0x20 or 0x7f <= n < 0x100:
        return "\\x%02x" % n
    if n < 0x7f:
        return c
    if n < 0x10000:
        return "\\u%04x" % n
    return "\\U%08x" % n


class _Delimit:
    def __init__(self, unparser, start, end, active=True):
        self.u, self.start, self.end, self.active = unparser, start, end, active

    def __enter__(self):
        if self.active:
            self.u.write(self.start)

    def __exit__(self, *exc):
        if self.active:
            self.u.write(self.end)


class _Block:
    def __init__(self, unparser, extra):
        self.u, self.extra = unparser, extra

    def __enter__(self):
        self.u.write(":")
        if self.extra:
            self.u.write(self.extra)
        self.u._indent += 1

    def __exit__(self, *exc):
        self.u._indent -= 1


class Unparser(NodeVisitor):
    def __init__(self, _avoid_backslashes=False):
        self._source = []
        self._precedences = {}
        self._type_ignores = {}
        self._indent = 0
        self._avoid_backslashes = _avoid_backslashes
        self._in_try_star = False

    # --- output helpers ---

    def write(self, *text):
        self._source.extend(text)

    def maybe_newline(self):
        if self._source:
            self.write("\n")

    def fill(self, text=""):
        self.maybe_newline()
        self.write("    " * self._indent + text)

    def interleave(self, sep, fn, items):
        first = True
        for x in items:
            if not first:
                sep()
            first = False
            fn(x)

    def items_view(self, fn, items):
        if len(items) == 1:
            fn(items[0])
            self.write(",")
        else:
            self.interleave(lambda: self.write(", "), fn, items)

    def block(self, extra=None):
        return _Block(self, extra)

    def delimit(self, start, end):
        return _Delimit(self, start, end)

    def delimit_if(self, start, end, condition):
        return _Delimit(self, start, end, condition)

    def require_parens(self, level, node):
        return self.delimit_if("(", ")", self.get_precedence(node) > level)

    def get_precedence(self, node):
        return self._precedences.get(node, TEST)

    def set_precedence(self, level, *nodes):
        for node in nodes:
            self._precedences[node] = level

    def buffered_text(self, fn, *args):
        saved = self._source
        self._source = []
        try:
            fn(*args)
            return "".join(self._source)
        finally:
            self._source = saved

    def get_raw_docstring(self, node):
        if (not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module))
                or len(node.body) < 1):
            return None
        first = node.body[0]
        if not isinstance(first, Expr):
            return None
        value = first.value
        if isinstance(value, Constant) and isinstance(value.value, str):
            return value
        return None

    def get_type_comment(self, node):
        comment = self._type_ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return f" # type: {comment}"
        return None

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            super().visit(node)

    def visit(self, node):
        self._source = []
        self.traverse(node)
        return "".join(self._source)

    # --- modules and statements ---

    def _docstring_and_body(self, node):
        doc = self.get_raw_docstring(node)
        if doc is not None:
            self._write_docstring(doc)
            self.traverse(node.body[1:])
        else:
            self.traverse(node.body)

    def visit_Module(self, node):
        self._type_ignores = {ig.lineno: f"ignore{ig.tag}" for ig in node.type_ignores}
        self._docstring_and_body(node)
        self._type_ignores.clear()

    def visit_FunctionType(self, node):
        with self.delimit("(", ")"):
            self.interleave(lambda: self.write(", "), self.traverse, node.argtypes)
        self.write(" -> ")
        self.traverse(node.returns)

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        with self.require_parens(NAMED_EXPR, node):
            self.set_precedence(ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(" := ")
            self.traverse(node.value)

    def visit_Import(self, node):
        self.fill("import ")
        self.interleave(lambda: self.write(", "), self.traverse, node.names)

    def visit_ImportFrom(self, node):
        self.fill("from ")
        self.write("." * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(" import ")
        self.interleave(lambda: self.write(", "), self.traverse, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(TUPLE, target)
            self.traverse(target)
            self.write(" = ")
        self.traverse(node.value)
        comment = self.get_type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(" " + _BINOPS[node.op.__class__.__name__] + "= ")
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        with self.delimit_if("(", ")", not node.simple and isinstance(node.target, Name)):
            self.traverse(node.target)
        self.write(": ")
        self.traverse(node.annotation)
        if node.value:
            self.write(" = ")
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill("return")
        if node.value:
            self.write(" ")
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill("pass")

    def visit_Break(self, node):
        self.fill("break")

    def visit_Continue(self, node):
        self.fill("continue")

    def visit_Delete(self, node):
        self.fill("del ")
        self.interleave(lambda: self.write(", "), self.traverse, node.targets)

    def visit_Assert(self, node):
        self.fill("assert ")
        self.traverse(node.test)
        if node.msg:
            self.write(", ")
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill("global ")
        self.interleave(lambda: self.write(", "), self.write, node.names)

    def visit_Nonlocal(self, node):
        self.fill("nonlocal ")
        self.interleave(lambda: self.write(", "), self.write, node.names)

    def visit_Await(self, node):
        with self.require_parens(AWAIT, node):
            self.write("await")
            if node.value:
                self.write(" ")
                self.set_precedence(ATOM, node.value)
                self.traverse(node.value)

    def visit_Yield(self, node):
        with self.require_parens(YIELD, node):
            self.write("yield")
            if node.value:
                self.write(" ")
                self.set_precedence(ATOM, node.value)
                self.traverse(node.value)

    def visit_YieldFrom(self, node):
        with self.require_parens(YIELD, node):
            self.write("yield from ")
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_precedence(ATOM, node.value)
            self.traverse(node.value)

    def visit_Raise(self, node):
        self.fill("raise")
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(" ")
        self.traverse(node.exc)
        if node.cause:
            self.write(" from ")
            self.traverse(node.cause)

    def _try(self, node, star):
        saved = self._in_try_star
        self._in_try_star = star
        try:
            self.fill("try")
            with self.block():
                self.traverse(node.body)
            for handler in node.handlers:
                self.traverse(handler)
            if node.orelse:
                self.fill("else")
                with self.block():
                    self.traverse(node.orelse)
            if node.finalbody:
                self.fill("finally")
                with self.block():
                    self.traverse(node.finalbody)
        finally:
            self._in_try_star = saved

    def visit_Try(self, node):
        self._try(node, False)

    def visit_TryStar(self, node):
        self._try(node, True)

    def visit_ExceptHandler(self, node):
        self.fill("except*" if self._in_try_star else "except")
        if node.type:
            self.write(" ")
            self.traverse(node.type)
        if node.name:
            self.write(" as ")
            self.write(node.name)
        with self.block():
            self.traverse(node.body)

    def visit_ClassDef(self, node):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill("@")
            self.traverse(deco)
        self.fill("class " + node.name)
        with self.delimit_if("(", ")", bool(node.bases or node.keywords)):
            self.interleave(lambda: self.write(", "), self.traverse,
                            list(node.bases) + list(node.keywords))
        with self.block():
            self._docstring_and_body(node)

    def _function(self, node, keyword):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill("@")
            self.traverse(deco)
        self.fill(keyword + " " + node.name)
        with self.delimit("(", ")"):
            self.traverse(node.args)
        if node.returns:
            self.write(" -> ")
            self.traverse(node.returns)
        with self.block(extra=self.get_type_comment(node)):
            self._docstring_and_body(node)

    def visit_FunctionDef(self, node):
        self._function(node, "def")

    def visit_AsyncFunctionDef(self, node):
        self._function(node, "async def")

    def _for(self, keyword, node):
        self.fill(keyword)
        self.set_precedence(TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.traverse(node.iter)
        with self.block(extra=self.get_type_comment(node)):
            self.traverse(node.body)
        if node.orelse:
            self.fill("else")
            with self.block():
                self.traverse(node.orelse)

    def visit_For(self, node):
        self._for("for ", node)

    def visit_AsyncFor(self, node):
        self._for("async for ", node)

    def visit_If(self, node):
        self.fill("if ")
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        # An else holding exactly one if becomes elif.
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill("elif ")
            self.traverse(node.test)
            with self.block():
                self.traverse(node.body)
        if node.orelse:
            self.fill("else")
            with self.block():
                self.traverse(node.orelse)

    def visit_While(self, node):
        self.fill("while ")
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        if node.orelse:
            self.fill("else")
            with self.block():
                self.traverse(node.orelse)

    def _with(self, keyword, node):
        self.fill(keyword)
        self.interleave(lambda: self.write(", "), self.traverse, node.items)
        with self.block(extra=self.get_type_comment(node)):
            self.traverse(node.body)

    def visit_With(self, node):
        self._with("with ", node)

    def visit_AsyncWith(self, node):
        self._with("async with ", node)

    # --- strings ---

    def _str_literal_helper(self, string, *, quote_types=_ALL_QUOTES,
                            escape_special_whitespace=False):
        """The body of a literal for string and the quotes that can enclose it."""
        def escape(c):
            if not escape_special_whitespace and c in "\n\t":
                return c
            if c == "\\" or not c.isprintable():
                return _unicode_escape(c)
            return c

        body = "".join([escape(c) for c in string])
        quotes = list(quote_types)
        if "\n" in body:
            quotes = [q for q in quotes if q in _MULTI_QUOTES]
        quotes = [q for q in quotes if q not in body]
        if not quotes:
            text = repr(string)
            quote = next((q for q in quote_types if text[0] in q), text[0])
            return text[1:-1], [quote]
        if body:
            # Prefer a quote that differs from the last character.
            quotes.sort(key=lambda q: q[0] == body[-1])
            if quotes[0][0] == body[-1]:
                body = body[:-1] + "\\" + body[-1]
        return body, quotes

    def _write_str_avoiding_backslashes(self, string, *, quote_types=_ALL_QUOTES):
        string, quote_types = self._str_literal_helper(string, quote_types=quote_types)
        q = quote_types[0]
        self.write(f"{q}{string}{q}")

    def _write_docstring(self, node):
        self.fill()
        if node.kind == "u":
            self.write("u")
        self._write_str_avoiding_backslashes(node.value, quote_types=_MULTI_QUOTES)

    def visit_JoinedStr(self, node):
        self.write("f")
        if self._avoid_backslashes:
            text = self.buffered_text(self._fstring_inner, node)
            self._write_str_avoiding_backslashes(text)
            return
        # Constant parts may use escapes (\n); replacement fields may not.
        parts = [(self.buffered_text(self._fstring_inner, v), isinstance(v, Constant))
                 for v in node.values]
        quotes = list(_ALL_QUOTES)
        out = []
        for text, is_constant in parts:
            text, quotes = self._str_literal_helper(text, quote_types=quotes,
                                                    escape_special_whitespace=is_constant)
            out.append(text)
        q = quotes[0]
        self.write(f"{q}{''.join(out)}{q}")

    def _fstring_inner(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self._fstring_inner(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.write(node.value.replace("{", "{{").replace("}", "}}"))
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f"Unexpected node inside JoinedStr, {node!r}")

    def visit_FormattedValue(self, node):
        inner = type(self)(_avoid_backslashes=True)
        inner.set_precedence(_next(TEST), node.value)
        with self.delimit("{", "}"):
            expr = inner.visit(node.value)
            if "\\" in expr:
                raise ValueError("Unable to avoid backslash in f-string expression part")
            if expr.startswith("{"):
                self.write(" ")
            self.write(expr)
            if node.conversion != -1:
                self.write(f"!{chr(node.conversion)}")
            if node.format_spec:
                self.write(":")
                self._fstring_inner(node.format_spec)

    # --- expressions ---

    def visit_Name(self, node):
        self.write(node.id)

    def _write_constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace("inf", _INFSTR)
                       .replace("nan", f"({_INFSTR}-{_INFSTR})"))
        elif self._avoid_backslashes and isinstance(value, str):
            self._write_str_avoiding_backslashes(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            with self.delimit("(", ")"):
                self.items_view(self._write_constant, value)
        elif value is ...:
            self.write("...")
        else:
            if node.kind == "u":
                self.write("u")
            self._write_constant(node.value)

    def visit_List(self, node):
        with self.delimit("[", "]"):
            self.interleave(lambda: self.write(", "), self.traverse, node.elts)

    def _comp(self, open_, close, node, *heads):
        with self.delimit(open_, close):
            for i, h in enumerate(heads):
                if i:
                    self.write(": ")
                self.traverse(h)
            for gen in node.generators:
                self.traverse(gen)

    def visit_ListComp(self, node):
        self._comp("[", "]", node, node.elt)

    def visit_GeneratorExp(self, node):
        self._comp("(", ")", node, node.elt)

    def visit_SetComp(self, node):
        self._comp("{", "}", node, node.elt)

    def visit_DictComp(self, node):
        self._comp("{", "}", node, node.key, node.value)

    def visit_comprehension(self, node):
        self.write(" async for " if node.is_async else " for ")
        self.set_precedence(TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.set_precedence(_next(TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for cond in node.ifs:
            self.write(" if ")
            self.traverse(cond)

    def visit_IfExp(self, node):
        with self.require_parens(TEST, node):
            self.set_precedence(_next(TEST), node.body, node.test)
            self.traverse(node.body)
            self.write(" if ")
            self.traverse(node.test)
            self.write(" else ")
            self.set_precedence(TEST, node.orelse)
            self.traverse(node.orelse)

    def visit_Set(self, node):
        if node.elts:
            with self.delimit("{", "}"):
                self.interleave(lambda: self.write(", "), self.traverse, node.elts)
        else:
            # An empty set has no display; `{*()}` evaluates to one.
            self.write('{*()}')

    def visit_Dict(self, node):
        def item(pair):
            k, v = pair
            if k is None:
                self.write("**")
                self.set_precedence(EXPR, v)
                self.traverse(v)
            else:
                self.traverse(k)
                self.write(": ")
                self.traverse(v)

        with self.delimit("{", "}"):
            self.interleave(lambda: self.write(", "), item, zip(node.keys, node.values))

    def visit_Tuple(self, node):
        with self.delimit_if("(", ")", len(node.elts) == 0 or self.get_precedence(node) > TUPLE):
            self.items_view(self.traverse, node.elts)

    def visit_UnaryOp(self, node):
        op = _UNOPS[node.op.__class__.__name__]
        level = _UNOP_LEVEL[op]
        with self.require_parens(level, node):
            self.write(op)
            if level != FACTOR:
                self.write(" ")
            self.set_precedence(level, node.operand)
            self.traverse(node.operand)

    def visit_BinOp(self, node):
        op = _BINOPS[node.op.__class__.__name__]
        level = _BINOP_LEVEL[op]
        with self.require_parens(level, node):
            if op == "**":
                left, right = _next(level), level
            else:
                left, right = level, _next(level)
            self.set_precedence(left, node.left)
            self.traverse(node.left)
            self.write(f" {op} ")
            self.set_precedence(right, node.right)
            self.traverse(node.right)

    def visit_Compare(self, node):
        with self.require_parens(CMP, node):
            self.set_precedence(_next(CMP), node.left, *node.comparators)
            self.traverse(node.left)
            for o, e in zip(node.ops, node.comparators):
                self.write(" " + _CMPOPS[o.__class__.__name__] + " ")
                self.traverse(e)

    def visit_BoolOp(self, node):
        op, level = _BOOLOPS[node.op.__class__.__name__]
        current = [level]

        def operand(value):
            current[0] = _next(current[0])
            self.set_precedence(current[0], value)
            self.traverse(value)

        with self.require_parens(level, node):
            self.interleave(lambda: self.write(f" {op} "), operand, node.values)

    def visit_Attribute(self, node):
        self.set_precedence(ATOM, node.value)
        self.traverse(node.value)
        # `1 .real`: an int literal needs a space before the dot.
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(" ")
        self.write(".")
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_precedence(ATOM, node.func)
        self.traverse(node.func)
        with self.delimit("(", ")"):
            self.interleave(lambda: self.write(", "), self.traverse,
                            list(node.args) + list(node.keywords))

    def visit_Subscript(self, node):
        self.set_precedence(ATOM, node.value)
        self.traverse(node.value)
        with self.delimit("[", "]"):
            if isinstance(node.slice, Tuple) and node.slice.elts:
                self.items_view(self.traverse, node.slice.elts)
            else:
                self.traverse(node.slice)

    def visit_Starred(self, node):
        self.write("*")
        self.set_precedence(EXPR, node.value)
        self.traverse(node.value)

    def visit_Ellipsis(self, node):
        self.write("...")

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(":")
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(":")
            self.traverse(node.step)

    def visit_Match(self, node):
        self.fill("match ")
        self.traverse(node.subject)
        with self.block():
            for case in node.cases:
                self.traverse(case)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(": ")
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        first = True

        def sep():
            nonlocal first
            if first:
                first = False
            else:
                self.write(", ")

        positional = list(node.posonlyargs) + list(node.args)
        defaults = [None] * (len(positional) - len(node.defaults)) + list(node.defaults)
        for index, (a, d) in enumerate(zip(positional, defaults), 1):
            sep()
            self.traverse(a)
            if d:
                self.write("=")
                self.traverse(d)
            if index == len(node.posonlyargs):
                self.write(", /")
        if node.vararg or node.kwonlyargs:
            sep()
            self.write("*")
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(": ")
                    self.traverse(node.vararg.annotation)
        for a, d in zip(node.kwonlyargs, node.kw_defaults):
            self.write(", ")
            self.traverse(a)
            if d:
                self.write("=")
                self.traverse(d)
        if node.kwarg:
            sep()
            self.write("**" + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(": ")
                self.traverse(node.kwarg.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write("**")
        else:
            self.write(node.arg)
            self.write("=")
        self.traverse(node.value)

    def visit_Lambda(self, node):
        with self.require_parens(TEST, node):
            self.write("lambda")
            args = self.buffered_text(self.traverse, node.args)
            if args:
                self.write(" ", args)
            self.write(": ")
            self.set_precedence(TEST, node.body)
            self.traverse(node.body)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(" as " + node.asname)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(" as ")
            self.traverse(node.optional_vars)

    def visit_match_case(self, node):
        self.fill("case ")
        self.traverse(node.pattern)
        if node.guard:
            self.write(" if ")
            self.traverse(node.guard)
        with self.block():
            self.traverse(node.body)

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self._write_constant(node.value)

    def visit_MatchSequence(self, node):
        with self.delimit("[", "]"):
            self.interleave(lambda: self.write(", "), self.traverse, node.patterns)

    def visit_MatchStar(self, node):
        self.write("*" + ("_" if node.name is None else node.name))

    def visit_MatchMapping(self, node):
        def pair(kp):
            k, p = kp
            self.traverse(k)
            self.write(": ")
            self.traverse(p)

        with self.delimit("{", "}"):
            self.interleave(lambda: self.write(", "), pair, zip(node.keys, node.patterns))
            if node.rest is not None:
                if node.keys:
                    self.write(", ")
                self.write(f"**{node.rest}")

    def visit_MatchClass(self, node):
        self.set_precedence(ATOM, node.cls)
        self.traverse(node.cls)
        with self.delimit("(", ")"):
            self.interleave(lambda: self.write(", "), self.traverse, node.patterns)
            if node.kwd_attrs:
                if node.patterns:
                    self.write(", ")

                def attr_pattern(ap):
                    self.write(f"{ap[0]}=")
                    self.traverse(ap[1])

                self.interleave(lambda: self.write(", "), attr_pattern,
                                zip(node.kwd_attrs, node.kwd_patterns))

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write("_")
        elif node.pattern is None:
            self.write(node.name)
        else:
            with self.require_parens(TEST, node):
                self.set_precedence(BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(f" as {node.name}")

    def visit_MatchOr(self, node):
        with self.require_parens(BOR, node):
            self.set_precedence(_next(BOR), *node.patterns)
            self.interleave(lambda: self.write(" | "), self.traverse, node.patterns)
