# star-args forwarding, dict/kwargs merging, zip/enumerate unpacking, swapping algorithms
def wrapper(*args, **kwargs):
    return target(*args, **kwargs)
def target(a, b, c=0, *more, key=None, **extra):
    return (a, b, c, more, key, sorted(extra.items()))
print(wrapper(1, 2))
print(wrapper(1, 2, 3, 4, 5, key="k", z=26, y=25))
print(wrapper(*[1, 2, 3], **{"key": 1, "w": 0}))
pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, numbers = zip(*pairs)
print(letters, numbers, list(zip(letters, numbers)) == pairs)
for idx, (letter, num) in enumerate(pairs, start=1):
    print(idx, letter * num)
matrix = [[1, 2, 3], [4, 5, 6]]
t = list(zip(*matrix))
print(t, list(map(list, zip(*t))))
def perm_swap(a):
    a = list(a)
    for i in range(len(a) // 2):
        a[i], a[-1 - i] = a[-1 - i], a[i]
    return a
print(perm_swap(range(7)))
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
def minmax(*vals):
    return min(vals), max(vals)
lo, hi = minmax(5, 3, 9, 1)
print(lo, hi)
def split_name(full):
    first, *middle, last = full.split()
    return first, " ".join(middle), last
print(split_name("John Ronald Reuel Tolkien"), split_name("Ada Lovelace"))
head, *tail = "a,b,c,d".split(",")
print(head, tail)
records = [("ann", 30, "x", "y"), ("bob", 25)]
for name, age, *extra in records:
    print(name, age, extra)
cfg_default = {"host": "localhost", "port": 80, "debug": False}
cfg_user = {"port": 8080, "debug": True}
print({**cfg_default, **cfg_user})
print(dict(**cfg_default, extra=1))
def fmt(**kw):
    return ", ".join(f"{k}={v!r}" for k, v in kw.items())
print(fmt(**cfg_default, user="me"))
a, b = b, a = 1, 2
print(a, b)
nested = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in nested])
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])))
