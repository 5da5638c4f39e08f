"""Abstract syntax trees (pyrs-nogil): the node classes of CPython 3.11's ASDL grammar,
`parse` (the native `_pyrs_ast` builds the nodes from the runtime's parser), `dump`,
`literal_eval`, the tree walkers and visitors, location helpers and `unparse`.

`compile()` of an AST object is not supported."""

import _pyrs_ast

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError('%s constructor takes at most %d positional argument%s'
                            % (type(self).__name__, n, '' if n == 1 else 's'))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


# The grammar: one line per category, `name*` a list field, `name?` an optional field (the
# class attribute defaults to None). `@` after the category name marks the categories whose
# nodes carry positions; `@@` those whose end positions are not optional (patterns).
_GRAMMAR = """
mod: Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body)
  | Expression(expr body) | FunctionType(expr* argtypes, expr returns)
stmt@: FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list,
    expr? returns, string? type_comment)
  | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list,
    expr? returns, string? type_comment)
  | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
  | Return(expr? value) | Delete(expr* targets)
  | Assign(expr* targets, expr value, string? type_comment)
  | AugAssign(expr target, operator op, expr value)
  | AnnAssign(expr target, expr annotation, expr? value, int simple)
  | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
  | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
  | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse)
  | With(withitem* items, stmt* body, string? type_comment)
  | AsyncWith(withitem* items, stmt* body, string? type_comment)
  | Match(expr subject, match_case* cases) | Raise(expr? exc, expr? cause)
  | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
  | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
  | Assert(expr test, expr? msg) | Import(alias* names)
  | ImportFrom(identifier? module, alias* names, int? level)
  | Global(identifier* names) | Nonlocal(identifier* names) | Expr(expr value)
  | Pass | Break | Continue
expr@: BoolOp(boolop op, expr* values) | NamedExpr(expr target, expr value)
  | BinOp(expr left, operator op, expr right) | UnaryOp(unaryop op, expr operand)
  | Lambda(arguments args, expr body) | IfExp(expr test, expr body, expr orelse)
  | Dict(expr* keys, expr* values) | Set(expr* elts)
  | ListComp(expr elt, comprehension* generators) | SetComp(expr elt, comprehension* generators)
  | DictComp(expr key, expr value, comprehension* generators)
  | GeneratorExp(expr elt, comprehension* generators) | Await(expr value) | Yield(expr? value)
  | YieldFrom(expr value) | Compare(expr left, cmpop* ops, expr* comparators)
  | Call(expr func, expr* args, keyword* keywords)
  | FormattedValue(expr value, int conversion, expr? format_spec) | JoinedStr(expr* values)
  | Constant(constant value, string? kind)
  | Attribute(expr value, identifier attr, expr_context ctx)
  | Subscript(expr value, expr slice, expr_context ctx) | Starred(expr value, expr_context ctx)
  | Name(identifier id, expr_context ctx) | List(expr* elts, expr_context ctx)
  | Tuple(expr* elts, expr_context ctx) | Slice(expr? lower, expr? upper, expr? step)
expr_context: Load | Store | Del
boolop: And | Or
operator: Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor
  | BitAnd | FloorDiv
unaryop: Invert | Not | UAdd | USub
cmpop: Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
comprehension: (expr target, expr iter, expr* ifs, int is_async)
excepthandler@: ExceptHandler(expr? type, identifier? name, stmt* body)
arguments: (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults,
    arg? kwarg, expr* defaults)
arg@: (identifier arg, expr? annotation, string? type_comment)
keyword@: (identifier? arg, expr value)
alias@: (identifier name, identifier? asname)
withitem: (expr context_expr, expr? optional_vars)
match_case: (pattern pattern, expr? guard, stmt* body)
pattern@@: MatchValue(expr value) | MatchSingleton(constant value)
  | MatchSequence(pattern* patterns)
  | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
  | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
  | MatchStar(identifier? name) | MatchAs(pattern? pattern, identifier? name)
  | MatchOr(pattern* patterns)
type_ignore: TypeIgnore(int lineno, string tag)
"""

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def _define_grammar(namespace):
    text = ' '.join(line.strip() for line in _GRAMMAR.strip().splitlines())
    # Split into categories at each "name:" that starts a definition.
    import re
    parts = re.split(r'\s*(\w+@{0,2}):\s*', ' ' + text)
    for i in range(1, len(parts), 2):
        head, body = parts[i], parts[i + 1].strip()
        marks = len(head) - len(head.rstrip('@'))
        cat = head.rstrip('@')
        attributes = _POSITIONS if marks else ()

        def fields_of(sig):
            fields, optional, docs = [], [], []
            for item in sig.split(','):
                item = item.strip()
                if not item:
                    continue
                typ, name = item.split()
                fields.append(name)
                docs.append(typ + ' ' + name)
                if typ.endswith('?'):
                    optional.append(name)
            return tuple(fields), optional, ', '.join(docs)

        if body.startswith('('):
            fields, optional, doc = fields_of(body[1:-1])
            ns = {'_fields': fields, '_attributes': attributes, '__match_args__': fields,
                  '__doc__': '%s(%s)' % (cat, doc), '__module__': 'ast'}
            for name in optional:
                ns[name] = None
            if marks == 1:
                ns['end_lineno'] = None
                ns['end_col_offset'] = None
            namespace[cat] = type(cat, (AST,), ns)
            continue
        docs = []
        base_ns = {'_fields': (), '_attributes': attributes, '__module__': 'ast'}
        if marks == 1:
            base_ns['end_lineno'] = None
            base_ns['end_col_offset'] = None
        base = type(cat, (AST,), base_ns)
        namespace[cat] = base
        for alt in re.findall(r'(\w+)(\([^)]*\))?', body):
            name, sig = alt
            fields, optional, doc = fields_of(sig[1:-1]) if sig else ((), [], '')
            docs.append(name + ('(%s)' % doc if sig else ''))
            ns = {'_fields': fields, '__match_args__': fields, '__module__': 'ast',
                  '__doc__': name + ('(%s)' % doc if sig else '')}
            for f in optional:
                ns[f] = None
            namespace[name] = type(name, (base,), ns)
        base.__doc__ = cat + ' = ' + '\n  | '.join(docs)


_define_grammar(globals())
del _define_grammar

# The operator and context nodes the parser shares between trees.
_SINGLETONS = {cls.__name__: cls() for base in (expr_context, boolop, operator, unaryop, cmpop)
               for cls in base.__subclasses__()}


def _const_n(self):
    return self.value


def _const_set_n(self, value):
    self.value = value


Constant.n = property(_const_n, _const_set_n)
Constant.s = property(_const_n, _const_set_n)


# Deprecated aliases kept by CPython 3.11 (classes whose instances are Constant nodes).
class _ABC(type):
    def __init__(cls, *args):
        cls.__doc__ = """Deprecated AST node class. Use ast.Constant instead"""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls in _const_types:
            try:
                value = inst.value
            except AttributeError:
                return False
            else:
                return (isinstance(value, _const_types[cls]) and
                        not isinstance(value, _const_types_not.get(cls, ())))
        return type.__instancecheck__(cls, inst)


def _new(cls, *args, **kwargs):
    taken = cls._fields[:len(args)]
    for key in kwargs:
        if key in taken:
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls in _const_types:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    _fields = ('n',)
    __new__ = _new


class Str(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class Bytes(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _new


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


_const_types = {
    Num: (int, float, complex),
    Str: (str,),
    Bytes: (bytes,),
    NameConstant: (type(None), bool),
    Ellipsis: (type(...),),
}
_const_types_not = {
    Num: (bool,),
}


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node (like compile(source, filename, mode,
    PyCF_ONLY_AST)). Type comments are not collected."""
    if isinstance(source, AST):
        return source
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source)
        if source.startswith(b'\xef\xbb\xbf'):
            source = source[3:]
        source = source.decode('utf-8')
    elif not isinstance(source, str):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    if isinstance(filename, (bytes, bytearray)):
        filename = bytes(filename).decode('utf-8', 'surrogateescape')
    if mode == 'func_type':
        raise ValueError("compile() mode 'func_type' is not supported by pyrs-nogil")
    return _pyrs_ast.parse(source, str(filename), mode, globals(), _SINGLETONS)


def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python literal or container
    display: strings, bytes, numbers, tuples, lists, dicts, sets, booleans and None."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = 'malformed node or string'
        line = getattr(node, 'lineno', None)
        if line:
            msg += ' on line %s' % line
        raise ValueError(msg + ': %r' % (node,))

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed_number(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            value = number(node.operand)
            return +value if isinstance(node.op, UAdd) else -value
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple([convert(e) for e in node.elts])
        if isinstance(node, List):
            return [convert(e) for e in node.elts]
        if isinstance(node, Set):
            return set([convert(e) for e in node.elts])
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip([convert(k) for k in node.keys], [convert(v) for v in node.values]))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed_number(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed_number(node)

    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree in `node` (CPython 3.11's format)."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(value, level):
        # Returns (text, simple): simple values may share a line with their siblings.
        if indent is not None:
            level += 1
            opening = '\n' + indent * level
            joiner = ',\n' + indent * level
        else:
            opening = ''
            joiner = ', '
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[%s%s]' % (opening, joiner.join([fmt(v, level)[0] for v in value])), False
        if not isinstance(value, AST):
            return repr(value), True
        cls = type(value)
        parts = []
        all_simple = True
        named = annotate_fields
        for name in value._fields:
            try:
                v = getattr(value, name)
            except AttributeError:
                named = True
                continue
            if v is None and getattr(cls, name, ...) is None:
                named = True
                continue
            text, simple = fmt(v, level)
            all_simple = all_simple and simple
            parts.append('%s=%s' % (name, text) if named else text)
        if include_attributes and value._attributes:
            for name in value._attributes:
                try:
                    v = getattr(value, name)
                except AttributeError:
                    continue
                if v is None and getattr(cls, name, ...) is None:
                    continue
                text, simple = fmt(v, level)
                all_simple = all_simple and simple
                parts.append('%s=%s' % (name, text))
        name = value.__class__.__name__
        if all_simple and len(parts) <= 3:
            return '%s(%s)' % (name, ', '.join(parts)), not parts
        return '%s(%s%s)' % (name, opening, joiner.join(parts)), False

    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy the source location attributes from old_node to new_node."""
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            # end positions may legitimately be None; start positions must be set
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Fill in missing lineno/col_offset (and end positions) from the parent node, starting
    from 1, 0 at the root."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and every node below it."""
    for child in walk(node):
        # TypeIgnore nodes keep their line number in a field
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node: fields that are nodes and the nodes in list
    fields."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None. With clean, the text is
    cleaned up with inspect.cleandoc."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _splitlines_no_ff(source):
    """Split source into lines like the tokenizer: only \\r\\n, \\r and \\n end lines."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r':
            end = i + 2 if source[i + 1:i + 2] == '\n' else i + 1
            lines.append(source[start:end])
            start = i = end
            continue
        if c == '\n':
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def _pad_whitespace(source):
    """Keep tabs and form feeds, replace every other character with a space."""
    return ''.join(c if c in '\f\t' else ' ' for c in source)


def get_source_segment(source, node, *, padded=False):
    """The source text that produced node, or None when its position is unknown. With
    padded, the first line of a multi-line segment keeps its indentation as spaces."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    padding = _pad_whitespace(lines[lineno].encode()[:col_offset].decode()) if padded else ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    return ''.join([first] + lines[lineno + 1:end_lineno] + [last])


def walk(node):
    """Every node in the tree rooted at node (node included), breadth first, in no
    promised order."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """Walks the tree calling `visit_<ClassName>` for each node that has one, else
    `generic_visit` (which visits the children)."""

    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        value = node.value
        type_name = _const_node_type_names.get(type(value))
        if type_name is None:
            for cls, name in _const_node_type_names.items():
                if isinstance(value, cls):
                    type_name = name
                    break
        if type_name is not None:
            method = 'visit_' + type_name
            try:
                visitor = getattr(self, method)
            except AttributeError:
                pass
            else:
                import warnings
                warnings.warn(f"{method} is deprecated; add visit_Constant",
                              DeprecationWarning, 2)
                return visitor(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement for each node: None removes
    it, a list (in a list field) splices several nodes in its place."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        if not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


_const_node_type_names = {
    bool: 'NameConstant',
    type(None): 'NameConstant',
    int: 'Num',
    float: 'Num',
    complex: 'Num',
    str: 'Str',
    bytes: 'Bytes',
    type(...): 'Ellipsis',
}


def unparse(ast_obj):
    """Source code that parses back to an equivalent tree."""
    from _pyrs_ast_unparse import Unparser
    return Unparser().visit(ast_obj)
