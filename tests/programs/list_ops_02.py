# list aliasing, copying, nested modification, identity, del
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b, a == b)
c = a[:]
c.append(5)
print(a, c, a is c)
import copy
nested = [[1, 2], [3, 4]]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0].append(99)
print(nested, shallow, deep)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
x = list(range(10))
del x[0]
print(x)
del x[-1]
print(x)
del x[2:4]
print(x)
del x[::2]
print(x)
del x[:]
print(x)
y = [5, 3, 8]
y[1] = "three"
y[-1] *= 2
print(y)
z = [[1], [2]]
for item in z:
    item.append(0)
print(z)
m = [1, 2, 3, 4, 5]
i = 0
while i < len(m):
    if m[i] % 2 == 0:
        m.pop(i)
    else:
        i += 1
print(m)
lst = [3, 1, 2]
s = sorted(lst)
r = lst.sort()
print(s, r, lst)
print([] == [], [] is [], [[]] == [[]], [0] * 0, len([[]] * 3))
print(list(zip([1, 2, 3], "abc")), list(enumerate("xy", 10)), [*"ab", *[1, 2]])
acc = []
for i in range(5):
    acc = acc + [i]
    acc += [i * 10]
print(acc)
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(x > 3 for x in [1, 5]))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [row[::-1] for row in matrix[::-1]])
print(sum(sum(r) for r in matrix), max(max(r) for r in matrix), [min(c) for c in zip(*matrix)])
