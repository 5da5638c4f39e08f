# Requests larger than the machine's memory raise MemoryError (vm memlimit.rs) instead of
# aborting the process; ordinary sizes still work.
cases = [
    lambda: "a" * 10**15,
    lambda: [0] * 10**15,
    lambda: (1, 2) * 10**15,
    lambda: b"ab" * 10**15,
    lambda: bytearray(10**15),
    lambda: bytes(10**15),
    lambda: list(range(10**15)),
    lambda: tuple(range(10**15)),
]
for i, f in enumerate(cases):
    try:
        f()
        print(i, "no error")
    except MemoryError as e:
        print(i, type(e).__name__, repr(e))
print(len("ab" * 10**6), len([0] * 10**6), len(bytes(10**6)), len(list(range(10**6))))
x = "x" * 10**15
