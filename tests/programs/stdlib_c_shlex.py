import shlex

cases = [
    "a b c",
    "  leading and   trailing  ",
    "'single quoted' \"double quoted\"",
    "mixed'quo'ted\"wo\"rd",
    r"escaped\ space and\"quote",
    r'"inside \"dq\" and \\ and \n"',
    r"'no \escapes in single'",
    "cmd --opt=\"a b\" -x 'c d'",
    "# not a comment by default",
    "",
    "''",
    'a "" b',
    "tab\tsep\nnewline",
    "semi;colon|pipe&amp",
]
for c in cases:
    print(repr(c), "->", shlex.split(c))
print(shlex.split("ls # comment here", comments=True))
print(shlex.split("a#b c", comments=True))
print(shlex.split("echo 'it''s'", posix=True))
print(shlex.split("a 'b c' \"d e\"", posix=False))
for bad in ["'unterminated", '"also', "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)

for s in ["", "simple", "with space", "it's", "$HOME", "a;b", "file.txt", "x=1,y@z:w%/-+",
          "tab\there", "ünïcode", '"dq"']:
    print(repr(s), "->", shlex.quote(s))
print(shlex.join(["echo", "hello world", "it's", ""]))
cmd = ["grep", "-e", "a b", "--", "$x"]
print(shlex.split(shlex.join(cmd)) == cmd)

lex = shlex.shlex("a = b + 'c d'; e(f, 12.5) # trailing")
print(list(lex))
lex = shlex.shlex("a = b + 'c d'; e(f)", posix=True)
print(list(lex))
lex = shlex.shlex("x && y || z; (w) > out", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("a b c")
print(lex.get_token(), lex.get_token())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("one\ntwo three\nfour", posix=True)
lex.whitespace_split = True
out = []
for tok in lex:
    out.append((tok, lex.lineno))
print(out, lex.error_leader("f.txt", 3))
lex = shlex.shlex("a,b;c", posix=True)
lex.whitespace = ',;'
lex.whitespace_split = True
print(list(lex), repr(shlex.shlex("", posix=True).get_token()), repr(shlex.shlex("").get_token()))
