# slicing with steps and slice assignment
a = list(range(10))
print(a[::], a[::2], a[1::2], a[::-1], a[::-2], a[8:2:-2], a[-1:-4:-1], a[2:-2], a[-100:100], a[5:1])
print(a[slice(3)], a[slice(1, 4)], a[slice(None, None, 3)], slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[1:1] = [100, 200, 300]
print(b)
b[:3] = []
print(b)
b[-2:] = "AB"
print(b)
c = list(range(10))
c[::2] = ["e"] * 5
print(c)
c[1::2] = range(5)
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
d = list(range(8))
d[::-1] = list("abcdefgh")
print(d)
del d[1::3]
print(d)
e = list(range(6))
e[2:4] = e
print(e)
f = [1, 2, 3]
f[len(f):] = [4, 5]
f[:0] = [0]
print(f)
g = list(range(10))
g[7:3] = [99]
print(g)
s = "abcdefghij"
print(s[1:8:3], s[::-3], s[-2::-2], s[3:0:-1], s[slice(2, 8, 2)])
t = tuple(range(10))
print(t[::3], t[7:2:-2], t[-3:])
print(bytes(range(10))[::3], bytearray(range(10))[-3:])
ba = bytearray(b"0123456789")
ba[::2] = b"abcde"
print(ba)
class Sliceable:
    def __getitem__(self, k):
        return k
sl = Sliceable()
print(sl[1:2], sl[::3], sl[1:2, 3], sl[...], sl[:, 1:])
print(a[2:8][::-1][1:3], a[::2][::2], a[1:][1:][1:])
x = [0] * 5
x[1:4] = [[1]] * 3
print(x)
m = list(range(20))
m[3:17:4] = ["a", "b", "c", "d"]
print(m)
