import sys
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])
    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {o.n}x{o.m}")
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __str__(self):
        w = max(len(f"{x:g}") for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}g}" for x in r) + "]" for r in self.rows)
    def __repr__(self):
        return f"Matrix({self.rows!r})"
    def transpose(self):
        return Matrix(zip(*self.rows))
    def det(self):
        if self.n == 1: return self.rows[0][0]
        if self.n == 2: return self.rows[0][0] * self.rows[1][1] - self.rows[0][1] * self.rows[1][0]
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j+1:] for r in self.rows[1:]]).det() for j in range(self.m))
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0.5, -1], [2, 1e-3]])
print(a @ b); print(repr(a.transpose())); print(a[1, 0], Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
a[0, 0] = 10; print(a)
try: a @ Matrix([[1, 2, 3]])
except ValueError as e: print(e)
grid = [["."] * 5 for _ in range(3)]; grid[1][2] = "#"; print("\n".join("".join(r) for r in grid))
bad = [["."] * 3] * 2; bad[0][0] = "X"; print(bad)
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: (-t[1], t[0])), sorted("Banana", key=str.casefold), sorted([3, 1, 2], reverse=True))
words = "the rain in spain stays mainly in the plain".split()
freq = {}
for w in words: freq[w] = freq.get(w, 0) + 1
print(freq, max(freq, key=freq.get), sorted(freq, key=lambda k: (-freq[k], k))[:3])
print(list(reversed(range(1, 10, 3))), range(10)[2:8:2], range(0, -10, -3)[1], len(range(1, 100, 7)), 5 in range(0, 10, 5), range(3) == range(0, 3))
s = {1, 2, 3}; s2 = {3, 4}; print(s | s2, s & s2, s - s2, s ^ s2, s <= {1, 2, 3, 4}, s.isdisjoint({9}), {x for x in "hello"} == set("ehlo"))
d1 = {"a": 1, "b": 2}; d2 = {"b": 3, "c": 4}; print(d1 | d2, {**d1, **d2}, d1.keys() & d2.keys(), d1.items() - {("a", 1)}, list(d1.values()), dict.fromkeys("ab", 0))
d1 |= {"z": 0}; print(d1, d1.setdefault("q", []), d1.pop("zz", "dflt"), d1.popitem(), len(d1))
t = (1, [2, 3]); t[1].append(4); print(t)
try: t[1] += [5]
except TypeError as e: print("TypeError:", e, t)
x, *ys, z = range(6); print(x, ys, z); (p, q), r = "ab", 3; print(p, q, r)
try: a, b = [1, 2, 3]
except ValueError as e: print("ValueError:", e)
try: a, b, c = [1, 2]
except ValueError as e: print("ValueError:", e)
print("%s %s" % ((1, 2), [3]), "%s" % (1,), "%r" % "q", "%5.2s|" % "abc", "%%", "%.3d" % 7, "%#x" % 255, "%e" % 0.0, "%g" % 1e-5, "%10.4f|" % 3.14159, "%-10d|" % 5, "%c" % "z")
try: "%d %d" % (1,)
except TypeError as e: print("TypeError:", e)
try: "%d" % (1, 2)
except TypeError as e: print("TypeError:", e)
print(int("  -0012  "), float("  -1.5e-3\t"), str(-0), str(0.1 + 0.7), 1e-310, 2.5e-308 / 10, float.fromhex("0x1p-1074"))
print([1, 2, 3] * 2, [[]] * 3, "ab" in "cabd", [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), "Z" < "a", None is None, 1 == 1.0 == True)
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, int(2.9999999999999996), int(-0.9), 7 // 2 * 2 + 7 % 2, -7 // 2, -(7 // 2), 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 10 / 4, 10 // 4.0)
print(bytes(3), bytes("hi", "utf-8"), bytearray(b"abc").upper(), b"a,b".split(b","), b"x" * 3, b"%d-%s" % (5, b"z"), bytes.fromhex("de ad"), b"\x00\xff".hex(), list(b"AB"), b"abc"[1], b"abc"[1:], memoryview(b"abc").tolist())
ba = bytearray(b"hello"); ba[0] = 74; ba.extend(b"!!"); del ba[1]; print(ba, ba.decode(), len(ba), ba.find(b"l"), bytes(ba).replace(b"l", b"L"))
print(str(b"\x00\n\\'\""), repr(bytearray(b"'")), b"\t".isspace(), b"abc".startswith((b"x", b"a")), bytes(range(250, 256)))
