# unpacking: tuple, starred, nested, swaps, in for loops
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = "hello"
print(h, mid, t)
p, *q = [1]
print(p, q)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, [c, d]]] = [1, [2, [3, 4]]]
print(a, b, c, d)
m, (n, *o), *r = 1, (2, 3, 4), 5, 6
print(m, n, o, r)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
print([*range(3), *"ab", *(None,)], (*[1, 2], 3), {*[1, 2], *{3}}, {**{"a": 1}, "b": 2, **dict(c=3)})
print(*[1, 2], *[3], sep="-")
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
fib = [0, 1]
for _ in range(10):
    fib.append(fib[-1] + fib[-2])
*_, pen, ult = fib
print(pen, ult)
d = {}
d["x"], d["y"] = divmod(17, 5)
print(d)
class O: pass
o = O()
o.a, o.b = "A", "B"
print(o.a, o.b)
s = [1, 2, 3, 4, 5]
s[0], s[-1] = s[-1], s[0]
print(s)
(x, y), = [(7, 8)]
print(x, y)
[single] = ["only"]
print(single)
a, b, *c = range(10)
print(a, b, c)
print([(a, b) for a, b in zip("abc", range(3))], [a * b for a, b in [(1, 2), (3, 4)]])
def multi():
    return 1, [2, 3], {"k": 4}
one, (two, three), dct = multi()
print(one, two, three, dct)
