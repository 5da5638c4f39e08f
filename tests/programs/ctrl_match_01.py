# match statement (3.10+)
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int():
            return "int"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case str(s):
            return f"short str {s}"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"list first={first} rest={rest}"
        case {"type": "point", "x": px, "y": py}:
            return f"point({px}, {py})"
        case {"type": t, **others}:
            return f"typed {t} {sorted(others)}"
        case (1, _, 3):
            return "never (tuple matched above as sequence)"
        case None:
            return "none"
        case _:
            return "other"
tests = [0, 2, -7, 99, "hi", "hello", [1, 2], [1, 2, 3], (4, 5), [], {"type": "point", "x": 1, "y": 2},
         {"type": "circle", "r": 3, "c": 0}, None, 3.5, {"notype": 1}]
for t in tests:
    print(repr(t), "->", describe(t))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=x, y=0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9)]:
    print(where(p))
def cmd(s):
    match s.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", *items] if items:
            return "picking " + ",".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case _:
            return "unknown: " + s
for s in ["go north", "pick up sword shield", "pick up", "quit", "exit", "", "dance now"]:
    print(repr(s), cmd(s))
