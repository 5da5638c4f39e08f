# dataclasses: fields, defaults, order, frozen, asdict, KW_ONLY, InitVar, post_init
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1); print(p, p == P(1), p == P(2), P(1, 2, ['a']))
print(fields(P)[0].name, [f.name for f in fields(p)], asdict(p), astuple(P(1, 2, [3])), replace(p, y=5), is_dataclass(p), is_dataclass(3))
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = 'z'
print(V(1) < V(2), V(1, 'a') < V(1, 'b'), sorted([V(3), V(1)]), hash(V(1)) == hash(V(1)), V.__hash__ is not None)
try: V(1).a = 3
except FrozenInstanceError as e: print('frozen', e)
try: P()
except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        x: int = 1
        y: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e: print(e)
@dataclass
class C3(P):
    z: int = 9
    def __post_init__(self): self.w = self.x + self.z
c = C3(1); print(c, c.w, P.__hash__)
@dataclass(eq=False)
class NE:
    v: int
print(NE(1) == NE(1), NE(1))
@dataclass
class Nest:
    p: P
    ps: list
print(asdict(Nest(P(1), [P(2)])))
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = field(default=3, repr=False)
print(K(1, b=5), K.__match_args__)
@dataclass
class IV:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.x *= scale
print(IV(3), IV(3, 10))
@dataclass(unsafe_hash=True)
class UH:
    x: int
print(hash(UH(1)) == hash(UH(1)))
@dataclass
class Empty: pass
print(Empty(), Empty() == Empty())
print(P.__init__.__qualname__, P.__repr__.__qualname__)
@dataclass
class Rec:
    x: object = None
r = Rec(); r.x = r; print(r)
