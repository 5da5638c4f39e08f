# Loop-owned generators closed while unwinding: exc_info inside, with/finally ordering, nested returns, a closed outer generator closing its loop's generator.
import sys
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag, repr(sys.exc_info()[1]))

def f():
    try:
        for x in gen("a"):
            raise KeyError("k")
    except KeyError as e:
        print("caught", repr(e), repr(e.__context__))

f()
try:
    for x in gen("b"):
        1/0
except ZeroDivisionError:
    print("zde", repr(sys.exc_info()[1]))

class R:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit R", a[0])

def h():
    for x in gen("c"):
        with R():
            return "ret"
print(h())

def k():
    for x in gen("d"):
        try:
            return 5
        finally:
            print("k finally")
print(k())

def m():
    for x in gen("e"):
        for y in gen("f"):
            return x + y
print(m())
def gen2():
    try:
        yield 1
    finally:
        print("g2 finally")
def outer():
    for x in gen2():
        yield x
for y in outer():
    break
print("after outer")
while True:
    for x in gen("w"):
        break
    break
print("end")
