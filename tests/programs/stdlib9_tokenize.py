import io
import token
import tokenize

src = '''def f(a, b=2):
    """doc
    string"""
    x = a + b  # add
    if x >= 10:
        return x ** 2

    return [1.5, 0x1F, 3j, 'it''s', rb"raw"]
print(f(1), f(9))
y = (1,
     2)
'''

for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(tok)

print('---exact')
for tok in tokenize.generate_tokens(io.StringIO("a[1] += -b ** 2 // c @ d != e ...\n").readline):
    print(token.tok_name[tok.exact_type], repr(tok.string))

print('---bytes')
for tok in tokenize.tokenize(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = 1").readline):
    print(tok.type, token.tok_name[tok.type], repr(tok.string), tok.start, tok.end)

print('---untokenize')
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
print(tokenize.untokenize(toks) == src)
print(repr(tokenize.untokenize([(t.type, t.string) for t in toks][:12])))

print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfprint(1)\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'#!/usr/bin/python\n# coding=utf_8\n').readline))

try:
    list(tokenize.generate_tokens(io.StringIO('x = (1,\n').readline))
except tokenize.TokenError as e:
    print('TokenError', e.args)
try:
    list(tokenize.generate_tokens(io.StringIO('s = """abc\n').readline))
except tokenize.TokenError as e:
    print('TokenError', e.args)
try:
    list(tokenize.generate_tokens(io.StringIO('if x:\n        a\n    b\n').readline))
except IndentationError as e:
    print('IndentationError', e.args)
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.ISEOF(0), token.N_TOKENS)
print(sorted(token.EXACT_TOKEN_TYPES.items())[:5])
