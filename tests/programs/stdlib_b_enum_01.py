# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, functional API
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self): return self.name.lower()
    @classmethod
    def fav(cls): return cls.RED
print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], Color.RED.name, Color.RED.value, list(Color), len(Color))
print(Color.RED.describe(), Color.fav(), type(Color.RED), type(Color), Color.RED in Color, Color.__members__)
print(f'{Color.RED}', format(Color.RED, '>10'), Color.RED == 1, Color.RED is Color(1))
try: Color(7)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
try: Color.RED = 5
except AttributeError as e: print(e)
try:
    class More(Color): PINK = 4
except TypeError as e: print(e)
class N(Enum):
    A = 1
    B = 1
print(list(N), N.B, N.__members__, N._member_names_)
class Prio(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Prio.LOW, repr(Prio.LOW), f'{Prio.MID}', Prio.HIGH > Prio.MID, Prio.MID + 1, sorted([Prio.HIGH, Prio.LOW]), int(Prio.HIGH), Prio(2), Prio.LOW == 1, hash(Prio.LOW) == hash(1))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.A), S.B.upper(), S('bee'), f'{S.A}!', S.A == 'a')
class P(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(list(P), P.RWX, repr(P.RWX), P(6), P.R | P.X, list(P.RWX), len(P.RWX), ~P.R, P(0), bool(P(0)), repr(P(0)), P.R in P.RWX, P.R & P.W)
try: P(8)
except ValueError as e: print(repr(e))
class IF(IntFlag):
    A = 1
    B = 2
print(IF.A | IF.B, repr(IF.A | 4), repr(~IF.A), IF.A + 1, IF.A == 1, repr(IF(0)), IF(8), repr(IF.A|IF.B))
class G(Flag):
    X = auto(); Y = auto(); Z = auto()
print(list(G), G.Z.value)
A = Enum('A', 'X Y Z'); print(list(A), A.__module__)
B = IntEnum('B', [('P', 5), ('Q', 6)]); print(list(B))
D = Enum('D', {'a': 'x', 'b': 'y'}); print(list(D))
try:
    @unique
    class U(Enum):
        A = 1; B = 1; C = 2; D = 2
except ValueError as e: print(e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2))
class Cn(Enum):
    def __new__(cls, v, label):
        obj = object.__new__(cls)
        obj._value_ = v
        obj.label = label
        return obj
    A = (1, 'one')
print(Cn(1), Cn.A.label, Cn.A.value)
print(Color.RED.__reduce_ex__(2), enum.Flag, enum.EnumMeta is enum.EnumType, isinstance(Color.RED, Enum), issubclass(Prio, int))
class Sh(Enum):
    SQ = 2
    _ignore_ = ['tmp']
    tmp = 5
print(list(Sh), reversed(list(Sh)) is not None, list(reversed(Color)))
class W(Enum):
    A = 'a'
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(W('zzz'))
print(dir(Color.RED))
