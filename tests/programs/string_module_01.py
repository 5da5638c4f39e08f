# string module constants and helpers
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(string.capwords("hello world"), string.capwords("  multiple   spaces here "), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes $what, ${who}'s favourite")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(all(c in string.printable for c in "Hello, World!"), sum(c in string.punctuation for c in "a.b,c!d?"))
def is_pangram(s):
    return set(string.ascii_lowercase) <= set(s.lower())
print(is_pangram("The quick brown fox jumps over the lazy dog"), is_pangram("hello"))
def rot13(s):
    lc, uc = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lc + uc, lc[13:] + lc[:13] + uc[13:] + uc[:13])
    return s.translate(table)
print(rot13("Hello, World!"), rot13(rot13("Round trip")))
print("".join(c for c in "P@ssw0rd! 123" if c in string.ascii_letters + string.digits))
print([string.ascii_uppercase.index(c) for c in "PYTHON"])
print(string.Formatter().format("{0}-{1}", "a", "b"))
