import array, collections
tests = [
 lambda: [1][[]], lambda: (1,)[[]], lambda: "a"[[]], lambda: b"a"[[]], lambda: {}[[]],
 lambda: [1]["a"], lambda: bytearray(b"a")[1.0], lambda: range(3)[1.0], lambda: [1][1.5],
 lambda: "abc"["x"], lambda: (1,2)[None], lambda: memoryview(b"ab")["x"],
 lambda: array.array('i',[1])["x"], lambda: collections.deque([1])["x"],
 lambda: [1,2][1:"x"], lambda: "ab"[None:"x"], lambda: (1,2)["a":],
 lambda: 5[0], lambda: None[0], lambda: len(5), lambda: iter(5), lambda: next([1]),
 lambda: {}.setdefault([], 1), lambda: {[]: 1}, lambda: {[1]}, lambda: hash([]),
 lambda: [1,2].index(5), lambda: (1,2).index(5), lambda: "ab".index("z"), lambda: [].pop(), lambda: {}.popitem(),
 lambda: set().pop(), lambda: [1].remove(9), lambda: int("x"), lambda: float("x"), lambda: int("9"*5000),
 lambda: 1/0, lambda: 1//0, lambda: 1%0, lambda: 1.0/0, lambda: divmod(1,0), lambda: 2**-1 // 0,
 lambda: "a"+1, lambda: 1+"a", lambda: [1]+(1,), lambda: "a"*"b", lambda: -"a", lambda: ~1.5,
 lambda: abs("x"), lambda: round("x"), lambda: sorted([1,"a"]), lambda: max([]), lambda: min(1),
 lambda: "".join([1]), lambda: "a".split(""), lambda: "{}{}".format(1), lambda: "{0:d}".format("x"),
 lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: f"{1:q}", lambda: format(1.5, "d"),
 lambda: chr(-1), lambda: ord("ab"), lambda: int(None), lambda: list(1), lambda: tuple(None),
 lambda: dict([1]), lambda: dict([(1,2,3)]), lambda: getattr(1, "x"), lambda: setattr(1, "x", 2),
 lambda: object().x, lambda: (lambda a: a)(), lambda: (lambda a: a)(1, 2), lambda: (lambda: 1)(x=1),
 lambda: print(sep=1), lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: [].sort(key=1),
 lambda: sum(["a"]), lambda: sum([1], "a"), lambda: bytes("a"), lambda: bytes([256]), lambda: b"a" + "b",
 lambda: "abc".encode("nope"), lambda: b"\xff".decode(), lambda: [1,2,3][5], lambda: "abc"[10], lambda: (1,)[3],
 lambda: {'a':1}['b'], lambda: [][0], lambda: x_undefined, lambda: int.x, lambda: 1 < "a", lambda: [] < 1,
 lambda: None + 1, lambda: {} | [], lambda: frozenset() + 1, lambda: (1).__foo__, lambda: "abc".foo,
 lambda: complex("x"), lambda: 10 ** 10 ** 10 if False else pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: int("12", 1),
 lambda: [1][2:3:0], lambda: range(1, 2, 0), lambda: enumerate(1), lambda: zip(1), lambda: map(1, [1]).__next__(),
 lambda: "x".center(), lambda: "x".center(5, "ab"), lambda: "a".zfill("x"), lambda: "a".replace(1, 2),
 lambda: "a".startswith(1), lambda: "a" in 1, lambda: 1 in "a", lambda: [] in {}, lambda: del_it(),
]
def del_it():
    d = {}
    del d['k']
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)
