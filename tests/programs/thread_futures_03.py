# concurrent.futures ThreadPoolExecutor basics
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(fib, range(0, 100, 10))))
    futs = {ex.submit(pow, 2, k): k for k in range(10)}
    done = sorted((futs[f], f.result()) for f in as_completed(futs))
    print(done)
    f = ex.submit(sum, range(1000))
    print(f.result(), f.done())
def fails(x):
    if x == 3:
        raise ValueError(f"bad input {x}")
    return x * 10
with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(fails, i) for i in range(5)]
    wait(futures)
    for i, fu in enumerate(futures):
        exc = fu.exception()
        print(i, "error:" if exc else "ok:", exc if exc else fu.result())
    try:
        futures[3].result()
    except ValueError as e:
        print("ValueError:", e)
with ThreadPoolExecutor(max_workers=3) as ex:
    words = ["alpha", "beta", "gamma", "delta"]
    print(list(ex.map(str.upper, words)), list(ex.map(len, words)), list(ex.map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
total = 0
def add_chunk(lo, hi):
    return sum(range(lo, hi))
with ThreadPoolExecutor(max_workers=4) as ex:
    total = sum(ex.map(add_chunk, range(0, 100000, 10000), range(10000, 100001, 10000)))
print(total, sum(range(100000)))
