tests = r'''
l = [3, 1, 2]; l.sort(key=lambda x: l.append(x) or x)
d = {1: 2}
for k in d: d[k + 1] = 0
s = {1}
for k in s: s.add(k + 1)
str(10 ** 5000)
int("1" * 4301)
[1, 2].sort(key=lambda x: 1 / 0)
sorted([1, "a"])
sorted([{"a": 1}, {"a": 2}])
max([1, 2], key=lambda x: None)
[].index(1)
list(range(10**20))
range(10**20)[10**19]
len(range(10**20))
"abc" * (10**20)
[0] * (2**62)
bytes(-1)
bytearray(-1)
"%d" % 1.5
"%d" % "1"
"%i" % 3.9
"%x" % 3.5
"%c" % 1114112
"{:d}".format(1.5)
"{:.2f}".format("x")
"{:,d}".format("x")
format(1, ",x")
format("a", "=5")
format(1.5, "c")
"{0}{}".format(1, 2)
"{}".format()
"{a}".format(b=1)
"{0[0]}".format([])
"{0.x}".format(1)
"{:>{w}}".format(1)
f"{1:{'>'}{5}}"
int("")
int("1.5")
float("1,5")
int(float("inf"))
int(float("nan"))
round(float("inf"))
math.floor(float("nan"))
(1).bit_length(1)
divmod(1, 0.0)
0.0 ** -1
(-1) ** 0.5
math.sqrt(-1)
math.log(0)
math.exp(1000)
2.0 ** 10000
10 ** -1000
1 << -1
1.5 % 0
complex(1, 1) < complex(2, 2)
abs
None()
"a"()
(1)(2)
[1](0)
{}.x
object.__new__(int)
int.__new__(str)
type("x", (1,), {})
type("x", (), [])
class C(int, str): pass
class D(1): pass
iter(1, 2)
next(iter([]))
zip(strict=1)
enumerate([], start="a")
dict(1)
dict([[1]])
dict(a=1, **{"a": 2})
f(**{1: 2})
(lambda **k: k)(**{1: 2})
(lambda a: a)(a=1, a=2)
print(end=1)
print(file=1)
open(1.5)
open("x", "q")
getattr(1, 2)
setattr(object(), "x", 1)
delattr(1, "real")
(1).real = 2
[].append = 1
del [].append
isinstance(1, (int, 1))
issubclass(int, (1,))
super()
chr("a")
ord("")
ord(1)
bin(1.5)
hex("a")
sum([[1]], [])
sum(["a", "b"], "")
min()
max(1)
reversed(1)
sorted(1)
list.append(1, 2)
str.join(1, [])
"".join(["a", 1])
"a".join(1)
b"".join(["a"])
"abc".split(1)
"abc".replace("a")
"abc".strip(1)
"a".encode(1)
b"a".decode("nonexistent-codec")
"%(a)s" % {}
"%(a)s %s" % {"a": 1}
"%s %s" % "ab"
"%" % ()
"%z" % 1
tuple.index((1,), 2)
(1, 2).count()
{}.pop(1)
{}.fromkeys()
set().remove(1)
frozenset().add
[1, 2, 3].pop(10)
[].insert()
memoryview("a")
complex("1+")
float("0x10")
import nonexistent.sub
x = undefined_var
del undefined_var2
'''
import math
for i, line in enumerate(tests.strip().split("\n")):
    try:
        exec(line, {"math": math})
        print(i, "ok")
    except BaseException as e:
        print(i, type(e).__name__, e)
