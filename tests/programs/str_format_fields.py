# str.format fields: small ints and exact strs with an empty spec are written directly;
# subclasses with __format__, bools, conversions, nested specs and other types are not.
class S(str):
    def __format__(self, spec): return "S<" + spec + ">"
class I(int):
    def __format__(self, spec): return "I<" + spec + ">"
class P:
    def __format__(self, spec): return "P" + spec
    def __str__(self): return "pstr"
    def __repr__(self): return "P()"
vals = [0, -5, 2**70, True, None, 1.5, "txt", S("s"), I(3), P(), [1, "a"], (2,), 3+4j, -0.0]
for f in ["{}", "{!r}", "{!s}", "{:>6}", "{:{}}", "[{0}|{0!r}]", "{:}", "{0:}"]:
    row = []
    for v in vals:
        try:
            row.append(f.format(v, "^5") if "{:{}}" in f else f.format(v))
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(f, row)
print("{a}-{b}-{c}".format(a=1, b="x", c=S("y")), "{}{}{}".format(1, 2, "3"))
print(format(I(5)), format(S("q")), "%s" % I(7))
