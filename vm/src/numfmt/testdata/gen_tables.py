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
           6.02214076e23, -123.0, 7.0, 1e5, 123456.0, 1234567.0, 0.001, 0.01]
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


if __name__ == '__main__':
    gen_repr()
    gen_format_float()
    gen_format_int()
    gen_format_str()
    gen_parse()
    gen_round()
    gen_hex()
