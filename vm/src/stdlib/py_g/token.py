"""Token constants (pyrs-nogil): the token numbers, names and exact operator types of
CPython 3.11's tokenizer (`tok_name`, `EXACT_TOKEN_TYPES`, ISTERMINAL/ISNONTERMINAL/ISEOF)."""

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF']

_NAMES = (
    'ENDMARKER',
    'NAME',
    'NUMBER',
    'STRING',
    'NEWLINE',
    'INDENT',
    'DEDENT',
    'LPAR',
    'RPAR',
    'LSQB',
    'RSQB',
    'COLON',
    'COMMA',
    'SEMI',
    'PLUS',
    'MINUS',
    'STAR',
    'SLASH',
    'VBAR',
    'AMPER',
    'LESS',
    'GREATER',
    'EQUAL',
    'DOT',
    'PERCENT',
    'LBRACE',
    'RBRACE',
    'EQEQUAL',
    'NOTEQUAL',
    'LESSEQUAL',
    'GREATEREQUAL',
    'TILDE',
    'CIRCUMFLEX',
    'LEFTSHIFT',
    'RIGHTSHIFT',
    'DOUBLESTAR',
    'PLUSEQUAL',
    'MINEQUAL',
    'STAREQUAL',
    'SLASHEQUAL',
    'PERCENTEQUAL',
    'AMPEREQUAL',
    'VBAREQUAL',
    'CIRCUMFLEXEQUAL',
    'LEFTSHIFTEQUAL',
    'RIGHTSHIFTEQUAL',
    'DOUBLESTAREQUAL',
    'DOUBLESLASH',
    'DOUBLESLASHEQUAL',
    'AT',
    'ATEQUAL',
    'RARROW',
    'ELLIPSIS',
    'COLONEQUAL',
    'OP',
    'AWAIT',
    'ASYNC',
    'TYPE_IGNORE',
    'TYPE_COMMENT',
    'SOFT_KEYWORD',
    'ERRORTOKEN',
    'COMMENT',
    'NL',
    'ENCODING',
    'N_TOKENS',
)

for _i, _n in enumerate(_NAMES):
    globals()[_n] = _i
NT_OFFSET = 256
__all__.extend(_NAMES)
__all__.append('NT_OFFSET')
del _i, _n, _NAMES

tok_name = {value: name for name, value in globals().items()
            if isinstance(value, int) and not name.startswith('_')}

_OPS = {'(': LPAR, ')': RPAR, '[': LSQB, ']': RSQB, ':': COLON, ',': COMMA, ';': SEMI, '+': PLUS, '-': MINUS, '*': STAR, '/': SLASH, '|': VBAR, '&': AMPER, '<': LESS, '>': GREATER, '=': EQUAL, '.': DOT, '%': PERCENT, '{': LBRACE, '}': RBRACE, '==': EQEQUAL, '!=': NOTEQUAL, '<=': LESSEQUAL, '>=': GREATEREQUAL, '~': TILDE, '^': CIRCUMFLEX, '<<': LEFTSHIFT, '>>': RIGHTSHIFT, '**': DOUBLESTAR, '+=': PLUSEQUAL, '-=': MINEQUAL, '*=': STAREQUAL, '/=': SLASHEQUAL, '%=': PERCENTEQUAL, '&=': AMPEREQUAL, '|=': VBAREQUAL, '^=': CIRCUMFLEXEQUAL, '<<=': LEFTSHIFTEQUAL, '>>=': RIGHTSHIFTEQUAL, '**=': DOUBLESTAREQUAL, '//': DOUBLESLASH, '//=': DOUBLESLASHEQUAL, '@': AT, '@=': ATEQUAL, '->': RARROW, '...': ELLIPSIS, ':=': COLONEQUAL}
EXACT_TOKEN_TYPES = {}
for _op in sorted(_OPS):
    EXACT_TOKEN_TYPES[_op] = _OPS[_op]
del _op, _OPS


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
