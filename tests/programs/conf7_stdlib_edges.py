# Stdlib edge cases that once differed from CPython 3.11.
import enum, re, statistics
from decimal import Decimal
from fractions import Fraction

# EnumType.__getattr__ (3.11): a missing member raises AttributeError(name).
class E(enum.Enum):
    A = 1
try:
    E.C
except AttributeError as e:
    print("AttributeError:", e)
print(E.A, getattr(E, "B", "default"), hasattr(E, "A"), hasattr(E, "Z"))

# statistics converts its exact Fraction result back to Decimal by dividing the parts.
print(statistics.mean([Decimal("1.5"), Decimal("2.5"), Decimal("4")]))
print(statistics.mean([Decimal("1"), Decimal("2")]), statistics.median([Decimal("1"), Decimal("4")]))
print(statistics.fmean([Decimal("1"), Decimal("2")]), statistics.mean([Fraction(1, 3), Fraction(1, 6)]))

# re rejects variable-width look-behind with the parser's message.
for pat in [r"(?<=a+)b", r"(?<!x*)y", r"(?<=ab)c"]:
    try:
        print(re.search(pat, "abc"))
    except re.error as e:
        print("re.error:", e)

# deepcopy of frozensets (and subclasses) reduces them to a list of items.
import copy
class F(frozenset):
    pass
f = F({1, 2})
g = copy.deepcopy(f)
print(type(g).__name__, sorted(g), g == f)
print(copy.deepcopy(frozenset({(1, 2)})), copy.copy(frozenset({1})))
print(copy.deepcopy({frozenset({1}): [frozenset()]}))
