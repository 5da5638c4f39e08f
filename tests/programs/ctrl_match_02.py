# match statement: every pattern kind, edge cases and errors
import collections
import collections.abc


class Color:
    RED = 1
    GREEN = 2


class Pt:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Pt3(Pt):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class MyInt(int):
    pass


class MyList(list):
    pass


class D(dict):
    def __missing__(self, key):
        print("  __missing__ called!", key)
        return 0


class Seq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


def kind(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case -1:
            return "minus one"
        case 1.5 | 2.5:
            return "one-and-half or two-and-half"
        case 1 + 2j:
            return "complex"
        case "abc" | b"abc":
            return "abc str/bytes"
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case (0 | 1 | 2) as small:
            return f"small {small}"
        case (((str() as s))):
            return f"str {s!r}"
        case _:
            return "other"


for v in [None, True, False, -1, 1.5, 2.5, 1 + 2j, "abc", b"abc", 1, 2, 0, "x", 3.25, 7]:
    print(repr(v), "->", kind(v))


def seq(x):
    match x:
        case []:
            return "empty"
        case [x0]:
            return f"one {x0}"
        case [a, b, *_]  if a == b:
            return f"starts with equal pair {a}"
        case (a, *mid, z) if mid:
            return f"a={a} mid={mid} z={z}"
        case [[p, q], [r, s]]:
            return f"nested {p}{q}{r}{s}"
        case [*init, "end"]:
            return f"init {init}"
        case [a, b]:
            return f"pair {a} {b}"
        case _:
            return "no sequence match"


for v in [[], (), [1], (5,), [3, 3, 4], (1, 2, 3, 4), [[1, 2], [3, 4]], ["a", "end"], (1, 2),
          "ab", b"ab", bytearray(b"ab"), range(3), collections.deque([9, 9]), MyList([7]),
          Seq(1, 2), {1: 2}, {1, 2}, 42, memoryview(b"xy")]:
    print(type(v).__name__ if isinstance(v, (Seq, memoryview)) else repr(v), "->", seq(v))


def mapping(m):
    match m:
        case {"a": 1, "b": [x, y]}:
            return f"a1 b=[{x},{y}]"
        case {"k": Color.RED, **rest}:
            return f"red rest={rest}"
        case {"k": _, **rest} if not rest:
            return "k only"
        case {0: z, 1: _}:
            return f"zero {z}"
        case {}:
            return f"mapping len {len(m)}"
        case _:
            return "not a mapping"


for v in [{"a": 1, "b": [2, 3]}, {"a": 1, "b": [2]}, {"k": 1, "q": 2, "r": 3}, {"k": 5},
          {"k": 5, "x": 1}, {0: "zero", 1: "one"}, D(), D(a=1), collections.OrderedDict(k=1),
          [1], "s"]:
    print(repr(v), "->", mapping(v))


def cls(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case MyInt(n):
            return f"MyInt {n}"
        case int(0) | float(0.0):
            return "zero number"
        case int(n) | float(n):
            return f"number {n}"
        case str("x") | bytes(b"x") | bytearray(b"x"):
            return "x-like"
        case list([1, *r]) | tuple((1, *r)):
            return f"starts with 1 then {r}"
        case dict({"d": v}):
            return f"dict with d={v}"
        case set() | frozenset() as s if len(s) == 0:
            return "empty set"
        case frozenset(s) | set(s):
            return f"set of {len(s)}"
        case Pt3(x, y, z=0):
            return f"Pt3 flat {x},{y}"
        case Pt3(1, 2, 3):
            return "Pt3 123"
        case Pt(x=0, y=yy):
            return f"Pt on y {yy}"
        case Pt(xx, y=Pt(a, b)):
            return f"Pt with nested {xx} {a} {b}"
        case Pt(x=xx):
            return f"Pt x={xx}"
        case object(real=r, imag=i) if i:
            return f"complex-ish {r} {i}"
        case _:
            return "?"


for v in [True, MyInt(5), 0, 0.0, 3, 2.5, "x", b"x", bytearray(b"x"), [1, 2, 3], (1,), {"d": 4},
          set(), frozenset({1, 2}), {3}, Pt3(4, 5, 0), Pt3(1, 2, 3), Pt(0, 9), Pt(1, Pt(2, 3)),
          Pt(7, 8), 3j, "y"]:
    print(repr(v) if not isinstance(v, Pt) else type(v).__name__, "->", cls(v))


# Bindings happen in place, as statements; names stay bound after the match.
match (1, (2, 3)):
    case (first, (second, third) as inner):
        print("bound", first, second, third, inner)
print("after", first, inner)

# Guard sees captured names, failing guard falls through to next case.
for n in range(4):
    match n:
        case k if k % 2:
            print(n, "odd")
        case k:
            print(n, "even", k)

# The subject is evaluated once.
calls = []


def subject():
    calls.append(1)
    return [1, 2]


match subject():
    case [0, _]:
        pass
    case [1, _]:
        print("matched once", len(calls))

# No case matches: nothing happens.
match 99:
    case 1:
        print("no")
print("fallthrough ok")

# Match inside loops with break/continue/return.
for item in [1, "skip", 2, "stop", 3]:
    match item:
        case "skip":
            continue
        case "stop":
            break
        case int(i):
            print("item", i)


# Errors.
class NotTuple:
    __match_args__ = ["a"]

    a = 1


class BadElem:
    __match_args__ = (1,)


class Two:
    __match_args__ = ("a", "b")
    a = b = 0


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


def e1():
    match NotTuple():
        case NotTuple(x):
            pass


def e2():
    match BadElem():
        case BadElem(x):
            pass


def e3():
    match Two():
        case Two(a, b, c):
            pass


def e4():
    match 5:
        case int(a, b):
            pass


def e5():
    not_a_class = 3
    match 5:
        case not_a_class():
            pass


def e6():
    match Two():
        case Two(a, a=b):
            pass


def e7():
    match {"k": 1}:
        case {Color.RED: 1, Color.RED: 2}:
            pass


def e8():
    match Pt(1, 2):
        case Pt():
            print("Pt() with no sub-patterns matches any Pt")
        case _:
            pass


for f in [e1, e2, e3, e4, e5, e6, e7, e8]:
    err(f)

for src in [
    "match x:\n case a:\n  pass\n case 1:\n  pass\n",
    "match x:\n case _:\n  pass\n case 1:\n  pass\n",
    "match x:\n case [a, a]:\n  pass\n",
    "match x:\n case [a] | (b, c):\n  pass\n",
    "match x:\n case a | 1:\n  pass\n",
    "match x:\n case [*a, *b]:\n  pass\n",
]:
    try:
        compile(src, "<m>", "exec")
        print("compiled?!")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# Captures are bound only once the whole pattern matched.
unbound_probe = "unchanged"
match [1, 2]:
    case [unbound_probe, 3]:
        pass
print("after failed match:", unbound_probe)
match [1, [2, 3], {"k": 4, "z": 5}]:
    case [a1, [b1, c1] as bc, {"k": d1, **rest1}] if a1 < d1:
        print("deep", a1, b1, c1, bc, d1, rest1)
match (1, 2):
    case (p, q) | [q, p, _] if p > 5:
        print("no")
    case (p, 2) | (3, p):
        print("or", p)
