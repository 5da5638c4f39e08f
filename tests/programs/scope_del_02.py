# del statement forms, assert, pass, NameError after del
a = 1
b = [1, 2, 3, 4]
c = {"k": 1, "j": 2}
class O:
    pass
o = O()
o.attr = 5
o.other = 6
del a
try:
    a
except NameError as e:
    print("NameError:", e)
del b[0], c["k"]
print(b, c)
del b[::2]
print(b)
del o.attr
print(hasattr(o, "attr"), o.other)
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
x, y, z = 1, 2, 3
del x, y
print(z, "x" in globals(), "z" in globals())
lst = [[1, 2], [3, 4]]
del lst[0][1]
print(lst)
try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)
try:
    del c["nope"]
except KeyError as e:
    print("KeyError:", e)
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError args:", e.args, repr(str(e)))
try:
    assert False, "custom message"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
def check(n):
    assert n > 0, f"n must be positive, got {n}"
    return n * 2
for n in (3, -1):
    try:
        print(check(n))
    except AssertionError as e:
        print("AssertionError:", e)
def noop():
    pass
print(noop())
class Empty:
    pass
print(Empty.__name__)
for _ in range(2):
    pass
while False:
    pass
if True:
    pass
else:
    pass
def f():
    v = 10
    del v
    v = 20
    return v
print(f())
d = {i: i * i for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
