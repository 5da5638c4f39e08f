# container/iterator protocols implemented by classes
class Range2:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
    def __iter__(self):
        return Range2Iter(self.start, self.stop)
    def __len__(self):
        return max(0, self.stop - self.start)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("Range2 index out of range")
        return self.start + i
    def __contains__(self, x):
        print("  __contains__", x)
        return self.start <= x < self.stop
    def __reversed__(self):
        return iter(range(self.stop - 1, self.start - 1, -1))
class Range2Iter:
    def __init__(self, cur, stop):
        self.cur, self.stop = cur, stop
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        v = self.cur
        self.cur += 1
        return v
r = Range2(3, 8)
print(list(r), len(r), r[0], r[-1], r[1:4], r[::2], 5 in r, 9 in r, list(reversed(r)))
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
print(sum(r), max(r), sorted(r, reverse=True), list(zip(r, "abc")), dict(enumerate(r)))
class OldSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 11
print(list(OldSeq()), 22 in OldSeq(), 23 in OldSeq(), list(iter(OldSeq())))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        r, c = key
        return self.rows[r][c]
    def __setitem__(self, key, v):
        r, c = key
        self.rows[r][c] = v
    def __matmul__(self, o):
        n, m, p = len(self.rows), len(o.rows), len(o.rows[0])
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __eq__(self, o):
        return self.rows == o.rows
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 5
print(m[0, 1], m, m @ Matrix([[1, 0], [0, 1]]), m @ m)
class Bag:
    def __init__(self):
        self.items = {}
    def add(self, x):
        self.items[x] = self.items.get(x, 0) + 1
        return self
    def __len__(self):
        return sum(self.items.values())
    def __iter__(self):
        for k, n in self.items.items():
            for _ in range(n):
                yield k
    def __bool__(self):
        return len(self) > 0
b = Bag()
print(bool(b), len(b))
b.add("x").add("y").add("x")
print(bool(b), len(b), list(b), sorted(b))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
cd = Countdown(3)
print(list(cd), list(cd), next(Countdown(1)), next(Countdown(0), "empty"))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
