from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from enum import Enum, IntEnum, Flag, auto, unique
from functools import total_ordering, reduce, partial, lru_cache
from itertools import groupby, accumulate, chain, islice, starmap, zip_longest
from collections import defaultdict, namedtuple, OrderedDict, Counter
from decimal import Decimal
import operator

class Category(Enum):
    FOOD = "food"
    TOOLS = "tools"
    TOYS = "toys"

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    category: Category = Category.FOOD
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_index = self.price * self.qty

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __repr__(self):
        return f"Money({self.cents / 100:,.2f})"
    def __hash__(self):
        return hash(self.cents)

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(account, amount)
        self.account = account
        self.amount = amount
    def __str__(self):
        return f"{self.account.owner} cannot withdraw {self.amount:,}"

class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError(f"invalid amount: {amt}")
        self.balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(self, amt)
        self.balance -= amt
        self.history.append(("wd", amt))
    def __repr__(self):
        return f"<Account #{self.id} {self.owner!r} balance={self.balance:>10,.2f}>"

inv = [
    Item("apple", 0.5, 100, Category.FOOD, ["fruit"]),
    Item("hammer", 12.99, 5, Category.TOOLS),
    Item("bear", 7.25, 12, Category.TOYS, ["plush", "kids"]),
    Item("bread", 2.49, 30, Category.FOOD),
    Item("saw", 24.5, 2, Category.TOOLS),
    Item("yo-yo", 1.75, 40, Category.TOYS),
]
for it in sorted(inv):
    print(it, f"{it.sort_index:>9.2f}")
print(max(inv).name, min(inv).name)
print(sorted(inv, key=lambda i: (i.category.value, -i.price))[0])
keyf = operator.attrgetter("category.value")
for cat, items in groupby(sorted(inv, key=keyf), key=keyf):
    items = list(items)
    total = sum(i.price * i.qty for i in items)
    print(f"{cat:^10}|{len(items):>3}|{total:>12,.3f}|{total:+.1e}|{total/1000:.1%}")
print(asdict(inv[2]))
print(astuple(inv[1]))
print(replace(inv[0], qty=3))
print([f.name for f in fields(Item)])
print(Item("x", 1.0) == Item("x", 1.0, tags=[1]))
p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)))
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(Priority.HIGH > Priority.LOW, Priority(2), Priority["LOW"], Priority.HIGH + 1)
print(list(Priority), [p.name for p in Priority])
print(Perm.R | Perm.W, Perm(7), Perm.R in (Perm.R | Perm.X), repr(Perm(0)))
print(Category("toys"), repr(Category.FOOD), Category.FOOD.name, Category.FOOD.value)
try:
    Category("cars")
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
print(f"{Priority.HIGH}", f"{Category.TOYS}", str(Priority.LOW), format(Priority.MEDIUM, ">5"))

m = [Money(1999), Money(500), Money(123456789), Money(500)]
print(sorted(m), Money(1) <= Money(2), Money(3) >= Money(3), Money(5) > Money(4))
print(reduce(operator.add, m), len(set(m)))
try:
    Money(1) < 5
except TypeError as e:
    print("TypeError:", e)

accts = [Account("alice", 100), Account("bob"), Account("carol", 1_000_000.5)]
accts[1].deposit(50)
for a, amt in [(accts[0], 30), (accts[1], 80), (accts[2], 250_000), (accts[0], 100)]:
    try:
        a.withdraw(amt)
    except InsufficientFunds as e:
        print("error:", e, e.args[1])
try:
    accts[0].deposit(-5)
except ValueError as e:
    print(repr(e))
for a in accts:
    print(a)
print(list(accumulate([5, 3, -2, 10], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(islice(chain("abc", "de"), 1, None, 2)))
Stock = namedtuple("Stock", "sym price shares", defaults=[0])
s = Stock("ACME", 12.5)
print(s, s._asdict(), s._replace(shares=7), Stock._fields, Stock._field_defaults)
c = Counter(i.category.name for i in inv for _ in range(i.qty // 10))
print(c.most_common(2), sorted(c.elements())[:3], c.total())
d = defaultdict(list)
for it in inv:
    d[it.category].append(it.name)
print(dict(d))
print(f"{1234567.891:_.2f} {-0.0:+.1f} {42:#x} {42:#o} {42:#b} {255:08X} {3.14159:10.3f}| {'hi':*^9} {12345678901234567890:,}")
print(f"{Decimal('1234.5678'):,.2f} {Decimal('-0.5'):.0f} {Decimal('2.5'):.0f} {Decimal(1)/Decimal(7)}")
print(format(0.000012345, 'g'), format(1e16, 'g'), format(123456789, '.3g'), format(0.5, '%'), format(1/3, '.2%'))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(90), fib.cache_info())
twice = partial(pow, exp=2)
print(twice(9), twice)
