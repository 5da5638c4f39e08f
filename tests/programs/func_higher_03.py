# higher-order functions: map/filter/reduce/sorted keys/functions as values
from functools import reduce
nums = list(range(1, 11))
print(list(map(lambda x: x * x, nums)))
print(list(filter(lambda x: x % 3 == 0, nums)))
print(reduce(lambda a, b: a * b, nums), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab", "abc"])))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for op in "+-*/":
    print(op, ops[op](12, 4))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.strip, 2, "  x  "), apply_n(lambda s: s + "!", 3, "hi"))
def make_pipeline(*steps):
    def run(x):
        for s in steps:
            x = s(x)
        return x
    return run
p = make_pipeline(str.lower, str.split, sorted, " ".join)
print(p("The Quick Brown Fox"))
print(sorted(["apple", "Banana", "cherry"], key=str.casefold), sorted(nums, key=lambda n: (n % 3, -n)))
print(list(zip(*[iter(range(9))] * 3)))
print(callable(len), callable(lambda: 1), callable(5), callable("s"), callable(int), callable(ops["+"]))
def dispatch(v):
    handlers = {int: lambda x: f"int {x}", str: lambda x: f"str {x!r}", list: lambda x: f"list of {len(x)}"}
    return handlers.get(type(v), lambda x: "unknown")(v)
print([dispatch(v) for v in (1, "a", [1, 2], 2.5)])
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda x, y=10: x + y)(5), (lambda: "no args")())
square = lambda x: x ** 2
print(square.__name__, square(12), (lambda: 0).__name__)
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(list(map(fact, range(8))))
print(sum(map(int, "12345")), "".join(map(chr, map(lambda c: ord(c) + 1, "HAL"))))
print(list(map(lambda x, y, z: x + y + z, [1, 2], [10, 20], [100, 200, 300])))
print(any(map(lambda x: x > 9, nums)), all(map(lambda x: x > 0, nums)))
print(max(nums, key=lambda x: -abs(x - 5.5)), min(["bb", "a", "ccc"], key=len))
fns = [abs, str, bool, float, hex]
print([f(-3) for f in fns])
