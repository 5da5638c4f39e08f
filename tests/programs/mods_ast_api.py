# The ast module's classes and helpers: hierarchy, _fields, constructors, literal_eval,
# walk, visitors, transformers, docstrings, locations and source segments.
import ast

print(ast.Name._fields, ast.Name._attributes)
print(ast.FunctionDef._fields)
print(ast.arguments._fields, ast.arguments._attributes)
print(ast.comprehension._fields, ast.keyword._attributes)
print(ast.expr._fields, ast.expr._attributes)
print(issubclass(ast.Name, ast.expr), issubclass(ast.If, ast.stmt), issubclass(ast.expr, ast.AST))
print(issubclass(ast.Add, ast.operator), issubclass(ast.Load, ast.expr_context))
print(issubclass(ast.MatchAs, ast.pattern), issubclass(ast.ExceptHandler, ast.excepthandler))
print(ast.Name.__doc__)
print(ast.Name.__module__, ast.Name.__name__, ast.Name.__mro__[1].__name__)
print(ast.Return().value, ast.Name().end_lineno)
try:
    ast.Name().id
except AttributeError as e:
    print("AttributeError")
n = ast.Name('x', ast.Load(), lineno=3)
print(n.id, type(n.ctx).__name__, n.lineno)
try:
    ast.Name('a', ast.Load(), 3)
except TypeError as e:
    print("TypeError:", e)
try:
    ast.Load(1)
except TypeError as e:
    print("TypeError:", e)
print(ast.Constant(5).n, ast.Constant('s').s)
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant('x'), ast.Str),
      isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant(None), ast.NameConstant))
print(ast.dump(ast.Num(42)))
print(ast.PyCF_ONLY_AST)

# shared singletons
t = ast.parse("a; b")
print(t.body[0].value.ctx is t.body[1].value.ctx)

# match_args
match ast.parse("x + 1", mode="eval").body:
    case ast.BinOp(ast.Name(name), ast.Add(), ast.Constant(v)):
        print("matched", name, v)

# literal_eval
for s in ["1", "-2.5", "1+2j", "-1-2j", "'abc'", "b'x'", "[1, (2, 3), {4: 5}]", "{1, 2}",
          "set()", "None", "True", "  (1,)", "{'a': [1, {'b': ()}]}", "...", "0x10"]:
    print(repr(ast.literal_eval(s)))
for bad in ["x", "1 + 1", "f()", "[1, y]", "-'a'", "1 + 'a'", "(1).real", "{**a}"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError:", str(e).split(": <")[0])
try:
    ast.literal_eval("1 +")
except SyntaxError as e:
    print("SyntaxError")
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(7)))
try:
    ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[]))
except ValueError as e:
    print("ValueError:", str(e).split(": <")[0])

# walk / iter_fields / iter_child_nodes
tree = ast.parse("def f(a):\n    return a * 2 + g(3)\nx = f(1)")
print(sorted(type(n).__name__ for n in ast.walk(tree)))
print([name for name, _ in ast.iter_fields(tree.body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0].body[0].value)])


class Names(ast.NodeVisitor):
    def __init__(self):
        self.found = []

    def visit_Name(self, node):
        self.found.append((node.id, type(node.ctx).__name__))
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        self.found.append(('def', node.name))
        self.generic_visit(node)


v = Names()
v.visit(tree)
print(v.found)


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

    def visit_Expr(self, node):
        return None


t2 = ast.parse("x = 1 + 2\nprint(3)\ny = [4, 5]")
t2 = Doubler().visit(t2)
print(ast.dump(t2))
print(ast.unparse(t2))


class Splitter(ast.NodeTransformer):
    def visit_Assign(self, node):
        return [node, ast.Pass()]


t3 = Splitter().visit(ast.parse("a = 1\nb = 2"))
print([type(s).__name__ for s in t3.body])

# docstrings
src = '''"""Module doc."""
def f():
    """
    Indented
      doc.
    """
class C:
    x = 1
async def g():
    "g doc"
'''
m = ast.parse(src)
print(repr(ast.get_docstring(m)))
print(repr(ast.get_docstring(m.body[1])))
print(repr(ast.get_docstring(m.body[1], clean=False)))
print(repr(ast.get_docstring(m.body[2])))
print(repr(ast.get_docstring(m.body[3])))
try:
    ast.get_docstring(m.body[1].body[0])
except TypeError as e:
    print("TypeError:", e)

# locations
e = ast.parse("foo(bar,\n    baz)  # c", mode="eval").body
print(e.lineno, e.col_offset, e.end_lineno, e.end_col_offset)
print(ast.get_source_segment("foo(bar,\n    baz)  # c", e))
print(ast.get_source_segment("foo(bar,\n    baz)  # c", e.args[1]))
print(ast.get_source_segment("x = 1\n  y = (1 +\n2)", ast.parse("x = 1\ny = (1 +\n2)").body[1].value, padded=True))
d = ast.parse("@deco\ndef f(): pass").body[0]
print(d.lineno, d.col_offset, d.decorator_list[0].lineno)
new = ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))))
print(ast.dump(new, include_attributes=True))
t4 = ast.parse("x = 1\ny = 2")
ast.increment_lineno(t4, 10)
print([(s.lineno, s.end_lineno) for s in t4.body])
print(ast.dump(ast.parse("s = 'héllo'  ;  t = 1"), include_attributes=True))

# syntax errors
for bad in ["x = (1,", "def f(:\n  pass", "x = = 1", "  x = 1"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
t5 = ast.parse("x")
print(ast.parse(t5) is t5)
# errors CPython's parser reports for invalid targets and generator arguments
for bad in ["1 = x", "f() = 1", "del f()", "(a, b) += 1", "x = yield = 1", "for 1 in x: pass",
            "with a as 1: pass", "[x for 1 in y]", "f(x for x in y, 1)", "x: int = 1 = 2"]:
    try:
        ast.parse(bad)
        print("parsed", bad)
    except SyntaxError as e:
        print(type(e).__name__, repr(bad), e.msg, e.lineno, e.offset)
print(ast.dump(ast.parse("f(x for x in y)\nnonlocal q\nreturn 1")))
print(ast.dump(ast.parse("x = f'{a:>{w}} {b!r}' 'tail'"), include_attributes=True))
