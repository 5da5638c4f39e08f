# comprehension scoping and evaluation details
x = 10
print([x for x in range(3)], x)
print([x * y for x in range(3) for y in range(x)])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(v for v in vals)
print(C.doubled, C.total)
def f():
    n = 5
    return [n * i for i in range(3)], {i: n for i in range(2)}, list(n + i for i in range(2))
print(f())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
print([[j for j in range(i)] for i in range(4)])
print({(i, j) for i in range(3) for j in range(3) if i == j})
m = {i: {j: i * j for j in range(3)} for i in range(3)}
print(m, m[2][2])
it = iter(range(10))
print([a + b for a, b in zip(it, it)])
print([y for y in [1, 2, 3] if y != 2], [(lambda v: v * 10)(z) for z in range(3)])
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}), "".join(sorted({c for c in "mississippi"})))
print([i for i in range(20) if i % 2 if i % 3], [i if i % 2 else "even" for i in range(5)])
matrix = [[1, 2], [3, 4], [5, 6]]
print([n for row in matrix for n in row if n % 2], [[row[i] for row in matrix] for i in range(2)])
gen = (i * i for i in range(5))
print(sum(gen), sum(gen))
print(list(map(lambda p: p[0] * p[1], [(a, b) for a in range(1, 3) for b in range(1, 3)])))
words = ["apple", "Bob", "civic", "Dad", "eve", "xyz"]
print({w: w.lower() == w.lower()[::-1] for w in words})
print([len(w) for w in words if len(w) > 3], max(len(w) for w in words), {len(w) for w in words})
try:
    print([undefined_in_comp for _ in range(1)])
except NameError as e:
    print("NameError:", e)
print([i for i in range(3)] + [i for i in "ab"], [*range(2), *(i * 10 for i in range(2))])
