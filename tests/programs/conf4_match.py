from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
@dataclass
class Circle:
    center: Point
    r: float
class Color:
    RED = "red"
    GREEN = "green"
def describe(obj):
    match obj:
        case None:
            return "none"
        case True | False as b:
            return f"bool {b}"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "":
            return "empty str"
        case str(s) if s.isdigit():
            return f"digits {s}"
        case str():
            return f"str {obj!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one {x}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [x, y, *_] if x == y:
            return f"pair-start {x}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra {extra}"
        case {"type": t}:
            return f"typed {t}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=Point() as c):
            return f"circle at {c}"
        case Color.RED:
            return "the red"
        case {1: _, 2: _}:
            return "has 1 and 2"
        case set() | frozenset():
            return f"a set of {len(obj)}"
        case _:
            return f"other {type(obj).__name__}"
tests = [None, True, False, 0, -4, 7, 2.5, "", "123", "abc", [], [9], [1, 2, 3], (1,), [5, 5, 6], (4, 5, 6), [4, 5, 6, 7],
         {"type": "user", "name": "ann", "age": 3}, {"type": "admin"}, {"type": "user", "name": 5}, Point(0, 0), Point(0, 4), Point(3, 3),
         Point(1, 2), Circle(Point(1, 1), 20), Circle(Point(2, 2), 1), "red", {1: "a", 2: "b", 3: "c"}, {1, 2}, frozenset(), 3j, b"xy", range(3)]
for t in tests:
    print(repr(t), "->", describe(t))

def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["drop", item, *_]:
            return f"dropping {item}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case _:
            return "nothing"
for c in ["go north", "go up", "take a b c", "take", "drop x y", "quit", "exit", "dance now", ""]:
    print(repr(c), command(c))

class Vec:
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
match Vec(1, 2):
    case Vec(1, b):
        print("vec b =", b)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match "hello":
    case "hel" "lo":
        print("concat literal")
x = 5
match (x, "s"):
    case (5 | 6, "s" | "t") as whole:
        print("or-patterns", whole)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
match -3:
    case -3:
        print("negative literal")
match 1.5:
    case 1.5:
        print("float literal")
match 2+3j:
    case 2+3j:
        print("complex literal")
def walrus_demo(data):
    results = []
    while (chunk := data[:2]):
        results.append(chunk)
        data = data[2:]
    if (n := len(results)) > 2:
        results.append(f"n={n}")
    return results
print(walrus_demo([1, 2, 3, 4, 5]))
print([y for x in range(6) if (y := x * x) % 2], [last := i for i in range(3)], last)
first, *middle, end = range(6)
print(first, middle, end)
*init, tail = "abc"
print(init, tail)
(a, b), [c, *d] = (1, 2), [3, 4, 5]
print(a, b, c, d)
print(*[1, 2], *"ab", sep="|")
print({**{"a": 1}, "b": 2, **{"a": 3}}, [*range(2), *(5,)], {*"aab"} == {"a", "b"})
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
