# array.array: construction, methods, slicing, operators, comparison, repr, errors.
import array
import copy


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error")


for tc in array.typecodes:
    a = array.array(tc)
    print(tc, a.itemsize, a.typecode, repr(a), len(a))

a = array.array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(array.array("i", [7]))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
print(a, len(a), a[0], a[-1], a.tolist())
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(3), a.index(6, 2), a.count(2), 3 in a, 42 in a, 3.0 in a, "x" in a)
a.remove(4)
a.reverse()
print(a, list(a), list(reversed(a)), sum(a))
print(a[1:4], a[::-1], a[::2], a[5:1:-2], a[100:], a[-3:])
a[1:3] = array.array("i", [10, 20, 30])
print(a)
a[::2] = array.array("i", [0] * len(a[::2]))
print(a)
a[2:2] = array.array("i", [7, 7])
del a[0]
del a[::3]
del a[-1]
print(a)
a[0] = -5
a[-1] = 2**31 - 1
print(a, a.tobytes().hex())

b = array.array("i")
b.frombytes(a.tobytes())
print(b == a, b is a, b != a)
b.fromlist([1, 2])
print(b)
b.byteswap()
print(b.tolist()[:3])
print(array.array("b", b"\x01\xff"), array.array("B", bytearray(b"\x01\xff")), array.array("H", b"\x01\x02\x03\x04"))

d = array.array("d", [1.5, -0.0, 1e300])
d.append(2)
print(d, d * 2, 2 * array.array("f", [0.1]), d + d, array.array("d", array.array("i", [1, 2])))
u = array.array("u", "hello")
u.append("!")
u.fromunicode(" world")
print(u, u.tounicode(), u[1], u[1:3], u.tolist()[:2])
q = array.array("Q", [2**64 - 1, 0])
print(q, array.array("q", [-2**63, 2**63 - 1]), array.array("L", [2**64 - 1]), array.array("l", [-1]))

# operators and comparison
x = array.array("i", [1, 2, 3])
y = array.array("i", [1, 2, 4])
print(x < y, x <= y, x > y, x >= y, x == y, x != y, x == array.array("d", [1.0, 2.0, 3.0]))
print(x < array.array("i", [1, 2, 3, 0]), array.array("i") < x, x == [1, 2, 3])
x += array.array("i", [9])
x *= 2
print(x, x * 0, x * -1)
c = copy.copy(x)
c[0] = 100
print(x[0], c[0], copy.deepcopy(d))
print(array.array("d", [float("nan")]) == array.array("d", [float("nan")]))


class MyArray(array.array):
    pass


m = MyArray("h", [1, 2])
print(m, type(m).__name__, type(m[0:1]).__name__, isinstance(m, array.array), array.ArrayType is array.array)

it = iter(array.array("i", [1, 2]))
print(next(it), next(it), next(it, "end"))

for tc, v in [("b", 128), ("b", -129), ("B", -1), ("B", 256), ("h", 2**15), ("H", -1), ("H", 2**16),
              ("i", 2**31), ("i", -2**31 - 1), ("I", -1), ("I", 2**32), ("l", 2**63), ("L", -1),
              ("L", 2**64), ("q", 2**63), ("Q", -1), ("Q", 2**64), ("i", 1.5), ("i", "1"), ("d", "x"),
              ("u", 1), ("u", "ab"), ("i", None)]:
    err(lambda: array.array(tc, [v]))
err(lambda: array.array("z"))
err(lambda: array.array())
err(lambda: array.array("ii"))
err(lambda: array.array(5))
err(lambda: array.array("i", [1], 3))
err(lambda: array.array("i", "abc"))
err(lambda: array.array("i", array.array("u", "a")))
err(lambda: array.array("i", initializer=[1]))
e = array.array("i", [1, 2])
err(lambda: e + array.array("d"))
err(lambda: e + [1])
err(lambda: e * "x")
err(lambda: e.__iadd__([1]))
err(lambda: e.extend(array.array("d")))
err(lambda: e.extend(5))
err(lambda: e[5])
err(lambda: e["a"])
err(lambda: e.__setitem__(5, 1))
err(lambda: e.__delitem__(5))
err(lambda: e.__setitem__(slice(0, 1), [1]))
err(lambda: e.__setitem__(slice(None, None, 2), array.array("i", [1, 2, 3])))
err(lambda: e.__setitem__(0, "x"))
err(lambda: array.array("i").pop())
err(lambda: e.pop(5))
err(lambda: e.index(7))
err(lambda: e.remove(7))
err(lambda: e.frombytes(b"123"))
err(lambda: e.frombytes("str"))
err(lambda: e.fromlist((1,)))
err(lambda: e.tounicode())
err(lambda: e.fromunicode("x"))
try:
    hash(e)
except TypeError:
    print("unhashable")
err(lambda: array.array("u", "a") < array.array("i", [1]))
print(array.array("u", "a") == array.array("i", [1]), e)
import hashlib, io
for kw in [dict(dklen=2**33), dict(iterations=2**33), dict(iterations=2**200), dict(dklen=-5)]:
    a = dict(hash_name='sha1', password=b'p', salt=b's', iterations=1); a.update(kw)
    try: hashlib.pbkdf2_hmac(**a)
    except Exception as e: print(type(e).__name__, e)
a = array.array('i')
try: a.fromfile(io.BytesIO(b'1234'), 2**62)
except Exception as e: print(type(e).__name__, e, len(a))
try: a.fromfile(io.BytesIO(b'12345'), 2)
except Exception as e: print(type(e).__name__, e, len(a))
