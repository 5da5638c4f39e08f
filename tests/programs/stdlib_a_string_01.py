# string: Template (custom delimiter, errors, identifiers) and Formatter
import string
t = string.Template("$who likes $what, ${who}'s favourite $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"))
print(t.substitute({"who": 1, "what": 2}, what=3))
for tpl in ["bad $ here", "x ${a", "line1\nline2 $5", "$"]:
    try: print(string.Template(tpl).substitute(a=1))
    except ValueError as e: print("ValueError", e)
    print(string.Template(tpl).safe_substitute(a=1))
print(string.Template("$a $b ${c} $a").get_identifiers(), string.Template("$a $").is_valid())
class P(string.Template):
    delimiter = '%'
print(P("%x and %%").substitute(x=5))
f = string.Formatter()
print(f.format("{0}-{1}", "a", "b"), f.format("{} {}", 1, 2), f.format("{x!r:>6}|{0[1]}|{y.real}", [5, 6], x="q", y=3))
print(list(f.parse("a{0}b{1:>3}c{x!r}{{}}")))
print(f.format("{:{w}}|", "ab", w=5))
try: f.format("{0}{}", 1, 2)
except ValueError as e: print(e)
