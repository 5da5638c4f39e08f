# regen: full-stderr
# Traceback positions: a comprehension's loop is marked at the whole expression (an error
# raised while it fetches the next item), and a failed `assert` at its comparison.
import traceback, sys


def gen():
    yield 1
    yield 1 / 0


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc()


show(lambda: [x for x in gen()])
show(lambda: {x: 1 for x in gen()})
show(lambda: sum(x for x in gen()))
show(lambda: [x for x in range(2) for y in gen()])


def loop():
    for x in gen():
        pass


show(loop)


def asserts(x):
    assert x.real != 0 and x.imag == 7, f"bad {x}"


def asserts2(x):
    assert not x == 3


def asserts3(x):
    assert (x == 1) if x else x
show(lambda: asserts(2))
show(lambda: asserts2(3))
show(lambda: asserts3(2))


def check(v):
    assert v < 10 < 20, "too big"


check(42)
