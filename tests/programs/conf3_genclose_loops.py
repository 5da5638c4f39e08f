# Generators abandoned by a `for` loop are closed at the loop's exit when the loop holds the
# only reference (CPython: refcount drops to zero), and only then.
import sys, io, re


def gen(tag, n=5):
    try:
        for i in range(n):
            yield i
    finally:
        print("  finally", tag)


class Res:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("  exit", self.tag, a[0].__name__ if a[0] else None)


def with_gen(tag):
    with Res(tag):
        yield 1
        yield 2


print("break:")
for x in gen("a"):
    if x == 1:
        break
print("after break")

print("with in generator:")
for x in with_gen("w"):
    break
print("after with")


def ret():
    for x in gen("r"):
        if x == 2:
            return x
    return -1


print("return:")
print("returned", ret())

print("exception:")
try:
    for x in gen("e"):
        raise KeyError(x)
except KeyError as e:
    print("caught", e)

print("exception leaving a function:")


def raiser():
    for x in gen("f"):
        raise ValueError("v")


try:
    raiser()
except ValueError as e:
    print("caught", e)

print("nested:")
for x in gen("outer"):
    for y in gen("inner"):
        if y == 1:
            break
    print("  inner done", x)
    if x == 1:
        break
print("after nested")

print("nested exception:")
try:
    for x in gen("o2"):
        for y in gen("i2"):
            raise IndexError
except IndexError:
    print("caught IndexError")

print("generator expression:")
for x in (v * 2 for v in range(10)):
    if x == 4:
        break
print("after genexp", x)

print("method:")


class C:
    def items(self):
        try:
            yield "a"
            yield "b"
        finally:
            print("  method finally")


for x in C().items():
    break
print("after method")

print("keyword args:")
for x in gen(n=3, tag="kw"):
    break
print("after kw")

print("exhausted:")
for x in gen("x", 2):
    pass
print("after exhausted")

print("continue then break:")
for x in gen("c"):
    if x < 3:
        continue
    break
print("after continue")

print("loop in generator:")


def outer():
    for x in gen("in-outer"):
        yield x


o = outer()
print(next(o))
o.close()
print("after outer close")

print("try/finally around break:")
for x in gen("tf"):
    try:
        break
    finally:
        print("  loop finally")
print("after tf")

print("close raises:")
sys_stderr = sys.stderr
sys.stderr = buf = io.StringIO()


def bad():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


for x in bad():
    break
print("after bad")


def ignore():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("  ignoring")


for x in ignore():
    break
print("after ignore")
sys.stderr = sys_stderr
for line in buf.getvalue().splitlines():
    print("  err:", re.sub(r"0x[0-9a-f]+", "ADDR", line.replace(__file__, "FILE")))
