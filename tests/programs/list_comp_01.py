# all four comprehension kinds, nested, conditional, scoping
sq = [x * x for x in range(10)]
print(sq)
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([x if x % 2 else -x for x in range(8)])
print({x: x ** 3 for x in range(6)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({x % 4 for x in range(20)}, {x * x for x in [-2, -1, 0, 1, 2]})
g = (x * 2 for x in range(5))
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max((len(w), w) for w in ["aa", "b", "ccc"]))
x = "outer"
r = [x for x in "inner"]
print(x, r)
words = ["apple", "bob", "kayak", "level", "python", "noon"]
print([w for w in words if w == w[::-1]], {w: len(w) for w in words}, {len(w) for w in words})
print([c for w in words for c in w if c in "aeiou"][:10])
print(sorted({w[0] for w in words}), dict(sorted({w[-1]: w for w in words}.items())))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix], [matrix[i][i] for i in range(3)])
print([[row[i] for row in matrix] for i in range(3)])
print([(i, j) for i in range(4) for j in range(4) if i < j and (i + j) % 2])
print([y for y in (x * 3 for x in range(5)) if y > 5])
pts = [(1, 2), (3, 4), (5, 6)]
print([a + b for a, b in pts], {a: b for a, b in pts}, [(b, a) for (a, b) in pts])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
print([n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
print({(a, b) for a in range(3) for b in range(3) if a + b == 2} == {(0, 2), (1, 1), (2, 0)})
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print([str(i) * i for i in range(1, 5)], "".join([chr(97 + i) for i in range(26)][::5]))
print([[y for y in range(x)] for x in range(4)])
print(dict((i, chr(65 + i)) for i in range(4)), tuple(i for i in "xyz"), set(i % 2 for i in range(9)))
