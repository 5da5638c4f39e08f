# f-strings with conversions and format specs.
tot = 0
for i in range(300000):
    x = i * 0.37
    s = f"{i}:{x:.2f}|{i:>8}|{'ab'!r}|{i:x}|{x:e}"
    tot += len(s)
print(tot)
