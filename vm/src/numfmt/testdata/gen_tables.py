#!/usr/bin/env python3
"""Generates the numfmt test tables from CPython 3.11 (the oracle).

Run from this directory: python3 gen_tables.py
Each .tsv line holds tab-separated fields; strings are written with
Python's 'unicode_escape' codec (the tests decode \\xNN, \\uNNNN,
\\UNNNNNNNN, \\\\, \\t, \\n, \\r). Expected errors are written as
'!ExcName: message'.
"""
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), sys.version

random.seed(1234)


def esc(s):
    return s.encode('unicode_escape').decode('ascii')


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def outcome(f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        return '!%s: %s' % (type(e).__name__, e)
    return r


def write(name, rows):
    with open(name, 'w', encoding='utf-8') as fh:
        for row in rows:
            fh.write('\t'.join(row) + '\n')


# ---------------------------------------------------------------- floats
SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 1 / 3, 2 / 3, 1e22, 1e23, 5e-324,
           2.2250738585072014e-308, 1.7976931348623157e308, 123456789.123456789,
           1e16, 1e15, 9999999999999998.0, 123456789012345.0, 1234567890123456.0,
           12345678901234567.0, 1e-4, 1e-5, 1.5e-5, 0.0001234, 2.675, 1.005, 0.125,
           0.375, 1234.5, 1234.5678, 99.995, 9.995, 0.05, 0.15, 0.25, 0.35,
           3.141592653589793, 2.718281828459045, 100.0, 1e100, 1.5e300, -1e-300,
           float('inf'), float('-inf'), float('nan'), 4.35, 0.000001, 123.456, 1e-7,
           9.5, 10.5, 0.95, 999999.5, 1e21, 2 ** 53, 2 ** 53 + 2, 2 ** 63, 2.5e-8,
           6.02214076e23, -123.0, 7.0, 1e5, 123456.0, 1234567.0, 0.001, 0.01,
           2113325745016023.25, -31882779466469.3125, 273434638250379.625]
SPECIAL = [float(x) for x in SPECIAL]


def random_floats(n):
    out = []
    for _ in range(n):
        kind = random.random()
        if kind < 0.4:
            out.append(from_bits(random.getrandbits(64)))
        elif kind < 0.7:
            out.append(random.uniform(-1, 1) * 10 ** random.randint(-20, 25))
        else:
            out.append(round(random.uniform(-1000, 1000), random.randint(0, 6)))
    return [x for x in out if not math.isnan(x)]


def gen_repr():
    rows = []
    for x in SPECIAL + random_floats(1000):
        rows.append((bits(x), repr(x)))
    # Powers of two and ten, boundaries of the exponent switch.
    for e in range(-330, 310, 7):
        for m in (1.0, 1.5, 9.999999999999999):
            try:
                x = m * 10.0 ** e
            except OverflowError:
                continue
            rows.append((bits(x), repr(x)))
    for e in range(-1074, 1024, 13):
        x = math.ldexp(1.0, e)
        rows.append((bits(x), repr(x)))
    write('repr.tsv', rows)


FLOAT_SPECS = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0', '.1', '.3', '.17', '.0f', '.1f',
               '.2f', '.3f', '.10f', '.20f', '.0e', '.2e', '.3E', '.16e', '.0g', '.1g', '.3g',
               '.10g', '.17g', '#', '#.0', '#.3', '#g', '#.0f', '#.0e', '#.3g', '#.10G', '.2%',
               '.0%', '+', ' ', '-', '+.3f', ' .2e', '10', '<10', '>10', '^10', '=10', '010',
               '+010.3f', '-012.2e', ' 012g', '*^15.4g', '_>12.1f', ',', '_', ',.2f', '_.3e',
               '015,.2f', '020_.6g', '012,', ',g', ',%', ',.0f', 'z', 'z.1f', 'z.0f', 'z.2e',
               'z.3g', 'z%', '+z.1f', 'z010.2f', '.25f', '.40e', '.30g',
               '#015.0f', '+#,.3g', '\u00e9^12.3f', '0<10.2f', '0>10.1e', '0^9', '0=10',
               '<010', '>+10', 'x<+10,.2f', '0', '00', '010.0', '.5', '1.1', 'n', '010n',
               '+n', '.3n', '#n']
FLOAT_ERR_SPECS = ['d', 'x', 'c', 's', 'b', 'r', '10q', ',n', '_n', ',_', '_,', '.', '.f',
                   '10.10.10', 'abc', '.2147483648f', '99999999999999999999', ',c']


def gen_format_float():
    rows = []
    values = SPECIAL + random_floats(20)
    for x in values:
        for spec in FLOAT_SPECS:
            rows.append((bits(x), esc(spec), esc(outcome(lambda: format(x, spec)))))
    for spec in FLOAT_ERR_SPECS:
        rows.append((bits(1.5), esc(spec), esc(outcome(lambda: format(1.5, spec)))))
    write('format_float.tsv', rows)


# ---------------------------------------------------------------- ints
INTS = [0, 1, -1, 7, -7, 10, 42, -42, 255, -255, 1000, 1234, -1234, 65535, 123456789,
        -987654321, 2 ** 31, 2 ** 32 - 1, 2 ** 53 + 1, 2 ** 63, -2 ** 63, 2 ** 64 + 5,
        2 ** 100, -2 ** 100, 10 ** 30 + 7, 3 ** 80, 0x10FFFF, 0x110000, 97, 0xD7FF]
INT_SPECS = ['d', 'b', 'o', 'x', 'X', 'n', 'c', '#b', '#o', '#x', '#X', '+d', ' d', '-d',
             '+x', ' #X', '10', '<10', '^10', '>10', '=10', '010', '0=10', '0<10', '*^12',
             '#010x', '+#012b', ',', '_', ',d', '_d', '_b', '_o', '_x', '_X', '#_x', '#_b',
             '012,', '010,', '09,', '08,', '07,', '015_', '012_x', '#012_x', '+020,',
             ' 015,d', '=+12,', 'e', 'E', 'f', 'F', 'g', 'G', '%', '.2e', '.3f', ',.2f',
             '010.1f', '+.4g', '.0%', '#.0e', '_.1f', '10c', '<5c', '=5c', '05c', '\u00e9^9x',
             '#08o', '#8o', '0', '00', '1', 'n', '010n', '+n', '_.3g', ',e']
INT_ERR_SPECS = ['.2', '.2d', 'z', 'zd', '+c', '#c', ',c', ',x', ',b', '_n', ',n', 's', 'q',
                 '10.2q', 'abc', '\x01', '\u00e9', ',,', ',_', '_,', 'r', '.', '#.']


def gen_format_int():
    rows = []
    for v in INTS:
        for spec in INT_SPECS:
            rows.append((str(v), esc(spec), esc(outcome(lambda: format(v, spec)))))
    for spec in INT_ERR_SPECS:
        rows.append(('5', esc(spec), esc(outcome(lambda: format(5, spec)))))
    big = 2 ** 1024
    for spec in ['e', 'f', 'g', '%']:
        rows.append((str(big), spec, esc(outcome(lambda: format(big, spec)))))
    for v in [2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 2 ** 1023 + 1, 2 ** 60 + 1,
              2 ** 54 + 3, 2 ** 54 + 2, 2 ** 54 + 6, -(2 ** 80 + 2 ** 27 + 1)]:
        rows.append((str(v), '.17g', esc(outcome(lambda: format(v, '.17g')))))
        rows.append((str(v), 'e', esc(outcome(lambda: format(v, 'e')))))
    write('format_int.tsv', rows)


# ---------------------------------------------------------------- strs
STRS = ['', 'a', 'abc', 'hello world', '\u00e9t\u00e9', '\u65e5\u672c\u8a9e', '\U0001f600x']
STR_SPECS = ['s', '5', '<5', '>5', '^5', '^6', '*^7', '.2', '.0', '10.2', '>10.1s', '\u00e9<6',
             '05', '0>5', '0<5', '0^5', '3', '.10', '<', 'x^1']
STR_ERR_SPECS = ['d', '+', '-', ' ', 'z', '#', '=5', ',', '_', ',s', '.', 'r', '0=5', 'ss']


def gen_format_str():
    rows = []
    for s in STRS:
        for spec in STR_SPECS:
            rows.append((esc(s), esc(spec), esc(outcome(lambda: format(s, spec)))))
    for spec in STR_ERR_SPECS:
        rows.append(('ab', esc(spec), esc(outcome(lambda: format('ab', spec)))))
    write('format_str.tsv', rows)


# ---------------------------------------------------------------- parsing
FLOAT_INPUTS = ['0', '1', '-1', '+1.5', '  3.25  ', '\t\n1e5\r', '1e', '1e+', '.5', '5.', '.',
                '-.5e-3', '1_000.5', '1__0', '_1', '1_', '1._5', '1_.5', '1e1_0', '1_e10',
                'inf', '-inf', '+INF', 'Infinity', '-iNfInItY', 'infinit', 'nan', '-NaN',
                '+nan', 'nan1', '0x10', '1e400', '-1e400', '1e-400', '4.9e-324', '2.4e-324',
                '2.5e-324', '1.7976931348623157e308', '1.7976931348623159e308', '', '   ',
                '1 2', '\u00a01.5\u2003', '\u0661\u0662\u0663', '\uff11.\uff15', '1\x00',
                '\x1c1', '1.5\u00e9', '0.1', '123456789012345678901234567890',
                '0.000000000000000000000000000001', '1E5', '1e-5', '9007199254740993',
                '1.00000000000000011102230246251565404236316680908203125',
                '1.000000000000000111022302462515654042363166809082031251', '+-1', '--1',
                '1e0001', '1_2_3.4_5e6_7', '0e0', '-0', '-0.0', '00001', '1.5E+3']
INT_INPUTS = [('0', 10), ('123', 10), ('-123', 10), ('+5', 10), (' 42 ', 10), ('1_000', 10),
              ('1__0', 10), ('_1', 10), ('1_', 10), ('0x1f', 16), ('0X1F', 16), ('1f', 16),
              ('0x_1f', 16), ('0x__1f', 16), ('0b1', 16), ('0b101', 2), ('0o17', 8),
              ('17', 8), ('18', 8), ('z', 36), ('Zz', 36), ('10', 0), ('010', 0), ('00', 0),
              ('0_0', 0), ('0_1', 0), ('0x10', 0), ('0o10', 0), ('0b10', 0), ('-0x10', 0),
              ('0x', 16), ('0x', 0), ('', 10), ('  ', 10), ('+', 10), ('- 1', 10),
              ('1 1', 10), ('\u0661\u0662', 10), ('\u00a012\u2003', 10), ('12\x00', 10),
              ('1.5', 10), ('9' * 50, 10), ('-' + '7' * 40, 10), ('0b', 2), ('0b_', 2),
              ('0_b1', 0), ('1', 2), ('2', 2), ('0' * 5, 10), ('-0', 10), ('1_2_3', 10),
              ('ff', 15), ('ff', 16), ('\u00e9', 10), ('1\u00e9', 16), ('0O7', 0),
              ('0B1', 0), ('0XfF', 0), ('0x1_f', 0), ('0_x1', 0), ('\t-0b1\n', 0)]


def gen_parse():
    rows = []
    for s in FLOAT_INPUTS:
        try:
            v = float(s)
            rows.append((esc(s), bits(v)))
        except ValueError:
            rows.append((esc(s), '!'))
    write('parse_float.tsv', rows)
    rows = []
    for s, base in INT_INPUTS:
        try:
            rows.append((esc(s), str(base), str(int(s, base))))
        except ValueError:
            rows.append((esc(s), str(base), '!'))
    write('parse_int.tsv', rows)


# ---------------------------------------------------------------- rounding
def gen_round():
    rows = []
    values = SPECIAL + random_floats(150)
    for x in values:
        for nd in [None, -400, -309, -308, -20, -3, -2, -1, 0, 1, 2, 3, 5, 10, 15, 17, 20, 300,
                   323, 324]:
            if nd is None:
                r = outcome(lambda: round(x))
                r = r if isinstance(r, str) else bits(float(r))
                rows.append((bits(x), 'None', esc(r)))
            else:
                r = outcome(lambda: round(x, nd))
                r = r if isinstance(r, str) else bits(r)
                rows.append((bits(x), str(nd), esc(r)))
    write('round.tsv', rows)


def gen_hex():
    rows = []
    for x in SPECIAL + random_floats(200):
        rows.append((bits(x), x.hex()))
    write('float_hex.tsv', rows)
    inputs = ['0x1p0', '0x1.8p1', '-0x1.8p-1', '  0X1.fP+3  ', '1', '1.', '.8', '0x.8',
              '0x', 'x1', '0x1p', '0x1p+', 'inf', '-Infinity', 'nan', '+nan', 'infx', '0x1g',
              '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '0x1p1024', '0x1p-1074',
              '0x1p-1075', '0x1.0000000000001p-1075', '0x3p-1076', '0x1.00000000000008p0',
              '0x1.00000000000008000001p0', '0x1.00000000000018p0', '0x0.0000000000001p-1022',
              '0x1p99999999999999999999', '0x1p-99999999999999999999', '0x0p99999999999',
              '-0x0p0', '0x00000000000001p-1', 'abc', '', '0x1.2.3', '0x1p1.5',
              '0x123456789abcdef0123p-10', '1e5', '0x1P-1022', '0x1.8p-1074']
    rows = []
    for s in inputs:
        r = outcome(lambda: float.fromhex(s))
        rows.append((esc(s), r if isinstance(r, str) else bits(r)))
    write('float_fromhex.tsv', rows)


# ---------------------------------------------------------------- %-formatting
def enc_value(v):
    if isinstance(v, bool):
        return 'b:%d' % v
    if isinstance(v, int):
        if v == 10 ** 5000:
            return 'i:1e5000'
        return 'i:%d' % v
    if isinstance(v, float):
        return 'f:' + bits(v)
    if isinstance(v, str):
        return 's:' + esc(v)
    if isinstance(v, list):
        assert not v
        return 'l:'
    raise TypeError(v)


def enc_args(a):
    if isinstance(a, tuple):
        return ['T'] + [enc_value(v) for v in a]
    if isinstance(a, dict):
        return ['D'] + ['%s=%s' % (esc(k), enc_value(v)) for k, v in a.items()]
    return ['S', enc_value(a)]


INF = float('inf')
NAN = float('nan')
PERCENT_CASES = [
    ('%5.2f%%', (3.14159,)), ('%-5d|', (42,)), ('%r', ('abc',)), ('%r', (1.5,)),
    ('%a', ('\u00e9\u65e5x',)), ('%s', ('\u00e9',)), ('%5s|%-5s|', ('ab', 'cd')),
    ('%.2s', ('abcdef',)), ('%5.1s|', ('xyz',)), ('%-5r|', ('a',)), ('%s', ([],)),
    ('%s %s', (1, 2)), ('%s %s', (1,)), ('%s', (1, 2)), ('abc', ()), ('abc', 5), ('abc', []),
    ('abc', {}), ('%s', 5), ('%s', 'x'), ('%d', True), ('%s', True), ('%r', False),
    ('%d', (3.99,)), ('%i', (-3.99,)), ('%u', (7,)), ('%x', (255,)), ('%X', (255,)),
    ('%o', (8,)), ('%#x', (255,)), ('%#X', (255,)), ('%#o', (8,)), ('%#5x|', (255,)),
    ('%#-8o|', (8,)), ('%#08X', (255,)), ('%+#x', (255,)), ('%-#10x|', (-255,)),
    ('%#010o', (-8,)), ('%x', (3.0,)), ('%o', ('a',)), ('%d', ('5',)), ('%d', ([],)),
    ('%05s|', ('a',)), ('%-05d|', (3,)), ('%+05d', (3,)), ('% 05d', (3,)), ('% d', (3,)),
    ('%+d', (-3,)), ('%.5d', (-42,)), ('%.5x', (255,)), ('%#.5o', (8,)), ('%-+8.4d|', (7,)),
    ('%08.4d', (7,)), ('%+.3d', (0,)), ('%5.3d|', (-7,)), ('%d', (2 ** 100,)),
    ('%,d', (1,)), ('%y', (1,)), ('abc %y', 1), ('%y', ()), ('%\u00e9', (1,)), ('%\x01', (1,)),
    ('%', ()), ('abc%', (1,)), ('%5', (1,)), ('%.', (1,)), ('%-', (1,)), ('%(a', {'a': 1}),
    ('%(a)', {'a': 1}), ('%(a)s', {'a': 1}), ('%(a)s %(b)r', {'a': 1, 'b': 'x'}),
    ('%(a)s %s', {'a': 1}), ('%s', {'a': 1}), ('%(a)s', (1,)), ('%(missing)s', {'a': 1}),
    ('%(a)-*s', {'a': 1}), ('%(a(b))s', {'a(b)': 5}), ('%(a)s%%', {'a': 2}),
    ('%*d', (5, 3)), ('%*d|', (-5, 3)), ('%-*d|', (5, 3)), ('%.*f', (2, 3.14159)),
    ('%.*f', (-5, 3.14159)), ('%*.*f|', (8, 3, 2.5)), ('%*d', ('a', 1)), ('%.*d', (1.5, 1)),
    ('%*d', (2 ** 63, 1)), ('%.*d', (2 ** 31, 1)), ('%*s', (True, 'x')), ('%*', (3,)),
    ('%ld %hi %Lf', (1, 2, 3.0)), ('%lz', (1,)), ('%h', (1,)),
    ('%f', (3.14159,)), ('%e', (12345.678,)), ('%E', (0.00012,)), ('%g', (1e20,)),
    ('%G', (1e-20,)), ('%F', (INF,)), ('%f', (NAN,)), ('%F', (-INF,)), ('%g', (0.0001,)),
    ('%g', (123456789.0,)), ('%.0f', (0.5,)), ('%.0f', (1.5,)), ('%.0e', (2.5,)),
    ('%#.0f', (2.0,)), ('%#.0e', (3.0,)), ('%#g', (1.0,)), ('%#.3g', (100.0,)),
    ('%10.3e|', (1234.5,)), ('%-+10.2g|', (0.000012345,)), ('%08.3f', (-3.14159,)),
    ('%-8.3f|', (2.5,)), ('%+.3e', (12345.678,)), ('% .2E', (0.00012,)), ('%010F', (NAN,)),
    ('%-10f|', (-INF,)), ('%+f', (INF,)), ('% f', (NAN,)), ('%05f', (INF,)),
    ('%010.2f', (-0.0,)), ('%f', (5,)), ('%f', (2 ** 1024,)), ('%f', ('5',)), ('%.200f', (1.0,)),
    ('%.3f', (True,)), ('%g', (2 ** 60,)), ('%d', (INF,)), ('%d', (NAN,)), ('%x', (INF,)),
    ('%c', ('a',)), ('%c', (66,)), ('%c%c', ('a', 66)), ('%c', ('ab',)), ('%c', (1.5,)),
    ('%c', (-1,)), ('%c', (0x110000,)), ('%c', (2 ** 70,)), ('%5c|', ('x',)), ('%-5c|', (0x1F600,)),
    ('%05c|', ('x',)), ('%c', ([],)), ('%c', (True,)), ('a%%b', ()), ('%%%s%%', ('x',)),
    ('%s\u00e9%s', ('\u65e5', 1)), ('%(k)s', []), ('x' * 3 + '%s', ('y',)),
    ('%-+ #0d', (5,)), ('%#d', (5,)), ('%#s', ('x',)), ('%+s', ('x',)), ('%010s', ('x',)),
    ('%.3r', ('abcdef',)), ('%.1a', ('\u00e9',)), ('%r', ('it\'s',)), ('%5%', ()),
    ('%-5%|', ()), ('%s %% %s', (1, 2)), ('%(a)s %(a)s', {'a': 7}),
    ('%i', (10 ** 5000,)),
]


def gen_percent():
    rows = []
    for fmt, args in PERCENT_CASES:
        r = outcome(lambda: fmt % args)
        rows.append([esc(fmt), esc(r)] + enc_args(args))
    write('percent.tsv', rows)


# ---------------------------------------------------------------- str.format templates
MARKUP_CASES = ['', 'abc', '{}', '{0}', '{name}', 'a{0}b{1}c', '{{}}', 'a}}b{{c', '{!r}',
                '{0!r:>{1}}', '{:{:{}}}', '{0:d}', '{a.b[c]d}', '{0[a]]}', '{0]}', 'x{0.}',
                '{!r', '{!}', '{!', '{0', '{', '}', 'ab}', 'a{b', '{[}', '{0[}', '{0!rr}',
                '{:', '{0:{', '{a{b}', '{0!x}', '{0!\u00e9:>3}', '\u00e9{0}\u65e5',
                '{0:{{}}}', '{:}}', '{[]}', '{0[]}', '{ 0 }', '{0!s:}', '{!a}x{!s:^{w}}',
                '{0:>{1}{2}}', '{\u0661}', '{{{0}}}', '}}{{', '{}}', '{{}', '{:{}', 'a{0:x}}b']


def enc_markup(items):
    out = []
    for lit, name, spec, conv in items:
        out.append(esc(lit))
        out.append('-' if name is None else '=' + esc(name))
        out.append('-' if spec is None else '=' + esc(spec))
        out.append('-' if conv is None else '=' + esc(conv))
    return out


def gen_markup():
    import _string
    rows = []
    for s in MARKUP_CASES:
        items = []
        err = ''
        try:
            for item in _string.formatter_parser(s):
                items.append(item)
        except ValueError as e:
            err = '!ValueError: %s' % e
        rows.append([esc(s), esc(err)] + enc_markup(items))
    write('markup.tsv', rows)
    rows = []
    for name in ['', '0', 'a', 'a.b', 'a[0]', '0.x[y].z', 'a[', 'a[0', 'a[0]x', 'a.', 'a..b',
                 'a[]', '12[34][x y]', '\u0661[\u0662]', 'a.b[c.d]', 'a[1]]', '[0]', '.x',
                 '99999999999999999999', 'a[99999999999999999999]', 'a[-1]', 'a[0x]']:
        try:
            first, rest = _string.formatter_field_name_split(name)
        except ValueError as e:
            rows.append([esc(name), esc('!ValueError: %s' % e)])
            continue
        parts = []
        err = ''
        try:
            for is_attr, key in rest:
                parts.append(('.' if is_attr else ('#' if isinstance(key, int) else '[')) + esc(str(key)))
        except ValueError as e:
            err = '!ValueError: %s' % e
        first_enc = ('#%d' % first) if isinstance(first, int) else ('=' + esc(first))
        rows.append([esc(name), first_enc, esc(err)] + parts)
    write('field_name.tsv', rows)


# ---------------------------------------------------------------- spec parsing with unicode digits
def gen_misc():
    rows = []
    for v, spec in [(5, '\u0665'), (5, '\u0661\u0660'), (1.5, '.\u0662f'), ('ab', '\uff15'),
                    (5, '\u00b2'), (5, '0\u0665')]:
        rows.append([type(v).__name__, esc(repr(v)), esc(spec), esc(outcome(lambda: format(v, spec)))])
    write('format_misc.tsv', rows)


# ---------------------------------------------------------------- complex
def gen_complex():
    comps = [0.0, -0.0, 1.0, -1.5, 2.5, 1e20, 1.5e-7, 1234567.891, float('inf'), float('-inf'),
             float('nan'), -0.0001]
    specs = ['', '10', '<20', '^20', '>20', '+', '-', ' ', '.2f', '.3e', 'g', 'G', '.0', '.3',
             '#', '#.2f', ',.2f', '_', 'z', 'z.1f', '010', '0<10', '=10', 'n', '%', 'd',
             '*^30.3g', 'E', 'F', 'x<25,.1f', '.0f', '+.1e', ' g', '#g', '30', ',', '_e']
    rows = []
    for re in comps:
        for im in comps:
            z = complex(re, im)
            rows.append((bits(re), bits(im), 'repr', esc(repr(z))))
            for spec in specs:
                rows.append((bits(re), bits(im), esc(spec), esc(outcome(lambda: format(z, spec)))))
    write('complex.tsv', rows)


if __name__ == '__main__':
    gen_repr()
    gen_format_float()
    gen_format_int()
    gen_format_str()
    gen_parse()
    gen_round()
    gen_hex()
    gen_percent()
    gen_markup()
    gen_misc()
    gen_complex()
