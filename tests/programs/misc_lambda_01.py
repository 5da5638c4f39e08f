# lambdas: defaults, closures, immediately invoked, in data structures, sorting, recursion via Y
add = lambda a, b=1: a + b
print(add(2), add(2, 3), (lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
print((lambda x: (lambda y: x + y))(10)(5))
ops = [lambda x: x + 1, lambda x: x * 2, lambda x: x ** 2]
v = 3
for op in ops:
    v = op(v)
print(v)
table = {"sq": lambda x: x * x, "neg": lambda x: -x, "id": lambda x: x}
print({k: f(7) for k, f in table.items()})
Y = lambda f: (lambda x: x(x))(lambda y: f(lambda *args: y(y)(*args)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10), [fact(i) for i in range(6)])
pairs = [(1, "one"), (3, "three"), (2, "two"), (4, "four")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]), max(pairs, key=lambda p: len(p[1])))
print(list(filter(lambda s: len(s) > 3, (p[1] for p in pairs))), list(map(lambda p: p[0] * 2, pairs)))
compose2 = lambda f, g: lambda x: f(g(x))
print(compose2(str, abs)(-5), compose2(len, str)(12345))
cond = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print([cond(x) for x in (-2, 0, 3)])
print((lambda: "no args")(), (lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
counter = (lambda: (lambda c=[0]: (c.__setitem__(0, c[0] + 1), c[0])[1]))()
print(counter(), counter(), counter())
print(type(add).__name__, add.__name__, add.__defaults__)
