# iteration builtins: iter with sentinel, next default, reversed, enumerate, zip(strict), map/filter laziness
import io
data = io.StringIO("line1\nline2\n\nline4\n")
for line in iter(data.readline, ""):
    print(repr(line))
vals = [3, 1, 4, 1, 5, 9, 2, 6]
pos = 0
def nextval():
    global pos
    pos += 1
    return vals[pos - 1]
print(list(iter(nextval, 9)))
m = map(lambda x: print("map", x) or x * 2, [1, 2, 3])
print("map created")
print(next(m))
print(list(m))
f = filter(lambda x: print("filter", x) or x > 1, [1, 2, 3])
print(list(f))
z = zip(range(3), "abcdef")
print(list(z), list(z))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], [3, 4], strict=True)))
e = enumerate("xyz")
print(next(e), list(e))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq())
it = iter(range(5))
print(list(zip(it, it)))
print(sorted(iter([3, 2, 1])), sum(iter([1, 2])), max(iter("abc")), "-".join(iter(["p", "q"])))
print(list(map(str, range(3))), list(map(int, ["1", "2"])), list(map(len, ("a", "bb"))), list(map(pow, [2, 3], [2, 2], [3, 5])))
ones = iter(lambda: 1, 2)
print([next(ones) for _ in range(4)])
nested = [[1, 2], [3], [], [4, 5, 6]]
print(list(map(sum, nested)), list(filter(len, nested)), max(nested, key=len), min(nested, key=len))
def gen():
    yield from range(3)
g = gen()
print(list(enumerate(g, 10)))
print(all(map(str.isupper, "ABC")), any(map(str.isdigit, "abc")), dict(enumerate("ab")), list(zip(*zip("ab", "cd"))))
