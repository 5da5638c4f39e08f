# lru_cache behaviour details: typed, maxsize eviction order, cache_parameters, recursion
import functools
@functools.lru_cache(maxsize=None)
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(15, 15), count_paths.cache_info())
@functools.lru_cache(maxsize=2, typed=True)
def ident(x):
    print("  compute", repr(x))
    return x
ident(1)
ident(1.0)
ident(1)
print(ident.cache_info())
@functools.lru_cache(maxsize=2)
def f(x):
    print("  compute f", x)
    return x
f(1); f(2); f(1); f(3); f(2); f(1)
print(f.cache_info())
print(f.cache_parameters())
@functools.lru_cache
def no_parens(x):
    return x * 3
print(no_parens(3), no_parens(3), no_parens.cache_info())
calls = 0
@functools.cache
def collatz_len(n):
    global calls
    calls += 1
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), calls)
@functools.lru_cache(maxsize=None)
def kw(a, b=2):
    return a * b
print(kw(3), kw(3, 2), kw(a=3), kw(3, b=2), kw.cache_info().misses)
try:
    @functools.lru_cache
    def unhashable(x):
        return x
    unhashable([1])
except TypeError as e:
    print("TypeError:", e)
