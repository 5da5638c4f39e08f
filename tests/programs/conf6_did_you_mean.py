# regen: full-stderr
import math
class Inventory:
    def __init__(self):
        self.items = {}
        self.capacity = 10
    def add_item(self, name):
        self.items[name] = 1
inv = Inventory()
tests = [
    lambda: inv.add_itme('x'),
    lambda: inv.capacty,
    lambda: inv.ITEMS,
    lambda: math.sqr(2),
    lambda: [].apend(1),
    lambda: 'abc'.uper(),
    lambda: inv.zzzzzzzzz,
    lambda: lenn([1]),
    lambda: Inventori(),
    lambda: prnt('x'),
    lambda: {}.itmes(),
    lambda: (1).bit_lenght(),
    lambda: inv.Capacity,
    lambda: Inventory.add_iten,
    lambda: local_fn(),
    lambda: type('T', (), {'alpha': 1, 'beta': 2})().alpah,
]
class MyAttrError(AttributeError):
    pass
class Strict:
    def __getattr__(self, name):
        raise MyAttrError(name)
tests.append(lambda: Strict().capacity)
def local_fn():
    counter = 1
    return countr
def unbound():
    valu = 1
    del valu
    return valu
tests.append(unbound)
import traceback
import sys
for t in tests:
    try:
        t()
    except (AttributeError, NameError) as e:
        sys.stderr.flush()
        print(type(e).__name__, e)
        print(traceback.format_exception_only(type(e), e)[-1], end='')
        sys.__excepthook__(type(e), e, None)
def compute(values):
    total = 0
    for value in values:
        totl = total + value
    return totall
compute([1, 2])
